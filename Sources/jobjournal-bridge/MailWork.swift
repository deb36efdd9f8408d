import ArgumentParser
import JobJournalCLI
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit
import JobJournalMail

import Glibc

extension Mail {
    /// Reads the sources, matches the messages, prints the proposals and writes them with --apply.
    func work() throws {
        let loaded = journal.load()
        let today = journal.day
        let settings = loaded.settings
        var sources: [MailSource] = maildir.map(MailSource.maildir) + mbox.map(MailSource.mbox) + eml.map(MailSource.eml)
        if sources.isEmpty {
            let root = loaded.root
            func resolve(_ path: String) -> String {
                if path.hasPrefix("~/"), let home = Environment.value("HOME") { return FileSystem.join(home, String(path.dropFirst(2))) }
                return path.hasPrefix("/") ? path : FileSystem.join(root, path)
            }
            sources = settings.mail.maildir.map { .maildir(resolve($0)) } + settings.mail.mbox.map { .mbox(resolve($0)) }
                + settings.mail.eml.map { .eml(resolve($0)) }
        }
        guard !sources.isEmpty else {
            CommandFailure("no mail to read: give --maildir, --mbox or --eml, or set mail: in \(Settings.fileName) (docs/mail.md)").exit()
        }
        let addresses = me.isEmpty ? settings.me : me
        if addresses.isEmpty {
            printError("jobjournal: no address of yours is known (--me, or me: in \(Settings.fileName)), so no message counts as sent by you")
        }
        let scan: MailReader.Scan
        do {
            scan = try MailReader.read(sources)
        } catch {
            CommandFailure(error.description).exit()
        }
        let match = MailMatcher.match(scan.messages, journal: loaded, me: addresses, today: today,
                                      since: try parseDay(since, option: "--since"))
        let problems = scan.diagnostics + match.problems
        if !problems.isEmpty { printError(DiagnosticFormat.gnu(problems)) }
        var refused = false
        if apply { refused = write(match, loaded, today: today) }
        switch format {
        case .text: writeOut(MailOutput.text(match, applied: apply))
        case .json: writeOut(MailOutput.json(match))
        }
        if refused { Glibc.exit(ExitStatus.problems) }
    }

    /// Writes each file's proposals, worked out again from the file as it is under the lock.
    /// Returns whether a file refused.
    private func write(_ match: MailMatcher.Match, _ loaded: Journal, today: Day) -> Bool {
        var refused = false
        for (file, items) in match.items.sorted(by: { $0.key < $1.key }) {
            guard let parsed = loaded.files.first(where: { $0.path == file }) else { continue }
            let path = parsed.displayPath
            do {
                try AtomicWrite.update(path, hook: testHook()) { bytes throws(EditRefusal) in
                    let editable = EditableFile(bytes: bytes, path: file, displayPath: path)
                    let plan = MailPlan.plan(editable, items, today: today, settings: loaded.settings)
                    if let problem = plan.problems.first { throw EditRefusal(problem.message, line: problem.location.line) }
                    return (plan.file.lines.bytes, ())
                }
            } catch {
                switch error {
                case .refused(let refusal): printError("jobjournal: \(refusal.reported(for: path))")
                case .io(let message): printError("jobjournal: \(message)")
                }
                refused = true
            }
        }
        return refused
    }
}
