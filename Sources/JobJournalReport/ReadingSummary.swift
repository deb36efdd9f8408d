import JobJournalCore

/// What reading the journal found: how many files are applications, and each of the others
/// with why it was not read as one. No Markdown file of the journal goes unaccounted for:
/// `check` ends with this, and `due` and `report` say it when no file is an application.
public struct ReadingSummary: Sendable {
    public let files: Int
    public let applications: Int
    /// The files that are not applications, in path order.
    public let skipped: [ParsedFile]

    public init(_ files: [ParsedFile]) {
        self.files = files.count
        applications = files.count { $0.application != nil }
        skipped = files.filter { $0.skipped != nil }
    }

    /// "8 applications; 3 files skipped: no front matter (2), template (1)".
    public var line: String {
        var text = ReportWording.plural(applications, "application")
        guard !skipped.isEmpty else { return text }
        text += "; " + ReportWording.plural(skipped.count, "file") + " skipped: " + byReason
        return text
    }

    /// One line a skipped file: `notes/call.md: front matter without application keys`.
    public var skippedLines: [String] {
        skipped.map { "\(Terminal.plain($0.displayPath)): \($0.skipped!.rawValue)" }
    }

    /// For `due` and `report` over a journal with Markdown files but no application.
    public func noApplication(in root: String) -> String? {
        guard applications == 0, files > 0 else { return nil }
        return "\(Terminal.plain(root)) has \(ReportWording.plural(files, "Markdown file")) but no application"
            + (skipped.isEmpty ? "" : " (\(byReason))") + "; 'jobjournal check --verbose' lists them"
    }

    /// "no front matter (2), template (1)", most common first.
    private var byReason: String {
        var counts: [(reason: ParsedFile.SkipReason, n: Int)] = []
        for reason in ParsedFile.SkipReason.allCases {
            let n = skipped.count { $0.skipped == reason }
            if n > 0 { counts.append((reason, n)) }
        }
        return counts.sorted { $0.n > $1.n }.map { "\($0.reason.rawValue) (\($0.n))" }.joined(separator: ", ")
    }
}
