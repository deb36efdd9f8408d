import Foundation
import Testing
@testable import JobJournalCore
@testable import JobJournalLSP
@testable import JobJournalParse

/// The language server's features as functions of a buffer, a position and a day.
@Suite("Language server features")
struct LanguageFeaturesTests {
    static let text = """
        ---
        company: Acme Freight
        position: Account Executive
        contacts:
          - name: Ann Lee
            salutation: Ms. Lee
            prefers: email
          - name: Bo Chen
        interviews:
          - date: 2026-11-24
            with: [Ann Lee, Bo Chen]
            thank-you:
              via: card
        references:
          - name: Dana Smith
        ---
        ## Log

        - 2026-11-24 Interviewed with Ms. Lee.
        """

    static func file(_ text: String = text) -> OpenFile {
        OpenFile(document: TextDocument(uri: "file:///j/acme.md", path: "/j/acme.md", version: 1, text: text), root: "/j",
                 journal: Journal(root: "/j", files: []))
    }

    static func context(_ line: Int, _ column: Int) -> FrontMatterContext {
        FrontMatterContext.at(line: line, column: column, in: file().document)
    }

    @Test("the context: the keys above a line, the key on it, the list item under the cursor")
    func context() {
        #expect(Self.context(5, 6).parents == ["contacts"])
        #expect(Self.context(5, 6).key == "salutation")
        #expect(Self.context(5, 6).onKey)
        let with = Self.context(10, 21)
        #expect(with.parents == ["interviews"] && with.key == "with" && !with.onKey)
        #expect(with.value == "Bo Chen")
        #expect(Self.context(12, 8).parents == ["interviews", "thank-you"])
        #expect(Self.context(14, 4).key == "name" && Self.context(14, 4).parents == ["references"])
        #expect(Self.context(1, 0).parents == [])
    }

    @Test("positions count UTF-16 code units; incremental changes land where they are meant")
    func positions() {
        var document = TextDocument(uri: "file:///x.md", path: "/x.md", version: 1, text: "a\ncafé 😀 x\nz")
        #expect(document.position(of: SourceLocation(line: 2, column: 8)) == Position(line: 1, character: 8))
        #expect(document.offset(of: Position(line: 1, character: 8)) == 2 + 11)
        document.apply(TextDocumentContentChangeEvent(
            range: LSPRange(start: Position(line: 1, character: 8), end: Position(line: 1, character: 9)), text: "y"))
        #expect(document.text == "a\ncafé 😀 y\nz")
        document.apply(TextDocumentContentChangeEvent(range: nil, text: "new"))
        #expect(document.text == "new" && document.lineCount == 1)
    }

    @Test("definition and references: an interviewer's name and their contact entry")
    func navigation() {
        let file = Self.file()
        let definition = NavigationFeature.definition(file, at: Position(line: 10, character: 20))
        #expect(definition.map(\.range.start) == [Position(line: 7, character: 10)])
        let uses = NavigationFeature.references(file, at: Position(line: 4, character: 14), includeDeclaration: true)
        #expect(uses.map(\.range.start) == [Position(line: 4, character: 10), Position(line: 10, character: 11)])
    }

    @Test("completion: names in with:, channels in via:, status words, keys by level, today as a date")
    func completion() {
        let day = Day(iso: "2026-11-26")!
        let file = Self.file()
        #expect(CompletionFeature.complete(file, at: Position(line: 10, character: 13), today: day).map(\.label).prefix(2) == ["Ann Lee", "Bo Chen"])
        #expect(CompletionFeature.complete(file, at: Position(line: 12, character: 11), today: day).map(\.label).prefix(3) == ["email", "phone", "card"])
        let keys = CompletionFeature.complete(file, at: Position(line: 6, character: 4), today: day).map(\.label)
        #expect(keys == ["name", "salutation", "role", "email", "phone", "prefers"])
        let typed = Self.file(Self.text.replacingOccurrences(of: "- date: 2026-11-24", with: "- date: tom"))
        let tomorrow = CompletionFeature.complete(typed, at: Position(line: 9, character: 13), today: day)
        #expect(tomorrow.map(\.label) == ["tomorrow"])
        #expect(tomorrow.first?.textEdit?.newText == "2026-11-27")
    }

    @Test("quick fixes: the key check suggests, a date written another way, a salutation stub")
    func quickFixes() {
        #expect(DateRewrite.candidates("19/11/2026") == [Day(iso: "2026-11-19")!])
        #expect(DateRewrite.candidates("Nov 19, 2026") == [Day(iso: "2026-11-19")!])
        #expect(DateRewrite.candidates("2026-11-19T10:00") == [Day(iso: "2026-11-19")!])
        #expect(DateRewrite.candidates("03/04/2026") == [Day(iso: "2026-04-03")!, Day(iso: "2026-03-04")!])
        #expect(DateRewrite.candidates("2026-11-31") == [])
        let file = Self.file()
        let fixes = CodeActionsFeature.quickFixes(file, range: LSPRange(start: Position(line: 0, character: 0), end: Position(line: 20, character: 0)))
        #expect(fixes.map(\.title) == ["Add a salutation for Bo Chen"])
        #expect(fixes.first?.edit.changes["file:///j/acme.md"]?.first?.newText == "    salutation: Ms./Mr. Chen\n")
    }

    @Test("every key has its meaning, and docs/format.md's tables say the same")
    func keyMeanings() throws {
        let format = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../docs/format.md").standardized, encoding: .utf8)
        // Each part's table, under its own heading.
        let headings = ["application": "Application", "contact": "Contacts", "interview": "Interviews", "reference": "References",
                        "promise": "Promises", "offer": "Offer"]
        func table(_ context: String) -> [Substring] {
            guard let heading = headings[context], let start = format.range(of: "\n### \(heading)\n") else { return [] }
            return format[start.upperBound...].split(separator: "\n").prefix { !$0.hasPrefix("#") }
        }
        for set in [KeySet.application, .contact, .interview, .thankYou, .reference, .promise, .offer] {
            let rows = table(set.context)
            #expect(set.context == "thank-you" || !rows.isEmpty, "no table for \(set.context)")
            for (_, key) in set.spellings {
                let entry = KeyMeaning.entry(key, in: set.context)
                #expect(entry != nil, "\(set.context).\(key) has no meaning")
                guard let entry else { continue }
                // The table's row, where format.md has one, gives the same type and meaning.
                if let row = rows.first(where: { $0.hasPrefix("| `\(key)` | \(entry.type) |") }) {
                    let meaning = row.split(separator: "|").last!.trimmingCharacters(in: .whitespaces)
                    #expect(meaning.isEmpty || meaning == entry.meaning, "\(set.context).\(key)")
                }
            }
        }
    }
}
