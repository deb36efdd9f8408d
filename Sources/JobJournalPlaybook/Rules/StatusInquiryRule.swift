import JobJournalCore

/// "You were told the next step would happen by a certain date, and that date has passed."
/// Follow their wishes on how to be contacted: "draft a message that re-introduces yourself
/// and reminds them of when you interviewed (and for which position). State that you were
/// anticipating hearing from him/her by (date), and ... inquire about the status of the
/// hiring process." So: when the latest interview's `next-step` is before today and nothing
/// has happened since it, an inquiry is due the day after the promised day.
public struct StatusInquiryRule: Rule {
    public let kind = DueAction.Kind.statusInquiry
    public init() {}

    /// The interview whose promised next step has passed without news, if any.
    public static func overdueNextStep(_ app: ApplicationFacts) -> (interview: Interview, nextStep: Day)? {
        guard let interview = app.latestInterview, let next = interview.nextStep, next < app.today,
            !app.hasNews(after: next)
        else { return nil }
        return (interview, next)
    }

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        guard let (interview, next) = Self.overdueNextStep(app) else { return [] }
        let people = app.interviewers(of: interview)
        let channel = app.preferredChannel(of: people)
        let position = app.application.position
        var explain = "You interviewed on \(interview.date) for the \(position) position and expected to hear by \(next); "
        explain += "nothing is recorded since. Re-introduce yourself, remind them when you interviewed and for which position, "
        explain += "say you were expecting to hear by \(next), and ask about the status of the hiring process. "
        if let channel {
            explain += "Contact them by \(channel), as they asked."
        } else {
            explain += "No preferred channel is recorded: the article says to ask at the end of the interview how they prefer to be contacted."
        }
        return [action(
            app, event: next, due: next.adding(days: 1),
            title: "Ask \(Wording.people(people)) about the status: you expected to hear by \(next)",
            channel: channel, who: people.map(\.addressedAs), explain: explain, line: interview.location.line)]
    }
}
