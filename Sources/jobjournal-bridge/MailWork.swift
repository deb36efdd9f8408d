import ArgumentParser
import JobJournalCLI
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit
import JobJournalMail

import Dispatch
import Glibc

extension Mail {
    /// Reads the sources, matches the messages, prints the proposals and writes them with --apply.
    func work() throws {
        let today = journal.day
        let root = journal.root
        let settings = JournalLoader.settings(root: root).0
        var sources: [MailSource] = maildir.map(MailSource.maildir) + mbox.map(MailSource.mbox) + eml.map(MailSource.eml)
        if sources.isEmpty {
            func resolve(_ path: String) -> String {
                if path.hasPrefix("~/"), let home = Environment.value("HOME") { return FileSystem.join(home, String(path.dropFirst(2))) }
                return path.hasPrefix("/") ? path : FileSystem.join(root, path)
            }
            sources = settings.mail.maildir.map { .maildir(resolve($0)) } + settings.mail.mbox.map { .mbox(resolve($0)) }
                + settings.mail.eml.map { .eml(resolve($0)) }
        }
        guard !sources.isEmpty else {
            _ = journal.load()  // a journal that cannot be read is the first thing to say
            CommandFailure("no mail to read: give --maildir, --mbox or --eml, or set mail: in \(Settings.fileName) (docs/mail.md)").exit()
        }
        let addresses = me.isEmpty ? settings.me : me
        if addresses.isEmpty {
            printError("jobjournal: no address of yours is known (--me, or me: in \(Settings.fileName)), so no message counts as sent by you")
        }
        // The mailbox is read while the journal is: neither needs the other until matching.
        // The cores are shared out between the two rather than each taking them all: on two
        // cores, one thread each was faster (0.93-0.94 of cat's time against 1.04-1.10 over
        // 10,000 messages and applications: docs/mail.md) and used less time in all.
        let cores = Parallel.processorCount()
        let reading = Slots<Result<MailReader.Scan, MailReader.Failure>>(count: 1)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { [sources] in
            reading.store(Result { () throws(MailReader.Failure) in try MailReader.read(sources, workers: max(1, cores / 2)) }, at: 0)
        }
        let loaded = journal.load(workers: max(1, cores - cores / 2))
        group.wait()
        let scan: MailReader.Scan
        switch reading.take()[0] {
        case .success(let read): scan = read
        case .failure(let error): CommandFailure(error.description).exit()
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
        UntilExit.keep(loaded, scan, match)
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
