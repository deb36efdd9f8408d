import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit
import JobJournalMail

import Glibc

struct Mail: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read your mail and record what was sent and received.",
        discussion: """
            Reads the headers of the messages in Maildir folders, mbox files and folders of \
            .eml files (never the bodies; nothing is sent, the mailbox is never written) and \
            proposes what they show: a thank-you sent, a reference briefed, a status inquiry \
            or a check-in made, the offer asked for in writing, and news from a contact as a \
            log entry 'From Mr. Jones: SUBJECT'. A message is about an application only when \
            one of its addresses is the email of a contact or reference in it. --apply writes \
            the proposals as 'done' and 'log' would, each naming its Message-ID, so running \
            it again proposes nothing new. Days are your own calendar days (TZ). The sources \
            and your addresses may be set in .jobjournal.yaml (mail:, me:). See docs/mail.md.

            EXAMPLES
              jobjournal mail --maildir ~/Mail --me jane@example.org
              jobjournal mail --mbox ~/mail/sent.mbox --mbox ~/mail/inbox.mbox --since 2026-11-01
              jobjournal mail --apply

            EXIT STATUS
              0  proposals printed, or written with --apply
              1  with --apply, a file refused a write (its front matter has errors, or it \
            changed meanwhile); the others were written
              2  bad usage, or a mail source that cannot be read
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var journal: JournalOptions

    @Option(help: ArgumentHelp("A Maildir root, its folders included (repeatable).", valueName: "dir"), completion: .directory)
    var maildir: [String] = []

    @Option(help: ArgumentHelp("An mbox file (repeatable).", valueName: "file"), completion: .file())
    var mbox: [String] = []

    @Option(help: ArgumentHelp("A folder of .eml files, or one such file (repeatable).", valueName: "dir"), completion: .file())
    var eml: [String] = []

    @Option(help: ArgumentHelp("One of your own addresses (repeatable; default: me: in .jobjournal.yaml).", valueName: "address"))
    var me: [String] = []

    @Option(help: ArgumentHelp("Only messages of this day or later, YYYY-MM-DD.", valueName: "date"))
    var since: String?

    @Flag(help: "Write the proposals to the journal.")
    var apply = false

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        _ = try parseDay(since, option: "--since")
    }

    func run() throws {
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
