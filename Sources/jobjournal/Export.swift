import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalImport

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @OptionGroup var journal: JournalOptions

    @Option(help: "Output format: csv; for 'export activity' also markdown or html.")
    var format: String = "csv"

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file (replacing it whole) instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        // `export activity` takes this --format too (through @ParentCommand).
        guard ActivityExport.Format(rawValue: format) != nil else { throw ValidationError("--format should be csv, markdown or html, not '\(format)'") }
    }

    func run() throws {
        guard format == "csv" else { throw ValidationError("--format should be csv, not '\(format)' (markdown and html are formats of 'export activity')") }
        let bytes = CSVExport.sheet(journal.load(), today: journal.day)
        guard let output else {
            var standardOutput = FileDescriptorSink(fd: 1)
            standardOutput.write(bytes)
            return
        }
        do {
            try AtomicWrite.replace(output, hook: testHook()) { $0.write(bytes) }
        } catch {
            fail(error, path: output)
        }
    }
}
