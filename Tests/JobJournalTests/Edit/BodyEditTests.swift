import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Log entries, ticked tasks and drafts change only the lines they add or tick")
struct BodyEditTests {
    static let app = """
        ---
        company: Acme
        position: Engineer
        ---

        ## Log

        * 2026-11-19 Interviewed.
        * 2026-11-24 Called Ann;
          she was out.

        ## To do

        - [ ] Send the deck
          to Ann
        1. [ ] Print it

        """

    @Test("appends after the last entry of ## Log, in its bullet style")
    func appendsInStyle() {
        let file = editable(Self.app)
        expectEdit(Self.app, file.lines.applying([file.appendingLog(day("2026-11-26"), "Ann called back.")]),
                   removed: [], added: ["* 2026-11-26 Ann called back."])
        #expect(String(decoding: file.lines.applying([file.appendingLog(day("2026-11-26"), "x")]), as: UTF8.self)
            .contains("  she was out.\n* 2026-11-26 x\n\n## To do"))
    }

    @Test("puts an earlier day before the first later entry")
    func keepsDateOrder() {
        let file = editable(Self.app)
        let out = String(decoding: file.lines.applying([file.appendingLog(day("2026-11-20"), "Wrote the thank-you.")]), as: UTF8.self)
        #expect(out.contains("* 2026-11-19 Interviewed.\n* 2026-11-20 Wrote the thank-you.\n* 2026-11-24 Called Ann;"))
    }

    @Test("creates ## Log at the end when missing, also in a file without a final line break")
    func createsSection() {
        let text = "---\ncompany: A\nposition: B\n---\n\nNotes here."
        let file = editable(text)
        let out = file.lines.applying([file.appendingLog(day("2026-11-26"), "Applied.")])
        #expect(String(decoding: out, as: UTF8.self) == "---\ncompany: A\nposition: B\n---\n\nNotes here.\n\n## Log\n\n- 2026-11-26 Applied.")
        let crlf = "---\r\ncompany: A\r\nposition: B\r\n---\r\n\r\n## Log\r\n\r\n- 2026-11-19 Met.\r\n\r\n\r\n"
        let c = editable(crlf)
        expectEdit(crlf, c.lines.applying([c.appendingLog(day("2026-11-26"), "Called.")]), removed: [], added: ["- 2026-11-26 Called."],
                   ending: "\r\n")
    }

    @Test("a heading inside a code block is not the log")
    func codeBlockIsNotASection() {
        let text = "---\ncompany: A\nposition: B\n---\n\n```\n## Log\n```\n"
        let file = editable(text)
        let out = String(decoding: file.lines.applying([file.appendingLog(day("2026-11-26"), "x")]), as: UTF8.self)
        #expect(out.hasSuffix("```\n## Log\n```\n\n## Log\n\n- 2026-11-26 x\n"))
    }

    @Test("a message on several lines becomes one line; control characters go")
    func oneLine() {
        let file = editable(Self.app)
        expectEdit(Self.app, file.lines.applying([file.appendingLog(day("2026-11-26"), "one\ntwo\u{1B}[31m")]),
                   removed: [], added: ["* 2026-11-26 one two[31m"])
    }

    @Test("ticks a task's box and nothing else, in a bullet or a numbered list")
    func ticksTasks() throws {
        let file = editable(Self.app)
        let app = try #require(file.application)
        let deck = try #require(app.toDos.first { $0.text.hasPrefix("Send the deck") })
        expectEdit(Self.app, try edited(file, [file.tickingToDo(at: deck.line)]), removed: ["- [ ] Send the deck"], added: ["- [x] Send the deck"])
        let print = try #require(app.toDos.first { $0.text == "Print it" })
        expectEdit(Self.app, try edited(file, [file.tickingToDo(at: print.line)]), removed: ["1. [ ] Print it"], added: ["1. [x] Print it"])
        #expect(refusal { _ = try file.tickingToDo(at: 8) }?.line == 8)
    }

    @Test("a draft goes under ## Drafts with a heading of its own")
    func appendsDraft() {
        let file = editable(Self.app)
        let out = file.lines.applying([file.appendingDraft(title: "Thank-you note to Ms. Lee", ["Dear Ms. Lee,", "", "Thanks."])])
        #expect(String(decoding: out, as: UTF8.self).hasSuffix("1. [ ] Print it\n\n## Drafts\n\n### Thank-you note to Ms. Lee\n\nDear Ms. Lee,\n\nThanks.\n"))
        let again = editable(String(decoding: out, as: UTF8.self))
        let twice = again.lines.applying([again.appendingDraft(title: "Check-in to Ms. Lee", ["Dear Ms. Lee,"])])
        #expect(String(decoding: twice, as: UTF8.self).hasSuffix("Thanks.\n\n### Check-in to Ms. Lee\n\nDear Ms. Lee,\n"))
        #expect(editable(String(decoding: twice, as: UTF8.self)).parsed.drafts.map(\.title) == ["Thank-you note to Ms. Lee", "Check-in to Ms. Lee"])
    }
}

@Suite("Line edits rebuild the file byte for byte")
struct LineEditTests {
    @Test("mixed endings, a missing final line break and an empty file")
    func endings() {
        let lines = TextLines(Array("a\r\nb\nc".utf8))
        #expect(lines.applying([]) == Array("a\r\nb\nc".utf8))
        #expect(lines.applying([LineEdit(replacing: 2..<3, with: ["B", "B2"])]) == Array("a\r\nB\nB2\nc".utf8))
        #expect(lines.applying([LineEdit.insert(["d"], before: 4)]) == Array("a\r\nb\nc\r\nd".utf8))
        #expect(lines.applying([LineEdit(replacing: 3..<4, with: ["C"])]) == Array("a\r\nb\nC".utf8))
        #expect(TextLines([]).applying([LineEdit.insert(["x", "y"], before: 1)]) == Array("x\ny\n".utf8))
    }

    @Test("the dry-run diff applies to the old file to give the new one")
    func diff() {
        let old = TextLines(Array("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12".utf8))
        let edits = [LineEdit(replacing: 2..<3, with: ["two"]), LineEdit.insert(["4.5"], before: 5), LineEdit.insert(["13"], before: 13)]
        let diff = String(decoding: UnifiedDiff.render(old, edits, path: "a.md"), as: UTF8.self)
        #expect(diff == """
            --- a/a.md
            +++ b/a.md
            @@ -1,7 +1,8 @@
             1
            -2
            +two
             3
             4
            +4.5
             5
             6
             7
            @@ -9,4 +10,5 @@
             9
             10
             11
            -12
            \\ No newline at end of file
            +12
            +13
            \\ No newline at end of file

            """)
    }

    @Test("a file named by its absolute path is named in the diff as git names it, without a doubled slash")
    func diffOfAbsolutePath() {
        let old = TextLines(Array("1\n".utf8))
        let diff = String(decoding: UnifiedDiff.render(old, [LineEdit(replacing: 1..<2, with: ["one"])], path: "/home/me/jobs/abc.md"), as: UTF8.self)
        #expect(diff.hasPrefix("--- a/home/me/jobs/abc.md\n+++ b/home/me/jobs/abc.md\n@@ -1 +1 @@\n"))
    }
}
