import JobJournalCore

/// "You were told the next step would happen by a certain date, and that date has passed."
/// Follow their wishes on how to be contacted: "draft a message that re-introduces yourself
/// and reminds them of when you interviewed (and for which position). State that you were
/// anticipating hearing from him/her by (date), and ... inquire about the status of the
/// hiring process." So: when the latest interview's `next-step` is before today and since it
/// neither has the employer been heard from (`ApplicationFacts.hasEmployerNews`) nor has the
/// job seeker logged anything (the inquiry itself, as `done` writes it), an inquiry is due
/// the day after the promised day. Briefing a reference is the job seeker's own act, not an
/// answer: it does not settle the inquiry.
///
/// "Sometimes, the interviewer won't know the specific timetable or process for moving
/// forward ... The only way to find out if you're still in the running is to follow-up." So
/// too: after a round that was not the last, with no `next-step` promised, nothing scheduled
/// and no news from the employer, an inquiry is due `check-in-days` after the interview,
/// unless something was done since that day.
public struct StatusInquiryRule: Rule {
    public let kind = DueAction.Kind.statusInquiry
    public init() {}

    /// The interview whose promised next step has passed without news or an inquiry, if any.
    public static func overdueNextStep(_ app: ApplicationFacts) -> (interview: Interview, nextStep: Day)? {
        guard let interview = app.latestInterview, let next = interview.nextStep, next < app.today,
            !app.hasEmployerNews(after: next), !app.hasLogEntry(after: next)
        else { return nil }
        return (interview, next)
    }

    /// The interview that left no promised day and no word since, when an inquiry is due
    /// after it: not the last round, nothing scheduled, no news, nothing done since it fell due.
    public static func noWordAfterInterview(_ app: ApplicationFacts) -> (interview: Interview, due: Day)? {
        guard let interview = app.latestInterview, interview.nextStep == nil, !interview.isFinal,
            !app.hasInterviewAhead, app.application.offer == nil,
            !app.hasEmployerNews(after: interview.date)
        else { return nil }
        let due = interview.date.adding(days: app.settings.checkInDays)
        guard !app.hasNews(after: due.adding(days: -1)) else { return nil }
        return (interview, due)
    }

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        if let (interview, due) = Self.noWordAfterInterview(app) {
            return [unpromised(app, interview, due: due)]
        }
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

extension StatusInquiryRule {
    /// The inquiry after a round that left no promised day.
    private func unpromised(_ app: ApplicationFacts, _ interview: Interview, due: Day) -> DueAction {
        let people = app.interviewers(of: interview)
        let channel = app.preferredChannel(of: people)
        let days = app.settings.checkInDays
        var explain = "You interviewed on \(interview.date) for the \(app.application.position) position; no next step was "
        explain += "set and nothing has been heard in \(days) days. Follow up politely: re-introduce yourself, remind them "
        explain += "when you interviewed, and ask about the status of the hiring process and the next step."
        if let channel { explain += " Contact them by \(channel), as they asked." }
        return action(
            app, event: interview.date, due: due,
            title: "Ask \(Wording.people(people)) about the next step: no word since the \(interview.date) interview",
            channel: channel, who: people.map(\.addressedAs), explain: explain, line: interview.location.line)
    }
}

// MARK: Kind

extension DueAction.Kind {
    /// `status-inquiry`: see `StatusInquiryRule`.
    public static let statusInquiry = Self(rawValue: "status-inquiry")
}

// MARK: Done

extension StatusInquiryRule {
    /// A log entry: nothing in the front matter says an inquiry was made.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        .logged("Asked \(Wording.list(action.who)) about the status of the hiring process\(Wording.by(channel)).")
    }
}

// MARK: The draft

/// The status inquiry when the promised day has passed: "draft a message that
/// re-introduces yourself and reminds them of when you interviewed (and for which position).
/// State that you were anticipating hearing from him/her by (date), and you were contacting
/// him/her to inquire about the status of the hiring process. Have they postponed the next
/// step — and, if so, are you still being considered as a candidate?" By phone, the same
/// content makes the notes for the call.
extension StatusInquiryRule: DraftingRule {
    package func drafts(_ c: DraftContext) throws(DraftProblem) -> [Draft] {
        // Before any interview, the inquiry is about the application itself.
        if c.request.interview == nil, c.facts.latestInterview == nil {
            return [ApplicationFollowUpRule.letter(c, kind: kind)]
        }
        let interview = try c.interview()
        let contact = try c.interviewers(of: interview).first
        let channel = c.channel(contact)
        let contacting = channel == .phone ? "calling" : "writing"
        var body = "My name is \(c.signature), and I interviewed with you \(c.when(interview.date, midSentence: true)) for \(c.position)."
        if let next = interview.nextStep {
            body += " I was anticipating hearing from you by \(DraftContext.long(next)), and I am \(contacting) to inquire about the status of the hiring process."
        } else {
            body += " I am \(contacting) to inquire about the status of the hiring process."
        }
        body += " Has the next step been postponed, and if so, am I still being considered as a candidate?"
        let paragraphs = [
            c.salutation(contact), body,
            "Thank you for your time. I look forward to hearing from you.",
            c.signature,
        ]
        return [Draft(kind: kind, what: "Status inquiry", to: c.addressed(contact), channel: channel,
                      subject: channel == .email ? "Following up on the \(c.app.position) position" : nil, paragraphs: paragraphs)]
    }
}
