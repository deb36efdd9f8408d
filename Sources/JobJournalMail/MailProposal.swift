import JobJournalCore
import JobJournalPlaybook

/// What a message shows, as the proposal's evidence: the day, who wrote to whom, about what,
/// which message, and where it was read.
public struct MailEvidence: Sendable, Hashable {
    public var day: Day
    public var from: [MailAddress]
    public var to: [MailAddress]
    public var cc: [MailAddress]
    public var subject: String?
    public var messageID: String
    /// The message's file (`file:line` in an mbox).
    public var source: String

    init(_ message: MailMessage, messageID: String) {
        day = message.day
        from = message.headers.from
        to = message.headers.to
        cc = message.headers.cc
        subject = message.headers.subject
        self.messageID = messageID
        source = message.source
    }
}

/// One thing the mail shows was done or heard, and what recording it writes.
public struct MailProposal: Sendable, Hashable {
    public enum What: Sendable, Hashable {
        /// An action from `due`, done: `jobjournal done ID --date DAY --via email`.
        case action(id: String, kind: DueAction.Kind)
        /// A log entry: news from the employer (`From Mr. Jones: SUBJECT`).
        case entry(String)
    }

    public var what: What
    /// The application's file, relative to the journal root.
    public var file: String
    public var day: Day
    /// What is written, in a sentence.
    public var summary: String
    public var evidence: MailEvidence
}

/// A message about more than one application, where neither the dates nor its thread say
/// which: reported, not applied.
public struct MailAmbiguity: Sendable, Hashable {
    public var files: [String]
    public var evidence: MailEvidence
}
