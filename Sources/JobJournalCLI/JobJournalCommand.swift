import ArgumentParser
import CJemalloc
import CJemallocSettings
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

import Glibc

package struct JobJournalCommand: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        commandName: "jobjournal",
        abstract: "Tells a job seeker what to do next, from a folder of Markdown notes.",
        discussion: """
            Keep one Markdown file per job application, with the dates and the people in YAML \
            front matter and your notes below it. jobjournal reads the folder and follows the \
            follow-up playbook: thank-you notes within a day, briefing your references, \
            following up when a promised date has passed, keeping your own promises, checking \
            in while you wait, and getting a verbal offer in writing.

            JOURNAL
            The journal is --dir, else $JOBJOURNAL_DIR, else the nearest folder upward that \
            holds .jobjournal.yaml, else the current folder. See docs/format.md for the format.

            EXAMPLES
              jobjournal check                        check every file; problems as path:line:col
              jobjournal check --stdin-filename a.md  check an unsaved editor buffer
              jobjournal due --today 2026-11-26       what is due, as of a given day
              jobjournal report -o report.html        the whole search on one page
              jobjournal done ID                      record an action from due as done
              jobjournal log abc "Mr. Jones called."  add to an application's log
              jobjournal draft thank-you abc          draft the thank-you note

            WRITING
            init, new, log, done, set and draft --append change files: only the lines they \
            must, atomically, never over a change made meanwhile, never a read-only file; \
            --dry-run shows the diff. report -o replaces its file the same way. See \
            docs/editing.md.

            EXIT STATUS
              0  success; for check, no errors (warnings alone do not fail without --strict)
              1  check found errors (or warnings with --strict); a write was refused because \
            of the file's content, and nothing was written
              2  the command itself failed: bad usage, an unknown application or action, a \
            journal or file that cannot be read or written
            """,
        version: JobJournalVersion.string,
        subcommands: [Check.self, Due.self, Refs.self, ReportCommand.self, Init.self, New.self, Log.self, Done.self,
                      SetValue.self, Unset.self, DraftCommand.self, Import.self, Export.self, Migrate.self, Lsp.self, Mail.self, Stats.self, Manual.self]
    )

    /// Runs the command; usage errors exit 2 (not ArgumentParser's 64), as documented.
    package static func main() {
        Allocator.configure()
        CacheFile.useBuild(of: Bridge.executables)
        if let check = FastPath.check(CommandLine.arguments.dropFirst()) { Glibc.exit(check.run()) }
        DashedWords.refuseHelpInDisguise(CommandLine.arguments.dropFirst())
        if let topic = unknownHelpTopic(CommandLine.arguments.dropFirst()) {
            let names = visibleCommandNames.joined(separator: ", ")
            printError("Error: there is no command '\(topic)'; the commands are \(names)\n  See 'jobjournal --help' for more information.")
            Glibc.exit(ExitStatus.failure)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success, let help = HelpLayout.help(for: error, width: TerminalOptions.width()) {
                writeOut(help + "\n")
                Glibc.exit(ExitStatus.success)
            }
            if code == .validationFailure {
                // ArgumentParser's message already ends with where to read more.
                printError(fullMessage(for: error))
                Glibc.exit(ExitStatus.failure)
            }
            exit(withError: error)
        }
    }
}

extension JobJournalCommand {
    /// The names of the commands `help` lists.
    static var visibleCommandNames: [String] {
        configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }
    }

    /// `help nosuch`: the word that names no command. ArgumentParser would print the main
    /// help and succeed, as if the question had been answered.
    static func unknownHelpTopic(_ arguments: ArraySlice<String>) -> String? {
        guard arguments.first == "help" else { return nil }
        var commands: [ParsableCommand.Type] = configuration.subcommands
        for word in arguments.dropFirst() where !word.hasPrefix("-") && word != "help" {
            guard let command = commands.first(where: { $0._commandName == word }) else { return word }
            commands = command.configuration.subcommands
        }
        return nil
    }
}

/// jemalloc serves every malloc of the process (libyaml and libcmark allocate for each
/// token and node). A command lives for a moment, so handing freed pages back to the
/// system is wasted work: decay is turned off before any thread starts. This call is also
/// the use of jemalloc that keeps the linker from dropping it.
enum Allocator {
    static func configure() {
        // jemalloc has read its settings (CJemallocSettings) by now; naming them keeps the
        // linker from leaving them out.
        _ = jobjournal_jemalloc_settings()
        var never = -1
        for setting in ["arenas.dirty_decay_ms", "arenas.muzzy_decay_ms", "arena.0.dirty_decay_ms", "arena.0.muzzy_decay_ms"] {
            _ = mallctl(setting, nil, nil, &never, MemoryLayout<Int>.size)
        }
    }
}

/// The documented exit statuses.
package enum ExitStatus {
    package static let success: Int32 = 0
    package static let problems: Int32 = 1
    package static let failure: Int32 = 2
}

/// Writes a message to standard error. Whatever it quotes (an argument, a file name, a
/// value) reaches the terminal with its control characters shown (`Terminal.plainLines`),
/// ArgumentParser's own messages included.
package func printError(_ message: String) {
    let shown = Terminal.plainLines(message)
    var standardError = FileDescriptorSink(fd: 2)
    standardError.write(shown.hasSuffix("\n") ? shown : shown + "\n")
}

/// Writes to standard output in one call, without Swift's per-print locking.
package func writeOut(_ text: String) {
    var standardOutput = FileDescriptorSink(fd: 1)
    standardOutput.write(text)
}

/// A failure of the command itself: message on stderr, exit status 2.
package struct CommandFailure: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}

extension CommandFailure {
    package func exit() -> Never {
        printError("jobjournal: \(description)")
        Glibc.exit(ExitStatus.failure)
    }
}
