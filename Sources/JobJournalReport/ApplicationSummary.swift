import JobJournalCore
import JobJournalPlaybook

/// One application as the report's pipeline shows it: where it stands, when something last
/// happened, and what to do next.
public struct ApplicationSummary: Sendable, Hashable {
    /// The file, relative to the journal root.
    public var file: String
    public var company: String
    public var position: String
    public var status: Status
    /// True when the status was worked out from the dates rather than written in the file.
    public var statusIsDerived: Bool
    public var applied: Day?
    /// Every day something happened, up to today, oldest first, each day once.
    public var activity: [Day]
    /// The first action the playbook proposes for it, however far ahead (nil when closed or
    /// when nothing is due).
    public var next: DueAction?
    /// The next interview from today on.
    public var nextInterview: Day?

    public init(_ app: Application, today: Day, settings: Settings = Settings(), next: DueAction? = nil) {
        let facts = ApplicationFacts(app, today: today, settings: settings)
        file = app.file
        company = app.company
        position = app.position
        status = app.status
        statusIsDerived = app.statusIsDerived
        applied = app.applied
        // Sorted, then each day once (cheaper than a set for a handful of days).
        let days = facts.eventDays.sorted()
        activity = days.indices.compactMap { i in i > 0 && days[i - 1] == days[i] ? nil : days[i] }
        self.next = next
        nextInterview = app.interviews.map(\.date).filter { $0 >= today }.min()
    }

    /// The latest day something happened, up to today.
    public var lastActivity: Day? { activity.last }

    /// Whole days from the last activity to `today`.
    public func daysSinceActivity(_ today: Day) -> Int? { lastActivity.map { today.days(since: $0) } }

    /// Pipeline order: by stage, then the next action's due day (none last), then company and
    /// file. Sort keys are worked out once per application, not in every comparison.
    static func inPipelineOrder(_ rows: consuming [ApplicationSummary]) -> [ApplicationSummary] {
        let (company, file) = ranks(rows)
        let keys = rows.indices.map { i in (rows[i].status, (rows[i].next?.due.ordinal).map(Int.init) ?? Int.max, company[i], file[i]) }
        rows.arrange(by: SortKeys.order(keys) { a, b in (a.0, a.1, a.2, a.3) < (b.0, b.1, b.2, b.3) })
        return rows
    }

    /// Most recent activity first, then company and file.
    static func inRecentOrder(_ rows: consuming [ApplicationSummary]) -> [ApplicationSummary] {
        let (company, file) = ranks(rows)
        // Most recent first: the day's ordinal negated.
        let keys = rows.indices.map { i in (-(rows[i].lastActivity.map { Int($0.ordinal) } ?? Int.min + 1), company[i], file[i]) }
        rows.arrange(by: SortKeys.order(keys) { a, b in (a.0, a.1, a.2) < (b.0, b.1, b.2) })
        return rows
    }

    /// The rows' companies ranked in lower case, and their files in path order: numbers to
    /// sort by, so that no string is compared (or copied) at each step of the sort.
    private static func ranks(_ rows: borrowing [ApplicationSummary]) -> (company: [Int], file: [Int]) {
        (SortKeys.ranks(of: rows.indices.map { rows[$0].company.lowercased() }, by: <),
         SortKeys.ranks(of: rows.indices.map { rows[$0].file }, by: PathOrder.precedes))
    }
}
