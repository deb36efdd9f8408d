import JobJournalCore

/// An interview on today's date or later: what the calendar feed shows as an all-day event.
public struct UpcomingInterview: Sendable, Hashable {
    /// Stable across runs: `summit-ridge-outfitters-wholesale-account-representative/interview/2026-12-01`,
    /// with `/2`, `/3` for a second and third interview of one application on the same day.
    public var id: String
    public var file: String
    public var company: String
    public var position: String
    public var date: Day
    public var round: Int?
    public var isFinal: Bool
    /// The interviewers as written, with their role where the contact records it.
    public var with: [String]
    public var line: Int

    /// Every interview from `today` on of these applications, by date, then file.
    public static func all(_ applications: [Application], from today: Day) -> [UpcomingInterview] {
        var out: [UpcomingInterview] = []
        for app in applications {
            var seen: [Day: Int] = [:]
            for interview in app.interviews.sorted(by: { $0.date < $1.date }) {
                seen[interview.date, default: 0] += 1
                guard interview.date >= today else { continue }
                let n = seen[interview.date]!
                var id = app.idBase + "/interview/" + interview.date.description
                if n > 1 { id += "/\(n)" }
                let people = app.interviewers(of: interview).map { c in c.role.map { "\(c.name) (\($0))" } ?? c.name }
                out.append(UpcomingInterview(id: id, file: app.file, company: app.company, position: app.position,
                                             date: interview.date, round: interview.round, isFinal: interview.isFinal,
                                             with: people, line: interview.location.line))
            }
        }
        return out.sorted { ($0.date, $0.file) < ($1.date, $1.file) }
    }
}
