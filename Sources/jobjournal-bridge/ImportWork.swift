import ArgumentParser
import JobJournalCLI
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalReport
import JobJournalEdit
import JobJournalImport

import Glibc

extension SheetOptions {
    /// The --map and --date-format values, which only this executable's library can read.
    func check() throws {
        if case .failure(let error) = SheetColumn.parseMap(map) { throw ValidationError(error.description) }
        if let dateFormat, DateCell.Order(format: dateFormat) == nil {
            throw ValidationError("--date-format should name the order of day, month and year (DMY, MDY, YMD, DD/MM/YYYY...), not '\(dateFormat)'")
        }
    }

    /// How the columns and dates are read, with the journal's own status words.
    func options(statusMap: [String: Status]) -> SheetImport.Options {
        let map = (try? SheetColumn.parseMap(map).get()) ?? [:]
        return SheetImport.Options(map: map, dateOrder: dateFormat.flatMap(DateCell.Order.init(format:)), statusMap: statusMap)
    }
}

extension ImportCSV {
    /// Reads the sheet and imports its rows.
    func work() throws {
        let loaded = journal.load()
        let sheet = readSheet(path, bytes: readSource(path))
        importing([SheetImport(sheet, file: path, options: sheetOptions.options(statusMap: loaded.settings.statusMap))],
                  into: loaded, journal: journal, options: self.options)
    }
}

extension ImportLinkedIn {
    /// Finds the export's CSV files and imports their rows.
    func work() throws {
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

extension ImportMarkdown {
    /// Reads the file's tables and imports their rows.
    func work() throws {
        let loaded = journal.load()
        do {
            let imports = try MarkdownTableImport.imports(readSource(path), file: path, options: sheet.options(statusMap: loaded.settings.statusMap))
            importing(imports, into: loaded, journal: journal, options: options)
        } catch {
            sourceFailure(path, line: error.line, column: error.column, error.description)
        }
    }
}

extension ImportPly {
    /// Reads ply's files and imports them.
    func work() throws {
        let loaded = journal.load()
        do {
            importing([PlyImport.applications(try PlyImport.files(at: path))], into: loaded, journal: journal, options: options)
        } catch {
            CommandFailure(error.description).exit()
        }
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
