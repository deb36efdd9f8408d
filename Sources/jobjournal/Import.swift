import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalReport
import JobJournalEdit
import JobJournalImport

import Glibc

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
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
struct ImportOptions: ParsableArguments {
    @Flag(help: "List the files it would create and write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("The template to fill in (default: template.md in the journal root, else the built-in one).", valueName: "file"),
            completion: .file(extensions: ["md"]))
    var template: String?
}

struct ImportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @OptionGroup var journal: JournalOptions
    @OptionGroup var options: ImportOptions

    @Argument(help: "The CSV file.", completion: .file(extensions: ["csv", "tsv", "txt"]))
    var path: String

    @OptionGroup var sheetOptions: SheetOptions

    func run() throws {
        let loaded = journal.load()
        let sheet = readSheet(path, bytes: readSource(path))
        importing([SheetImport(sheet, file: path, options: sheetOptions.options(statusMap: loaded.settings.statusMap))],
                  into: loaded, journal: journal, options: self.options)
    }
}

/// How a table's columns and dates are read: `import csv` and `import markdown`.
struct SheetOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A column and the key it holds: 'Header=key' (key: company, position, status, applied, link, notes, contact, contact-email, contact-phone, a key of your own, or - to leave it out). Repeatable.", valueName: "header=key"))
    var map: [String] = []

    @Option(help: ArgumentHelp("The order of day, month and year in the sheet's dates: DMY, MDY or YMD (or a pattern such as DD/MM/YYYY).", valueName: "order"))
    var dateFormat: String?

    func validate() throws {
        if case .failure(let error) = SheetColumn.parseMap(map) { throw ValidationError(error.description) }
        if let dateFormat, DateCell.Order(format: dateFormat) == nil {
            throw ValidationError("--date-format should name the order of day, month and year (DMY, MDY, YMD, DD/MM/YYYY...), not '\(dateFormat)'")
        }
    }

    func options(statusMap: [String: Status]) -> SheetImport.Options {
        let map = (try? SheetColumn.parseMap(map).get()) ?? [:]
        return SheetImport.Options(map: map, dateOrder: dateFormat.flatMap(DateCell.Order.init(format:)), statusMap: statusMap)
    }
}

struct ImportLinkedIn: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @OptionGroup var journal: JournalOptions
    @OptionGroup var options: ImportOptions

    @Argument(help: "The export's ZIP, its folder, or a CSV file from it.", completion: .file())
    var path: String

    func run() throws {
        let loaded = journal.load()
        let found: (files: [LinkedInExport.File], warnings: [Diagnostic])
        do {
            found = try LinkedInExport.files(at: path)
        } catch {
            CommandFailure(error.description).exit()
        }
        var imports: [SheetImport] = []
        for file in found.files {
            let sheet = readSheet(file.name, bytes: file.bytes)
            guard let kind = LinkedInExport.kind(of: sheet) else {
                CommandFailure("\(file.name) is not LinkedIn's Job Applications.csv or Saved Jobs.csv (no Application Date or Saved Date column)").exit()
            }
            imports.append(LinkedInExport.applications(sheet, file: file.name, kind: kind, statusMap: loaded.settings.statusMap))
        }
        if !found.warnings.isEmpty { printError(DiagnosticFormat.gnu(found.warnings)) }
        importing(imports, into: loaded, journal: journal, options: options)
    }
}

/// A source file's bytes, or the command fails with status 2.
func readSource(_ path: String) -> [UInt8] {
    var buffer: [UInt8] = []
    switch FileSystem.read(path, limit: Sheet.maxBytes, into: &buffer, { Array($0) }) {
    case .success(let bytes): return bytes
    case .failure(let error): CommandFailure("cannot read \(path): \(error)").exit()
    }
}

/// A sheet, or the command fails with status 2 and the problem at its place.
func readSheet(_ name: String, bytes: [UInt8]) -> Sheet {
    do {
        return try Sheet.read(bytes)
    } catch {
        sourceFailure(name, line: error.line, column: error.column, error.description)
    }
}

/// A source that cannot be read at all: the problem at its place, and status 2.
func sourceFailure(_ name: String, line: Int, column: Int, _ message: String) -> Never {
    printError(DiagnosticFormat.gnu(Diagnostic(file: name, line: line, column: column, .error, message, id: "import-file")))
    Glibc.exit(ExitStatus.failure)
}

/// Plans the import, reports what is already there and what could not be read, and creates
/// the files (or lists them with --dry-run). Exits 1 when some rows were not imported.
func importing(_ imports: [SheetImport], into loaded: Journal, journal: JournalOptions, options: ImportOptions) {
    let root = journal.root
    let template = importTemplate(options.template, root: root)
    let applications = imports.flatMap(\.applications)
    let plan = ImportPlan(applications, journal: loaded, template: template, today: journal.day) {
        FileSystem.kind(of: FileSystem.join(root, $0)) != .missing
    }
    var problems = imports.flatMap(\.problems) + plan.problems
    var out = ""
    for sheet in imports {
        for column in sheet.leftOut { out += "column '\(column.header)' not imported: \(column.why)\n" }
    }
    for there in plan.alreadyThere {
        let why = there.sameLink ? "the same job link" : "the same company, position and applied day"
        out += "row \(there.application.origin.row) of \(there.application.origin.file): already there as \(there.file) (\(why))\n"
    }
    let shown = { (name: String) in root == "." ? name : FileSystem.join(root, name) }
    var created = 0
    if options.dryRun {
        for creation in plan.creations {
            out += "would create \(shown(creation.name)) (row \(creation.application.origin.row) of \(creation.application.origin.file))\n"
        }
    } else {
        let outcomes = NewFiles.create(in: root, plan.creations.map { ($0.name, Array($0.text.utf8)) }, hook: testHook())
        for (creation, failure) in zip(plan.creations, outcomes) {
            if let failure {
                problems.append(creation.application.problem(.error, "\(shown(creation.name)): \(failure.description)", id: "import-write"))
            } else {
                created += 1
                out += "created \(shown(creation.name)) (row \(creation.application.origin.row) of \(creation.application.origin.file))\n"
            }
        }
    }
    let notImported = Set(problems.filter { $0.severity == .error }.map { "\($0.file)\u{1F}\($0.location.line)" }).count
    let rows = imports.map { $0.applications.count }.reduce(0, +) + imports.flatMap(\.problems).filter { $0.severity == .error && $0.location.line > 1 }.count
    let verb = options.dryRun ? "would create \(plan.creations.count)" : "created \(created)"
    out += "\(rows) rows: \(verb), \(plan.alreadyThere.count) already there, \(notImported) not imported\n"
    writeOut(out)
    if !problems.isEmpty {
        printError(DiagnosticFormat.gnu(problems.sorted { ($0.file, $0.location) < ($1.file, $1.location) }))
    }
    if problems.contains(where: { $0.severity == .error }) { Glibc.exit(ExitStatus.problems) }
}

/// The template `new` would use: --template, else template.md in the root, else the built-in one.
func importTemplate(_ option: String?, root: String) -> String {
    if let option {
        guard let text = NewApplication.readTemplate(option) else { CommandFailure("cannot read the template \(option)").exit() }
        return text
    }
    return NewApplication.readTemplate(FileSystem.join(root, NewApplication.templateFileName)) ?? NewApplication.builtInTemplate
}
