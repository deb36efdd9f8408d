import ArgumentParser
import JobJournalCore

package struct Export: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        abstract: "Write the journal as a CSV sheet, one row per application, or the work-search log.",
        discussion: """
            Columns: File, Company, Position, Status, Applied, Last Activity, Next Action, \
            Next Action Day, Link, Source, Location, Salary, with a header row (RFC 4180: \
            comma separated, CRLF, quoted where needed). A cell a spreadsheet would run as a \
            formula (starting =, +, -, @, a tab or a carriage return) gets a leading ', as \
            OWASP advises; 'import csv' takes it off, so the sheet imports as the same \
            applications. See docs/import.md.

            'export activity' writes the work-search log instead: one row per dated \
            activity, as CSV, Markdown or HTML.

            EXAMPLES
              jobjournal export --format csv > applications.csv
              jobjournal export --format csv -o applications.csv
              jobjournal export activity --from 2026-11-01 --to 2026-11-30 --format html -o november.html

            EXIT STATUS
              0  written
              2  bad usage, or the journal or the file could not be read or written
            """,
        subcommands: [ExportActivity.self]
    )

    @OptionGroup package var journal: JournalOptions

    @Option(help: "Output format: csv; for 'export activity' also markdown or html.")
    package var format: String = "csv"

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file (replacing it whole) instead of standard output.", valueName: "file"))
    package var output: String?

    package func validate() throws { try Bridge.validate(self) }

    package func run() throws { try Bridge.run(self) }
}
