import JobJournalCore

/// The article starts its follow-up advice at the interview, but its reason holds from the
/// day an application goes out: "The only way to find out if you're still in the running is
/// to follow-up. But you don't want to look like a pest, either." So: an application sent on
/// a known day, with no interview, no offer and nothing recorded since, is due one short,
/// polite follow-up `follow-up-days` after applying (7 unless set), to the contact on file
/// when there is one. Once the silence reaches `stale-days`, `StaleRule` takes over.
public struct ApplicationFollowUpRule: Rule {
    public let kind = DueAction.Kind.applicationFollowUp
    public init() {}

    /// The day applied, when the application is waiting for a first answer.
    public static func waitingSince(_ app: ApplicationFacts) -> Day? {
        let application = app.application
        guard application.status == .applied, let applied = application.applied, applied <= app.today,
            application.interviews.isEmpty, application.offer == nil,
            !app.hasNews(after: applied), !StaleRule.isStale(app)
        else { return nil }
        return applied
    }

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        guard let applied = Self.waitingSince(app) else { return [] }
        let contact = app.application.contacts.first
        let days = app.settings.followUpDays
        let position = app.application.position
        var explain = "You applied on \(applied) for the \(position) position and nothing is recorded since. "
        explain += "After \(days) days, one short, polite note "
        explain += contact.map { "to \($0.addressedAs) " } ?? "to the recruiter or hiring manager "
        explain += "shows your interest: re-introduce yourself, name the position and the day you applied, and ask whether "
        explain += "the application arrived and where the process stands. Once is enough: you don't want to look like a pest."
        return [action(
            app, event: applied, due: applied.adding(days: days),
            title: "Follow up on your application for \(position): sent \(applied), no word since",
            channel: contact?.prefers, who: contact.map { [$0.addressedAs] } ?? [], explain: explain,
            line: app.application.appliedLocation.line)]
    }
}

// MARK: Kind

extension DueAction.Kind {
    /// `application-follow-up`: see `ApplicationFollowUpRule`.
    public static let applicationFollowUp = Self(rawValue: "application-follow-up")
}

// MARK: Done

extension ApplicationFollowUpRule {
    /// A log entry: the follow-up is the job seeker's own doing.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        let whom = action.who.isEmpty ? app.company : Wording.list(action.who)
        return .logged("Followed up on the application with \(whom)\(Wording.by(channel)): asked whether it arrived and where the process stands.")
    }
}

// MARK: The draft

/// The follow-up on an application not yet answered: brief, polite, and easy to answer.
extension ApplicationFollowUpRule: DraftingRule {
    package func drafts(_ c: DraftContext) throws(DraftProblem) -> [Draft] {
        [Self.letter(c, kind: kind)]
    }

    /// The letter, also what `draft status-inquiry` writes before any interview.
    static func letter(_ c: DraftContext, kind: DueAction.Kind) -> Draft {
        let contact = c.app.contacts.first
        let channel = c.channel(contact)
        let contacting = channel == .phone ? "calling" : "writing"
        var body = "My name is \(c.signature), and I applied"
        if let applied = c.app.applied { body += " \(c.when(applied, midSentence: true))" }
        body += " for \(c.position). I am \(contacting) to make sure my application arrived and to ask where the process stands."
        let paragraphs = [
            c.salutation(contact), body,
            "I remain very interested in the role and would be glad to send anything else that helps. Thank you for your time.",
            c.signature,
        ]
        return Draft(kind: kind, what: "Application follow-up", to: c.addressed(contact), channel: channel,
                     subject: channel == .email ? "My application for the \(c.app.position) position" : nil, paragraphs: paragraphs)
    }
}
