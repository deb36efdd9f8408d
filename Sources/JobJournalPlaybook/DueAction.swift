import JobJournalCore

/// Something the job seeker should do, by when, and why.
public struct DueAction: Sendable, Hashable {
    /// Which piece of advice an action follows. Its name is the one name of that advice
    /// everywhere: in action ids, `jobjournal draft KIND`, JSON and the docs. Each rule
    /// declares its own kind in its file (`DueAction.Kind.thankYou` in `ThankYouRule.swift`);
    /// kinds rank by their rule's place in `Playbook.standard`.
    public struct Kind: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The name: `thank-you`, `brief-references`.
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }
    }

    /// Where an action stands on a given day. Due on a day means on time through that day.
    public enum Timing: String, Sendable, CaseIterable, Comparable {
        case overdue, today, upcoming

        package init(due: Day, today: Day) {
            self = due < today ? .overdue : due == today ? .today : .upcoming
        }

        private var rank: Int { Timing.order.firstIndex(of: self)! }
        private static let order = allCases
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

    package init(id: String, application: String, company: String, position: String, kind: Kind, due: Day,
                 status: Timing, title: String, channel: Channel?, who: [String], explain: String, line: Int) {
        self.id = id
        self.application = application
        self.company = company
        self.position = position
        self.kind = kind
        self.due = due
        self.status = status
        self.title = title
        self.channel = channel
        self.who = who
        self.explain = explain
        self.line = line
    }
}
