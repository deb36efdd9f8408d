import JobJournalCore

/// Everything `check` reports: what reading the files found, and the warnings about what the
/// playbook and the drafts will need. The report counts the same.
public enum Findings {
    /// The warnings that come from looking at an application read without errors.
    public static func warnings(for file: ParsedFile) -> [Diagnostic] {
        Hygiene.warnings(for: file) + DraftLint.warnings(for: file)
    }

    /// Every problem in the journal, ordered by file, line and column.
    public static func all(in journal: Journal) -> [Diagnostic] {
        sorted(journal.diagnostics + journal.files.flatMap(warnings(for:)))
    }

    /// Every problem in one file read on its own (an editor's buffer), ordered.
    public static func all(in file: ParsedFile) -> [Diagnostic] {
        sorted(file.diagnostics + warnings(for: file))
    }

    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { ($0.file, $0.location) < ($1.file, $1.location) }
    }
}
