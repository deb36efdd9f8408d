import ArgumentParser
import JobJournal

#if canImport(Glibc)
import Glibc
#endif

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

    @Argument(help: ArgumentHelp("Files or folders to check (default: the whole journal).", valueName: "path"))
    var paths: [String] = []

    func run() throws {
        let diagnostics: [Diagnostic]
        let fileCount: Int
        if let name = stdinFilename {
            let root = journal.root
            let limit = JournalLoader.settings(root: root).0.maxFileSize
            if let bytes = readStandardInput(limit: limit) {
                let parsed = bytes.withUnsafeBytes {
                    ApplicationFile.parse($0, path: relativeToRoot(name, root: root), displayPath: name)
                }
                diagnostics = parsed.diagnostics + Self.warnings(for: parsed)
            } else {
                diagnostics = [JournalLoader.tooLarge(file: name, size: nil, limit: limit)]
            }
            fileCount = 1
        } else {
            let loaded = journal.load(paths: paths.isEmpty ? nil : paths)
            diagnostics = loaded.diagnostics + loaded.files.flatMap(Self.warnings(for:))
            fileCount = loaded.files.count
        }
        let sorted = diagnostics.sorted { ($0.file, $0.location) < ($1.file, $1.location) }
        switch format {
        case .text:
            writeOut(DiagnosticFormat.gnu(sorted))
            let errors = sorted.count { $0.severity == .error }
            let warnings = sorted.count - errors
            if !sorted.isEmpty || isatty(2) != 0 {
                printError("\(fileCount) \(fileCount == 1 ? "file" : "files") checked: \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")")
            }
        case .json:
            writeOut(DiagnosticFormat.json(sorted, files: fileCount))
        }
        let failing = sorted.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        if failing { throw ExitCode(ExitStatus.problems) }
    }

    /// The warnings beyond what parsing finds: what the playbook will need, and the drafts.
    static func warnings(for file: ParsedFile) -> [Diagnostic] {
        Hygiene.warnings(for: file) + DraftLint.warnings(for: file)
    }

    private func relativeToRoot(_ path: String, root: String) -> String {
        let r = root.hasSuffix("/") ? root : root + "/"
        return root != "." && path.hasPrefix(r) ? String(path.dropFirst(r.count)) : path
    }

    /// Standard input, or nil once it passes `limit` bytes (the rest is left unread: a
    /// stream without end must not fill the memory).
    private func readStandardInput(limit: Int) -> [UInt8]? {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(0, &chunk, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                CommandFailure("cannot read standard input: \(String(cString: strerror(errno)))").exit()
            }
            if n == 0 { break }
            result.append(contentsOf: chunk[0..<n])
            if result.count > limit { return nil }
        }
        return result
    }
}
