import JobJournalCore

/// "You've completed several interviews and are waiting on a job offer." Don't be pushy;
/// "be confident and helpful. A follow-up call or email at this point asks one simple
/// question, 'Do you need anything else from me to help you make the hiring decision?'"
/// So: after a final round, with nothing scheduled, no promised day still ahead, no status
/// inquiry due and no offer, a check-in is due `check-in-days` after the last activity.
public struct CheckInRule: Rule {
    public let kind = DueAction.Kind.checkIn
    public init() {}

    /// The day the wait began (the last activity) when the application is waiting on a
    /// decision after its final round; nil otherwise. The reference follow-up shares it.
    public static func waitingSince(_ app: ApplicationFacts) -> Day? {
        guard let interview = app.latestInterview, interview.isFinal, !app.hasInterviewAhead,
            interview.nextStep.map({ $0 <= app.today }) ?? true,
            StatusInquiryRule.overdueNextStep(app) == nil,
            app.application.offer == nil
        else { return nil }
        return app.lastActivity
    }

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        guard let since = Self.waitingSince(app), let interview = app.latestInterview else { return [] }
        let people = app.interviewers(of: interview)
        let channel = app.preferredChannel(of: people)
        let due = since.adding(days: app.settings.checkInDays)
        var explain = "Your final interview was on \(interview.date) and the last activity on \(since); "
        explain += "after \(app.settings.checkInDays) quiet days, check in briefly and confidently: "
        explain += "\"Do you need anything else from me to help you make the hiring decision?\""
        if let channel { explain += " By \(channel), as they asked." }
        return [action(
            app, event: since, due: due,
            title: "Check in with \(Wording.people(people)): do they need anything else to make the decision?",
            channel: channel, who: people.map(\.addressedAs), explain: explain, line: interview.location.line)]
    }
}

// MARK: Kind

extension DueAction.Kind {
    /// `check-in`: see `CheckInRule`.
    public static let checkIn = Self(rawValue: "check-in")
}

// MARK: Done

extension CheckInRule {
    /// A log entry: nothing in the front matter says a check-in was made.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        .logged("Checked in with \(Wording.list(action.who))\(Wording.by(channel)): asked whether they need anything else from me to make the decision.")
    }
}

// MARK: The draft

/// The check-in while waiting on a decision after the last round: "Don't be pushy or sound
/// desperate at this stage. Instead, be confident and helpful. A follow-up call or email at
/// this point asks one simple question, 'Do you need anything else from me to help you make
/// the hiring decision?' You may preface that with, 'I know you're busy, and I don't want to
/// take up too much of your time, but I wanted to make sure you had everything from me that
/// you needed.'"
extension CheckInRule: DraftingRule {
    package func drafts(_ c: DraftContext) throws(DraftProblem) -> [Draft] {
        let interview = try c.interview()
        let contact = try c.interviewers(of: interview).first
        let channel = c.channel(contact)
        let paragraphs = [
            c.salutation(contact),
            "I interviewed with you \(c.when(interview.date, midSentence: true)) for \(c.position). I know you're busy, and I don't want to take up too much of your time, but I wanted to make sure you had everything from me that you needed. Do you need anything else from me to help you make the hiring decision?",
            "Thank you again for your time and consideration.",
            c.signature,
        ]
        return [Draft(kind: kind, what: "Check-in", to: c.addressed(contact), channel: channel,
                      subject: channel == .email ? "Checking in on the \(c.app.position) position" : nil, paragraphs: paragraphs)]
    }
}
