import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

/// Parses an application file written inline in a test.
func parseFile(_ text: String, path: String = "app.md") -> ParsedFile {
    ApplicationFile.parse(text, path: path)
}

/// The application in an inline file, failing the test when it does not read as one.
func application(_ text: String, path: String = "app.md", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Application {
    let parsed = parseFile(text, path: path)
    let errors = parsed.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "unexpected errors: \(errors.map(DiagnosticFormat.gnu))", sourceLocation: sourceLocation)
    return try #require(parsed.application, sourceLocation: sourceLocation)
}

func day(_ text: String) -> Day { Day(iso: text)! }

/// "line:id" for each diagnostic, the compact form tests compare.
func summary(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.sorted { $0.location < $1.location }.map { "\($0.location.line):\($0.id)" }
}
