import ArgumentParser
import JobJournalCore
import JobJournalIO

import Glibc

/// `import`, `export`, `migrate`, `lsp` and `mail` need libraries no other command does:
/// Foundation (the language server's JSON), CSV.swift, ZIPFoundation and TOMLKit
/// (spreadsheets, LinkedIn's export, TOML front matter), GMime and GLib (mail headers).
/// Linked into the one executable, they made every command start slower: a bigger binary
/// gives the Swift runtime more type metadata and conformances to search on each first use,
/// and GObject's constructor runs at every start (docs/performance.md). So their work lives
/// in a second executable, `jobjournal-bridge`, installed beside `jobjournal`; both hold the
/// same commands, options and help (this module), and `jobjournal` hands those five commands
/// over to it with `execv`, arguments, standard input and output unchanged.
package enum Bridge {
    /// Set by `jobjournal-bridge` before it reads the arguments: the work of a command whose
    /// `run` calls `Bridge.run`, and the checks of its values that need its libraries.
    package struct Work: Sendable {
        package var run: @Sendable (any ParsableCommand) throws -> Void
        package var validate: @Sendable (any ParsableArguments) throws -> Void
        package init(run: @escaping @Sendable (any ParsableCommand) throws -> Void,
                     validate: @escaping @Sendable (any ParsableArguments) throws -> Void) {
            self.run = run
            self.validate = validate
        }
    }

    nonisolated(unsafe) package static var work: Work?

    /// Runs the command's work here in `jobjournal-bridge`, else starts it there.
    static func run(_ command: any ParsableCommand) throws {
        guard let work else { handOver() }
        try work.run(command)
    }

    /// Checks the values that only `jobjournal-bridge` can read; `jobjournal` leaves them to it.
    static func validate(_ command: any ParsableArguments) throws {
        try work?.validate(command)
    }

    /// The executable's name, and where it is looked for: beside this one (a build folder,
    /// or bin/ when installed there), else in `../libexec/jobjournal/` from it.
    static let executableName = "jobjournal-bridge"

    /// Where `jobjournal-bridge` is looked for from `jobjournal`, and back.
    private static func partnerCandidates(_ folder: String) -> [String] {
        work == nil ? [folder + "/" + executableName, folder + "/../libexec/jobjournal/" + executableName]
            : [folder + "/jobjournal", folder + "/../../bin/jobjournal"]
    }

    private static var ownFolder: (own: String, folder: String) {
        let own = FileSystem.realPath("/proc/self/exe") ?? CommandLine.arguments[0]
        return (own, own.lastIndex(of: "/").map { String(own[..<$0]) } ?? ".")
    }

    /// Both executables, this one first: what the parse cache is valid for, so that a command
    /// handed over reads the cache the others wrote, and they the one it wrote.
    static var executables: [String] {
        let (own, folder) = ownFolder
        return [own] + partnerCandidates(folder).filter { access($0, X_OK) == 0 }.prefix(1)
    }

    private static func handOver() -> Never {
        let (_, folder) = ownFolder
        let candidates = partnerCandidates(folder)
        let arguments = CommandLine.arguments
        for path in candidates where access(path, X_OK) == 0 {
            var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments.dropFirst()).map { strdup($0) }
            argv.append(nil)
            execv(path, argv)
            CommandFailure("cannot start \(path): \(String(cString: strerror(errno)))").exit()
        }
        CommandFailure("'\(arguments.dropFirst().first ?? "")' is run by \(executableName), which is not installed beside jobjournal (looked for \(candidates.joined(separator: " and ")))").exit()
    }
}
