import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

import Glibc

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new application file and print its path.",
        discussion: """
            Creates <company>-<position>.md in the journal folder from a template: the \
            front matter with what you give, commented examples of contacts, interviews and \
            references, and the body sections (## Notes, ## Log). Never overwrites a file. \
            The file name is made of lower-case letters, digits and dashes only; a name \
            given with --file must be a plain file name (no folders, no leading dot).

            The template is --template FILE, else template.md in the journal root, else the \
            built-in one. Placeholders: {{company}}, {{position}}, {{applied}}, {{link}}, \
            {{today}}; a line whose placeholder has no value is left out.

            When the journal already has an application at the same company, 'new' names it \
            on standard error; one for the same company, position and link is refused as a \
            duplicate unless --force.

            EXAMPLES
              jobjournal new "ABC Company" --position "Senior Sales Consultant" --applied 2026-11-09
              $EDITOR "$(jobjournal new Acme --position Engineer)"

            EXIT STATUS
              0  created (with --dry-run: the diff printed, nothing written)
              1  refused: the file exists, the application is already in the journal, or the \
            template does not give a valid application
              2  bad usage (a name that would leave the journal), or the file could not be written
            """
    )

    @OptionGroup var journal: JournalOptions
    @OptionGroup var write: WriteOptions

    @Argument(help: "The employer's name.")
    var company: String

    @Option(help: "The job title.")
    var position: String

    @Option(help: ArgumentHelp("The day you applied.", valueName: "date"))
    var applied: String?

    @Option(help: ArgumentHelp("The job posting.", valueName: "url"))
    var link: String?

    @Option(help: ArgumentHelp("The template to fill in (default: template.md in the journal root, else the built-in one).", valueName: "file"),
            completion: .file(extensions: ["md"]))
    var template: String?

    @Option(help: ArgumentHelp("The file name to use instead of one made from the company and position.", valueName: "name"))
    var file: String?

    @Flag(help: "Add the application even when the journal has one for the same company, position and link.")
    var force = false

    func validate() throws {
        _ = try parseDay(applied, option: "--applied")
        if company.trimmingCharacters(in: " \t").isEmpty { throw ValidationError("the company name is empty") }
        if position.trimmingCharacters(in: " \t").isEmpty { throw ValidationError("--position is empty") }
        if let file {
            do { _ = try NewApplication.checkedFileName(file) } catch { throw ValidationError(error.message) }
        }
    }

    func run() throws {
        let root = journal.root
        checkDuplicates()
        let name: String
        if let file {
            do { name = try NewApplication.checkedFileName(file) } catch { throw ValidationError(error.message) }
        } else {
            guard let made = NewApplication.fileName(company: company, position: position) else {
                throw ValidationError("cannot make a file name from '\(company)'; give one with --file")
            }
            name = made
        }
        let path = root == "." ? name : (root.hasSuffix("/") ? root + name : root + "/" + name)
        let templateText = readTemplate(root: root)
        let fields = NewApplication.Fields(company: company, position: position, applied: try parseDay(applied, option: "--applied"),
                                           link: link, today: journal.day)
        let text = NewApplication.render(templateText.text, fields)
        let parsed = ApplicationFile.parse(text, path: name, displayPath: path)
        if let error = parsed.diagnostics.first(where: { $0.severity == .error }) ?? (parsed.application == nil
            ? Diagnostic(file: path, line: 1, .error, "not an application (no company in its front matter)", id: "template") : nil)
        {
            printError("jobjournal: the template \(templateText.source) does not give a valid application: line \(error.location.line): \(error.message)")
            Glibc.exit(ExitStatus.problems)
        }
        let bytes = Array(text.utf8)
        if write.dryRun {
            writeOut(Terminal.plainLines(String(decoding: UnifiedDiff.creation(bytes, path: Terminal.plain(path)), as: UTF8.self)))
            return
        }
        do {
            try AtomicWrite.create(path, bytes: bytes, hook: testHook())
        } catch {
            fail(error, path: path)
        }
        writeOut(Terminal.plain(path) + "\n")
    }

    /// Names the applications at the same company; refuses a duplicate unless --force.
    private func checkDuplicates() {
        let found = NewApplication.existing(company: company, position: position, link: link, in: journal.load())
        func described(_ app: Application) -> String { "\(app.file) (\(Terminal.plain(app.company)): \(Terminal.plain(app.position)))" }
        if let duplicate = found.duplicate, !force {
            printError("jobjournal: the journal already has this application: \(described(duplicate)); --force adds another")
            Glibc.exit(ExitStatus.problems)
        }
        for app in found.sameCompany where app.file != found.duplicate?.file || force {
            printError("jobjournal: note: the journal already has an application at \(Terminal.plain(app.company)): \(described(app))")
        }
    }

    private func readTemplate(root: String) -> (text: String, source: String) {
        if let template {
            guard let text = NewApplication.readTemplate(template) else { CommandFailure("cannot read the template \(template)").exit() }
            return (text, template)
        }
        let inRoot = root == "." ? NewApplication.templateFileName : root + "/" + NewApplication.templateFileName
        if let text = NewApplication.readTemplate(inRoot) { return (text, inRoot) }
        return (NewApplication.builtInTemplate, "(built in)")
    }
}
