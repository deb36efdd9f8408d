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
    static func inPipelineOrder(_ rows: [ApplicationSummary]) -> [ApplicationSummary] {
        rows.sorted(byKey: { ($0.status, $0.next.map { Int($0.due.ordinal) } ?? Int.max, $0.company.lowercased(), $0.file) }) { a, b in
            if a.0 != b.0 { return a.0 < b.0 }
            if a.1 != b.1 { return a.1 < b.1 }
            if a.2 != b.2 { return a.2 < b.2 }
            return PathOrder.precedes(a.3, b.3)
        }
    }

    /// Most recent activity first, then company and file.
    static func inRecentOrder(_ rows: [ApplicationSummary]) -> [ApplicationSummary] {
        rows.sorted(byKey: { ($0.lastActivity.map { Int($0.ordinal) } ?? Int.min, $0.company.lowercased(), $0.file) }) { a, b in
            if a.0 != b.0 { return a.0 > b.0 }
            if a.1 != b.1 { return a.1 < b.1 }
            return PathOrder.precedes(a.2, b.2)
        }
    }
}
