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

// MARK: Kind

extension DueAction.Kind {
    /// `thank-you`: see `ThankYouRule`.
    public static let thankYou = Self(rawValue: "thank-you")
}

// MARK: Done

extension ThankYouRule {
    /// The interview's `thank-you: D`, or `{sent: D, via: card}` when the channel is given.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        let value: DoneRecord.Value = channel.map { .mapping([.init("sent", day.description), .init("via", $0.name)]) } ?? .day(day)
        return DoneRecord([.set(.item(of: "interviews", line: action.line, "thank-you"), to: value)],
                          summary: "thank-you to \(Wording.list(action.who)) sent on \(day)\(Wording.by(channel))")
    }
}

// MARK: The draft

/// The thank-you note, with the article's four points: the interviewer addressed by name
/// ("Ms. Jones or Mr. Smith, not 'Bob' or 'Nancy'"), thanks for their time and the
/// opportunity to interview for the position, one thing that resonated or needs clarifying
/// (from the interview's `Resonated:` and `Clarify:` notes), and the next step as agreed.
/// One note per interviewer; email gets a subject line ("Great Meeting You Today").
extension ThankYouRule: DraftingRule {
    package func drafts(_ c: DraftContext) throws(DraftProblem) -> [Draft] {
        let interview = try c.interview()
        let people = try c.interviewers(of: interview)
        let recipients: [Contact?] = people.isEmpty ? [nil] : people
        return recipients.map { note(to: $0, interview, c) }
    }

    private func note(to contact: Contact?, _ interview: Interview, _ c: DraftContext) -> Draft {
        let channel = c.channel(contact)
        var paragraphs = [c.salutation(contact)]

        var thanks = "Thank you for the opportunity to meet with you \(c.when(interview.date, midSentence: true)) to discuss \(c.position)."
        if let resonated = c.notes(.resonated, of: interview).first {
            thanks += " I especially enjoyed hearing about \(Wording.clause(resonated, inLetter: true)), and I am confident I could be a great asset to the team in this position."
        } else {
            thanks += " [One thing from the interview that especially resonated with you.]"
        }
        paragraphs.append(thanks)

        if let clarify = c.notes(.clarify, of: interview).first {
            paragraphs.append("I also wanted to clarify one point from our conversation. \(Wording.sentence(clarify))")
        }

        var close: String
        if let next = interview.nextStep {
            close = "As we discussed, I look forward to hearing back from you \(c.ahead(next))"
            if !interview.isFinal, interview.round != nil { close += ", and I hope to be selected for the next round of interviews" }
            close += "."
        } else {
            close = "[Confirm the next step: what you will do, or what you expect from \(c.addressed(contact)), and when.]"
        }
        close += " Thanks again for taking the time to meet with me."
        paragraphs.append(close)
        paragraphs.append(c.signature)

        return Draft(kind: kind, what: channel == .card ? "Thank-you card" : "Thank-you note",
                     to: contact.map(c.addressed) ?? "the interviewer", channel: channel,
                     subject: channel == .card ? nil : subject(interview, c), paragraphs: paragraphs)
    }

    /// The article's subject lines: "Great Meeting You Today", "Thanks For Meeting With Me Yesterday".
    private func subject(_ interview: Interview, _ c: DraftContext) -> String {
        switch c.today.days(since: interview.date) {
        case 0: return "Great Meeting You Today"
        case 1: return "Thanks For Meeting With Me Yesterday"
        default: return "Thank You for Meeting With Me"
        }
    }
}
