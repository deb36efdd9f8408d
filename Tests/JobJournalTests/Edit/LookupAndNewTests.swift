import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Naming an application")
struct ApplicationLookupTests {
    static let journal = Journal(root: "j", files: [
        parseFile("---\ncompany: ABC Company\nposition: Sales\n---\n", path: "abc-company-sales.md"),
        parseFile("---\ncompany: ABC Labs\nposition: Lab\n---\n", path: "closed/abc-labs-lab.md"),
        parseFile("---\ncompany: Zeta\nposition: PM\n---\n", path: "zeta-pm.md"),
        parseFile("no front matter\n", path: "README.md"),
    ].map { var f = $0; f.displayPath = "j/" + $0.path; return f })

    func found(_ name: String) -> String? {
        if case .success(let file) = ApplicationLookup.find(name, in: Self.journal) { return file.path }
        return nil
    }

    @Test("by path as shown or in the journal, by stem with or without folder, by a unique part of the company")
    func finds() {
        #expect(found("j/zeta-pm.md") == "zeta-pm.md")
        #expect(found("./j/zeta-pm.md") == "zeta-pm.md")
        #expect(found("closed/abc-labs-lab.md") == "closed/abc-labs-lab.md")
        #expect(found("abc-labs-lab") == "closed/abc-labs-lab.md")
        #expect(found("closed/abc-labs-lab") == "closed/abc-labs-lab.md")
        #expect(found("ZET") == "zeta-pm.md")
        #expect(found("labs") == "closed/abc-labs-lab.md")
        // The exact company name wins over a longer one it is part of.
        #expect(found("abc company") == "abc-company-sales.md")
    }

    @Test("an ambiguous or unknown name lists the candidates")
    func failures() {
        guard case .failure(let ambiguous) = ApplicationLookup.find("abc", in: Self.journal) else {
            Issue.record("expected ambiguity")
            return
        }
        #expect(ambiguous.description == "'abc' matches 2 applications; name one:\n  abc-company-sales  (ABC Company: Sales)\n  closed/abc-labs-lab  (ABC Labs: Lab)")
        guard case .failure(let unknown) = ApplicationLookup.find("readme", in: Self.journal) else {
            Issue.record("a file that is no application is not found")
            return
        }
        #expect(unknown.description.hasPrefix("no application matches 'readme'; the applications are:\n  abc-company-sales"))
    }
}

@Suite("A new application file")
struct NewApplicationTests {
    @Test("the file name is a slug of company and position, never a path")
    func fileNames() {
        #expect(NewApplication.fileName(company: "ABC Company", position: "Senior Sales Consultant") == "abc-company-senior-sales-consultant.md")
        #expect(NewApplication.fileName(company: "../../etc", position: "passwd") == "etc-passwd.md")
        #expect(NewApplication.fileName(company: ".hidden", position: "") == "hidden.md")
        #expect(NewApplication.fileName(company: "株式会社", position: "PM") == nil)
    }

    @Test("a name given by the user is refused when it would leave the journal or hide the file",
          arguments: ["../x", "/tmp/x.md", "sub/x.md", ".hidden", "..", "", "a\\b.md"])
    func refusedNames(name: String) {
        #expect(throws: EditRefusal.self) { try NewApplication.checkedFileName(name) }
    }

    @Test("a plain name gets .md")
    func acceptedNames() throws {
        #expect(try NewApplication.checkedFileName("acme") == "acme.md")
        #expect(try NewApplication.checkedFileName("acme.markdown") == "acme.markdown")
    }

    @Test("the built-in template gives a clean application; values are quoted as YAML needs; missing ones drop their line")
    func render() throws {
        let text = NewApplication.render(NewApplication.builtInTemplate,
                                         .init(company: "Acme: Labs", position: "Engineer #2", applied: day("2026-11-20"), today: day("2026-11-26")))
        let parsed = parseFile(text)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(DiagnosticFormat.gnu))")
        let app = try #require(parsed.application)
        #expect(app.company == "Acme: Labs" && app.position == "Engineer #2")
        #expect(app.applied == day("2026-11-20"))
        #expect(app.log.map(\.day) == [day("2026-11-20")])
        #expect(text.contains("\n- 2026-11-20 Applied.\n"))
        #expect(!text.contains("link:"))
        #expect(text.contains("\n# Acme: Labs: Engineer #2\n"))
        let noDay = NewApplication.render(NewApplication.builtInTemplate, .init(company: "A", position: "B", today: day("2026-11-26")))
        #expect(!noDay.contains("applied:") && !noDay.contains("Applied."))
    }
}
