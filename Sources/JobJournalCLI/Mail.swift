import ArgumentParser
import JobJournalCore

package struct Mail: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
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

    package enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup package var journal: JournalOptions

    @Option(help: ArgumentHelp("A Maildir root, its folders included (repeatable).", valueName: "dir"), completion: .directory)
    package var maildir: [String] = []

    @Option(help: ArgumentHelp("An mbox file (repeatable).", valueName: "file"), completion: .file())
    package var mbox: [String] = []

    @Option(help: ArgumentHelp("A folder of .eml files, or one such file (repeatable).", valueName: "dir"), completion: .file())
    package var eml: [String] = []

    @Option(help: ArgumentHelp("One of your own addresses (repeatable; default: me: in .jobjournal.yaml).", valueName: "address"))
    package var me: [String] = []

    @Option(help: ArgumentHelp("Only messages of this day or later, YYYY-MM-DD.", valueName: "date"))
    package var since: String?

    @Flag(help: "Write the proposals to the journal.")
    package var apply = false

    @Option(help: "Output format: text or json.")
    package var format: Format = .text

    package func validate() throws {
        _ = try parseDay(since, option: "--since")
    }

    package func run() throws { try Bridge.run(self) }
}
