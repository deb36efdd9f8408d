import Testing
@testable import JobJournalCore
@testable import JobJournalParse

@Suite("Common YAML mistakes are told as what to do, at the line where they were made")
struct YAMLAdviceTests {
    @Test("a list item's key without its colon is named on its own line, with libyaml's wording after", arguments: ["\n", "\r\n"])
    func forgottenColon(newline: String) {
        let text = ["---", "company: ABC Company", "position: PM", "interviews:", "  - date 2026-11-29", "    with: [Mr. Jones]", "---", ""]
            .joined(separator: newline)
        let parsed = parseFile(text)
        #expect(parsed.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
            "5:5 'date' needs a colon after it: write 'date: 2026-11-29' (libyaml: mapping values are not allowed in this context)",
        ])
    }

    @Test("a colon missing at the top is found above blank lines too")
    func forgottenColonAtTop() {
        let parsed = parseFile("---\ncompany: ABC\nposition PM\n\ncontacts: []\n---\n")
        #expect(parsed.diagnostics.first?.location.line == 3)
        #expect(parsed.diagnostics.first?.message.hasPrefix("'position' needs a colon after it: write 'position: PM'") == true)
    }

    @Test("a day left as the template's placeholder asks to be filled in or removed")
    func placeholder() {
        let parsed = parseFile("---\ncompany: ABC\nposition: PM\ninterviews:\n  - date: YYYY-MM-DD\n---\n")
        #expect(parsed.diagnostics.map(\.message) == ["date is still the template's placeholder 'YYYY-MM-DD': fill in the day or remove the line"])
        #expect(parsed.diagnostics.first?.location.line == 5)
    }
}
