import JobJournalCore

/// "If you made a promise ... to contact the interviewer on a certain date, make sure you do
/// it!" The same holds for a day the job seeker set themselves: other trackers keep it as a
/// follow-up date, and people write it down for the day a posting closes or a recruiter
/// said to call back. So: a `follow-up:` day is due on that day, until a dated entry on or
/// after it shows something was done.
public struct FollowUpRule: Rule {
    public let kind = DueAction.Kind.followUp
    public init() {}

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        let application = app.application
        guard let day = application.followUp, !Self.isSettled(app, day) else { return [] }
        let contact = application.contacts.first
        var explain = "You set \(day) as the day to follow up on the \(application.position) application"
        explain += " and nothing is recorded on or after it. Keep the date you set yourself: "
        explain += contact.map { "contact \($0.addressedAs), " } ?? "contact them, "
        explain += "then log what you did (or move the day with 'jobjournal set APP follow-up DAY')."
        return [action(
            app, event: day, due: day,
            title: "Follow up with \(application.company): the day you set",
            channel: contact?.prefers, who: contact.map { [$0.addressedAs] } ?? [], explain: explain,
            line: application.followUpLocation.line)]
    }

    /// A dated log entry or heading on or after the day, up to today, settles it.
    static func isSettled(_ app: ApplicationFacts, _ day: Day) -> Bool {
        let application = app.application
        return application.log.contains { $0.day >= day && $0.day <= app.today }
            || application.entries.contains { $0.day >= day && $0.day <= app.today }
    }
}

// MARK: Kind

extension DueAction.Kind {
    /// `follow-up`: see `FollowUpRule`.
    public static let followUp = Self(rawValue: "follow-up")
}

// MARK: Done

extension FollowUpRule {
    /// A log entry on the day done, which is on or after the follow-up day.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        let whom = action.who.isEmpty ? app.company : Wording.list(action.who)
        return .logged("Followed up with \(whom)\(Wording.by(channel)), as planned for \(action.due).")
    }
}
