import Foundation
import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

/// A journal of inline files (path: text), as the loader would hand it over.
func journal(_ files: [(String, String)], settings: Settings = Settings()) -> Journal {
    Journal(root: ".", settings: settings, files: files.map { parseFile($0.1, path: $0.0) })
}

/// The company that tries every escape: HTML, Markdown tables, iCalendar text.
let hostileCompany = #"<script>alert(1)</script> & Sons | "Q" 'x'; a,b\c"#

/// An application at the hostile company, shared with the CLI tests: Tests/Fixtures/hostile-company.md.
let hostileFile: String = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile-company.md")
    return try! String(contentsOf: url, encoding: .utf8)
}()
