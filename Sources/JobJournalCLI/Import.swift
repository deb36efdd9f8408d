import ArgumentParser
import JobJournalCore

package struct Import: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        abstract: "Bring applications in from LinkedIn's export, a spreadsheet, a Markdown table or ply.",
        discussion: """
            Creates one application file per row, through the same template and file-name \
            rules as 'new', in the journal folder. A row already in the journal (the same job \
            link, else the same company, position and applied day) is not imported again, and \
            no existing file is ever overwritten. A row that cannot be read is reported at its \
            line, with its row number, and the other rows still come in. See docs/import.md.

            EXAMPLES
              jobjournal import linkedin ~/Downloads/Basic_LinkedInDataExport.zip --dry-run
              jobjournal import csv applications.csv --map 'Firm=company' --date-format DMY
              jobjournal import markdown Applications.md
              jobjournal import ply ~/ply/data

            EXIT STATUS
              0  every row imported or already there (with --dry-run: listed, nothing written)
              1  some rows were not imported (reported on standard error); the others were
              2  bad usage, or the source or the journal could not be read or written
            """,
        subcommands: [ImportCSV.self, ImportLinkedIn.self, ImportMarkdown.self, ImportPly.self]
    )
}

/// What every import takes.
package struct ImportOptions: ParsableArguments {
    package init() {}

    @Flag(help: "List the files it would create and write nothing.")
    package var dryRun = false

    @Option(help: ArgumentHelp("The template to fill in (default: template.md in the journal root, else the built-in one).", valueName: "file"),
            completion: .file(extensions: ["md"]))
    package var template: String?
}

package struct ImportCSV: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Import a spreadsheet saved as CSV (comma, semicolon or tab separated).",
        discussion: """
            The first row names the columns. Company (Employer, Organisation), Position (Job \
            Title, Role, Title), Status (Stage), Date Applied (Applied, Application Date, \
            Submitted), URL (Link, Job URL), Location, Salary, Source, Notes, Contact, Contact \
            Email and Contact Phone are known by those names; --map names the others. Notes \
            go under '## Notes'; any other column becomes a key of your own. Dates in \
            YYYY-MM-DD are read always; 20/11/2024 or 11/20/2024 only in the order \
            --date-format gives, or that the column itself proves (a number above 12): \
            03/04/2024 is never guessed. Status words are read as the journal reads them.

            EXAMPLES
              jobjournal import csv applications.csv --dry-run
              jobjournal import csv tracker.csv --map 'Firm=company' --map 'Gehalt=salary' --date-format DD.MM.YYYY
            """
    )

    @OptionGroup package var journal: JournalOptions
    @OptionGroup package var options: ImportOptions

    @Argument(help: "The CSV file.", completion: .file(extensions: ["csv", "tsv", "txt"]))
    package var path: String

    @OptionGroup package var sheetOptions: SheetOptions

    package func run() throws { try Bridge.run(self) }
}

/// How a table's columns and dates are read: `import csv` and `import markdown`. Their values
/// are checked in jobjournal-bridge, which reads them (`SheetOptions.check`).
package struct SheetOptions: ParsableArguments {
    package init() {}

    @Option(help: ArgumentHelp("A column and the key it holds: 'Header=key' (key: company, position, status, applied, link, notes, contact, contact-email, contact-phone, a key of your own, or - to leave it out). Repeatable.", valueName: "header=key"))
    package var map: [String] = []

    @Option(help: ArgumentHelp("The order of day, month and year in the sheet's dates: DMY, MDY or YMD (or a pattern such as DD/MM/YYYY).", valueName: "order"))
    package var dateFormat: String?

    package func validate() throws { try Bridge.validate(self) }
}

package struct ImportLinkedIn: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        commandName: "linkedin",
        abstract: "Import LinkedIn's data export: the ZIP, its folder, or one of its CSV files.",
        discussion: """
            Reads Jobs/Job Applications.csv (each job applied for on LinkedIn, applied on the \
            day given, with its link; the questions and answers go under '## Notes') and \
            Jobs/Saved Jobs.csv (imported as 'saved', with the day saved). The contact email and \
            phone columns are your own, not the employer's, and are left out. The ZIP is read \
            in memory: nothing is unpacked to disk.

            EXAMPLES
              jobjournal import linkedin Basic_LinkedInDataExport_11-20-2024.zip --dry-run
              jobjournal import linkedin "Jobs/Job Applications.csv"
            """
    )

    @OptionGroup package var journal: JournalOptions
    @OptionGroup package var options: ImportOptions

    @Argument(help: "The export's ZIP, its folder, or a CSV file from it.", completion: .file())
    package var path: String

    package func run() throws { try Bridge.run(self) }
}

