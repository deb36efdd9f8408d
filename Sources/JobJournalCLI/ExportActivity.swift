import ArgumentParser
import JobJournalCore

package struct ExportActivity: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        commandName: "activity",
        abstract: "Write the work-search log: one row per dated activity.",
        discussion: """
            The log unemployment offices ask for: Date, Employer, Position, Contact, Activity, \
            How, Result, one row per activity from --from to --to (both included): each \
            application sent, interview, thank-you note, reference briefed or contacted, \
            promise kept, offer event, and each dated line of an application's log. csv is \
            RFC 4180 (formulas neutralised, as 'export --format csv' does); markdown is one \
            table; html prints one week a page. --format and -o are those of 'export'. See \
            docs/import.md.

            EXAMPLES
              jobjournal export activity --from 2026-11-01 --to 2026-11-30 --format html -o november.html
              jobjournal export activity --from 2026-11-23 --to 2026-11-29 --format markdown

            EXIT STATUS
              0  written
              2  bad usage, or the journal or the file could not be read or written
            """
    )

    @OptionGroup package var journal: JournalOptions

    @Option(help: ArgumentHelp("The first day (YYYY-MM-DD; default: 30 days before today).", valueName: "day"))
    package var from: String?

    @Option(help: ArgumentHelp("The last day (YYYY-MM-DD; default: today).", valueName: "day"))
    package var to: String?

    /// `--format` and `-o` are `export`'s: an option of both would be read by the parent only.
    @ParentCommand package var export: Export

    package func validate() throws {
        let first = try parseDay(from, option: "--from"), last = try parseDay(to, option: "--to")
        if let first, let last, first > last { throw ValidationError("--from (\(first)) is after --to (\(last))") }
    }

    package func run() throws { try Bridge.run(self) }
}
