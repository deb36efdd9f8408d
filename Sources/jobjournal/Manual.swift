import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

/// Prints the man page, made from the commands' own help, so it cannot say other than
/// `--help` does. `make man` writes it to docs/jobjournal.1; a test keeps that file current.
struct Manual: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the man page (roff).",
        shouldDisplay: false
    )

    func run() throws {
        writeOut(Self.page())
    }

    static func page() -> String {
        let root = JobJournalCommand.configuration
        var out = ".TH JOBJOURNAL 1 \"\" \"jobjournal \(roff(JobJournalVersion.string))\" \"User Commands\"\n"
        out += ".SH NAME\njobjournal \\- \(roff(root.abstract))\n"
        out += ".SH SYNOPSIS\n.B jobjournal\n.I command\n.RI [ options ]\n"
        out += ".SH DESCRIPTION\n" + preformatted(JobJournalCommand.helpMessage(columns: 78))
        out += ".SH COMMANDS\n"
        for command in root.subcommands where command.configuration.shouldDisplay {
            let name = command.configuration.commandName ?? String(describing: command).lowercased()
            out += ".SS \"jobjournal \(roff(name))\"\n"
            out += preformatted(JobJournalCommand.helpMessage(for: command, columns: 78))
        }
        out += ".SH FILES\n.TP\n.I .jobjournal.yaml\nThe journal's settings; its folder is the journal root.\n"
        out += ".TP\n.I template.md\nIn the journal root: the template for\n.BR \"jobjournal new\" .\n"
        out += ".SH ENVIRONMENT\n.TP\n.B JOBJOURNAL_DIR\nThe journal folder, when --dir is not given.\n"
        out += ".TP\n.B JOBJOURNAL_TODAY\nThe day to treat as today, YYYY-MM-DD.\n"
        out += ".TP\n.B NO_COLOR\nNo colour with --color auto.\n"
        out += ".SH SEE ALSO\ndocs/format.md, docs/editing.md and docs/editors.md in the source.\n"
        return out
    }

    /// Help text as it prints, kept as lines (no filling).
    private static func preformatted(_ text: String) -> String {
        var out = ".nf\n"
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let escaped = roff(String(line))
            out += (escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" : "") + escaped + "\n"
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out + ".fi\n"
    }

    private static func roff(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(c)
            }
        }
        return out
    }
}
