/// The follow-up playbook: every rule over every open application, on one day.
public struct Playbook: Sendable {
    public var rules: [any Rule]

    public static let standard = Playbook(rules: [
        ThankYouRule(), BriefReferencesRule(), StatusInquiryRule(), PromiseRule(), TaskRule(),
        CheckInRule(), AskReferencesRule(), RequestWrittenOfferRule(), ReviewOfferLetterRule(),
    ])

    public init(rules: [any Rule]) { self.rules = rules }

    /// Every action for the open applications, most urgent first: by due day, then
    /// application, then kind.
    public func actions(for applications: [Application], today: Day, settings: Settings = Settings()) -> [DueAction] {
        var actions: [DueAction] = []
        for app in applications where !app.status.isClosed {
            let facts = ApplicationFacts(app, today: today, settings: settings)
            for rule in rules { actions += rule.actions(for: facts) }
        }
        return actions.sorted(by: Playbook.urgency)
    }

    public func actions(for journal: Journal, today: Day) -> [DueAction] {
        actions(for: journal.applications, today: today, settings: journal.settings)
    }

    static func urgency(_ a: DueAction, _ b: DueAction) -> Bool {
        if a.due != b.due { return a.due < b.due }
        if a.application != b.application { return a.application.utf8.lexicographicallyPrecedes(b.application.utf8) }
        if a.kind != b.kind { return a.kind < b.kind }
        return a.id < b.id
    }
}

extension Array where Element == DueAction {
    /// What the agenda shows: everything overdue or due today, and what falls due within
    /// `days` after today.
    public func agenda(today: Day, within days: Int) -> [DueAction] {
        let horizon = today.adding(days: days)
        return filter { $0.due <= horizon }
    }
}
