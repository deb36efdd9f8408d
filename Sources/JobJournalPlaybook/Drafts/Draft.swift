import JobJournalCore

/// A message the article tells the job seeker to send, drafted from the journal: ready to
/// paste into an email or copy onto a card, with `[...]` where only they can fill in.
public struct Draft: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case thankYou = "thank-you"
        case statusInquiry = "status-inquiry"
        case checkIn = "check-in"
        case referenceBrief = "reference-brief"
        case offerRequest = "offer-request"
    }

    public var kind: Kind
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
    public var title: String {
        let what: String
        switch kind {
        case .thankYou: what = channel == .card ? "Thank-you card" : "Thank-you note"
        case .statusInquiry: what = "Status inquiry"
        case .checkIn: what = "Check-in"
        case .referenceBrief: what = "Reference briefing"
        case .offerRequest: what = "Offer request"
        }
        return "\(what) to \(to)"
    }

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

/// Drafts messages for one application.
public enum Drafting {
    public struct Request: Sendable {
        public var kind: Draft.Kind
        /// The interview the message is about (default: the latest one up to today).
        public var interview: Day?
        /// Whom to write to: part of a contact's (or, for a briefing, a reference's) name.
        public var to: String?
        public var today: Day
        /// The name to sign with (`name` in `.jobjournal.yaml`).
        public var signature: String?

        public init(kind: Draft.Kind, interview: Day? = nil, to: String? = nil, today: Day, signature: String? = nil) {
            self.kind = kind
            self.interview = interview
            self.to = to
            self.today = today
            self.signature = signature
        }
    }

    public static func drafts(_ request: Request, for app: Application) throws(DraftProblem) -> [Draft] {
        let context = DraftContext(app: app, request: request)
        switch request.kind {
        case .thankYou: return try ThankYouDraft.make(context)
        case .statusInquiry: return try StatusInquiryDraft.make(context)
        case .checkIn: return try CheckInDraft.make(context)
        case .referenceBrief: return try ReferenceBriefDraft.make(context)
        case .offerRequest: return try OfferRequestDraft.make(context)
        }
    }
}
