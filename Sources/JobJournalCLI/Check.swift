import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

import Glibc

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report every problem in the journal's files.",
        discussion: """
            Prints each problem as 'path:line:col: error|warning: message [id]', the form \
            vim, Emacs and VS Code read, paths relative to the current folder. With no PATH, \
            checks the whole journal; with paths, those files and folders.

            EXAMPLES
              jobjournal check
              jobjournal check abc-company-senior-sales-consultant.md
              jobjournal check --format json
              jobjournal check --stdin-filename notes/acme.md < buffer

            EXIT STATUS
              0 no errors, 1 errors found (or warnings, with --strict), 2 the check itself failed
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var journal: JournalOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Check standard input as if it were the file at this path (for unsaved editor buffers).", valueName: "path"))
    var stdinFilename: String?

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Flag(name: .shortAndLong, help: "List each file that is not an application, with why.")
    var verbose = false

    @Argument(help: ArgumentHelp("Files or folders to check (default: the whole journal).", valueName: "path"))
    var paths: [String] = []

    func run() throws {
        let status = CheckRun(dir: journal.dir, format: format, stdinFilename: stdinFilename, strict: strict, verbose: verbose,
                              noCache: journal.noCache, paths: paths).run()
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}

/// What `check` does, apart from reading its arguments: the ArgumentParser command above and
/// the fast path (FastPath.swift) both run it.
struct CheckRun {
    var dir: String?
    var format: Check.Format
    var stdinFilename: String?
    var strict: Bool
    var verbose = false
    var noCache = false
    var paths: [String]

    /// Checks and prints; returns the exit status.
    func run() -> Int32 {
        let root = Environment.journalRoot(dir: dir)
        let sorted: [Diagnostic]
        let reading: ReadingSummary
        do {
            if let name = stdinFilename {
                let file = try JournalLoader.parseBuffer(from: 0, as: name, root: root)
                sorted = Findings.all(in: file)
                reading = ReadingSummary([file])
            } else {
                // Files named on the command line are read as they are (an editor's check on
                // save): the cache serves the whole journal.
                let journal = paths.isEmpty
                    ? try JournalLoader.load(root: root, cacheFolder: Environment.cacheFolder(noCache: noCache), writeCacheAside: true)
                    : try JournalLoader.load(root: root, paths: paths)
                sorted = Findings.all(in: journal)
                reading = ReadingSummary(journal.files)
            }
        } catch {
            CommandFailure(error.description).exit()
        }
        switch format {
        case .text:
            writeOut(DiagnosticFormat.gnu(sorted))
            let errors = sorted.count { $0.severity == .error }
            let warnings = sorted.count - errors
            let fileCount = reading.files
            // Quiet when all is well (editors and scripts run check on every save), but never
            // when no file could be read as an application.
            let nothingRead = reading.applications == 0 && reading.files > 0
            if !sorted.isEmpty || nothingRead || verbose || isatty(2) != 0 {
                printError("\(fileCount) \(fileCount == 1 ? "file" : "files") checked: \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")")
                printError(reading.line)
            }
            if verbose { for line in reading.skippedLines { printError("  " + line) } }
        case .json:
            writeOut(DiagnosticFormat.json(sorted, reading: reading))
        }
        let failing = sorted.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        return failing ? ExitStatus.problems : ExitStatus.success
    }
}
