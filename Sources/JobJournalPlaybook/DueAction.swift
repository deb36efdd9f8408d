import JobJournalCore

/// Something the job seeker should do, by when, and why.
public struct DueAction: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case thankYou = "thank-you"
        case briefReferences = "brief-references"
        case statusInquiry = "status-inquiry"
        case promise
        case task
        case checkIn = "check-in"
        case askReferences = "ask-references"
        case requestWrittenOffer = "request-written-offer"
        case reviewOfferLetter = "review-offer-letter"

        private var rank: Int { Kind.allCases.firstIndex(of: self)! }
        public static func < (a: Kind, b: Kind) -> Bool { a.rank < b.rank }
    }

    /// Where an action stands on a given day. Due on a day means on time through that day.
    public enum Timing: String, Sendable, CaseIterable, Comparable {
        case overdue, today, upcoming

        init(due: Day, today: Day) {
            self = due < today ? .overdue : due == today ? .today : .upcoming
        }

        private var rank: Int { Timing.allCases.firstIndex(of: self)! }
        public static func < (a: Timing, b: Timing) -> Bool { a.rank < b.rank }
    }

    /// The same for the same file and event across runs and machines:
    /// `abc-company-senior-sales-consultant/thank-you/2026-11-19`.
    public var id: String
    /// The application's file, relative to the journal root.
    public var application: String
    public var company: String
    public var position: String
    public var kind: Kind
    public var due: Day
    public var status: Timing
    /// One line saying what to do.
    public var title: String
    /// How to reach them, where it applies.
    public var channel: Channel?
    /// The people concerned, as they would be addressed.
    public var who: [String]
    /// The facts and dates this was derived from, in a sentence or two.
    public var explain: String
    /// The file line the action comes from, for editors to jump to.
    public var line: Int
}
