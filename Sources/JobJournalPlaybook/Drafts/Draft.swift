import JobJournalCore

/// A message the article tells the job seeker to send, drafted from the journal: ready to
/// paste into an email or copy onto a card, with `[...]` where only they can fill in.
public struct Draft: Sendable, Hashable {
    /// The advice it follows: the kind of the rule that drafts it.
    public var kind: DueAction.Kind
    /// What it is, for its heading: "Thank-you card", "Reference briefing".
    public var what: String
    /// The person it goes to, as addressed ("Mr. Jones", "Dana Smith").
    public var to: String
    /// How it goes: by their preference; email when none is recorded.
    public var channel: Channel
    /// The subject line, for email.
    public var subject: String?
    /// The salutation, the paragraphs and the signature, in order.
    public var paragraphs: [String]

    /// The heading it is kept under in `## Drafts`; never starts with a date, so it is not
    /// read as activity.
    public var title: String { "\(what) to \(to)" }

    /// The draft as lines of text: the subject (or how it goes), a blank line, then the
    /// paragraphs separated by blank lines.
    public var lines: [String] {
        var out: [String] = []
        if let subject { out += ["Subject: \(subject)", ""] } else if channel != .email { out += ["(By \(channel).)", ""] }
        for (i, paragraph) in paragraphs.enumerated() {
            if i > 0 { out.append("") }
            out += paragraph.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return out
    }

    public var text: String { lines.joined(separator: "\n") + "\n" }
}

/// Why a draft cannot be made: nothing in the journal to draft it from.
public struct DraftProblem: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Drafts messages for one application: the rule of the kind asked for writes them.
public enum Drafting {
    public struct Request: Sendable {
        /// The kind of advice the message follows (`thank-you`, `brief-references`, ...).
        public var kind: DueAction.Kind
        /// The interview the message is about (default: the latest one up to today).
        public var interview: Day?
        /// Whom to write to: part of a contact's (or, for a briefing, a reference's) name.
        public var to: String?
        public var today: Day
        /// The name to sign with (`name` in `.jobjournal.yaml`).
        public var signature: String?

        public init(kind: DueAction.Kind, interview: Day? = nil, to: String? = nil, today: Day, signature: String? = nil) {
            self.kind = kind
            self.interview = interview
            self.to = to
            self.today = today
            self.signature = signature
        }
    }

    /// The kinds with a draft, in the playbook's order.
    public static var kinds: [DueAction.Kind] { rules.map(\.kind) }

    /// The kind `draft` means by `name`: a kind's name, or a name `draft` used for it before.
    public static func kind(named name: String) -> DueAction.Kind? {
        rules.first { $0.kind.rawValue == name || $0.formerDraftNames.contains(name) }?.kind
    }

    public static func drafts(_ request: Request, for app: Application) throws(DraftProblem) -> [Draft] {
        guard let rule = rules.first(where: { $0.kind == request.kind }) else {
            throw DraftProblem("there is no draft for \(request.kind); drafts: \(kinds.map(\.rawValue).joined(separator: ", "))")
        }
        return try rule.drafts(DraftContext(app: app, request: request))
    }

    private static var rules: [any DraftingRule] { Playbook.standard.rules.compactMap { $0 as? any DraftingRule } }
}
