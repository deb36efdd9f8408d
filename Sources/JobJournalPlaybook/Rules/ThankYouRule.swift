import JobJournalCore

/// "The first — and most important — thing to do is to send a follow-up note. ... It's a
/// must." A handwritten card must be mailed "right away so that it arrives the next day";
/// an email goes to the right person, the same day. So: every interview on or before today
/// without a recorded `thank-you` calls for a note, due the day after the interview, by
/// each interviewer's preferred channel, else email.
public struct ThankYouRule: Rule {
    public let kind = DueAction.Kind.thankYou
    public init() {}

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        var actions: [DueAction] = []
        for interview in app.pastInterviews where interview.thankYou == nil {
            let people = app.interviewers(of: interview)
            let channel = app.preferredChannel(of: people) ?? .email
            let position = app.application.position
            var explain = "You interviewed"
            if !people.isEmpty { explain += " with \(Wording.list(people.map(\.name)))" }
            explain += " on \(interview.date) for the \(position) position and no thank-you is recorded. "
            let byPerson = people.map { "\($0.addressedAs) by \($0.prefers?.description ?? "email")" }
            if people.count > 1, Set(people.map { $0.prefers ?? .email }).count > 1 {
                explain += "Send each a note: \(Wording.list(byPerson)). "
            } else if people.contains(where: { $0.prefers != nil }) {
                explain += "Send it by \(channel), the channel they asked for. "
            } else {
                explain += "Send it by email (no preferred channel is recorded). "
            }
            if people.contains(where: { ($0.prefers ?? .email) == .card }) {
                explain += "Mail a card at once so it arrives the next day. "
            }
            explain += "Thank them by name for their time and the opportunity, mention one thing that resonated, and confirm the next step."
            actions.append(action(
                app, event: interview.date, key: sameDayKey(interview, in: app), due: interview.date.adding(days: 1),
                title: "Send a thank-you note to \(Wording.people(people)) for the \(position) interview",
                channel: channel, who: people.map(\.addressedAs), explain: explain, line: interview.location.line))
        }
        return actions
    }

    /// Two interviews on one day get distinct ids by the interviewers' names.
    private func sameDayKey(_ interview: Interview, in app: ApplicationFacts) -> String? {
        let sameDay = app.pastInterviews.filter { $0.date == interview.date }
        guard sameDay.count > 1 else { return nil }
        return interview.with.isEmpty ? "interview \(interview.index + 1)" : interview.with.joined(separator: " ")
    }
}
