import JobJournalCore

/// The follow-up playbook: every rule over every open application, on one day.
public struct Playbook: Sendable {
    public var rules: [any Rule]

    /// The registry: every rule, in rank order. A rule's kind ranks by its place here, which
    /// orders the actions falling due on one day for one application. A new rule is a file in
    /// `Rules/` and a line here.
    public static let standard = Playbook(rules: [
        ThankYouRule(),
        BriefReferencesRule(),
        StatusInquiryRule(),
        PromiseRule(),
        TaskRule(),
        CheckInRule(),
        AskReferencesRule(),
        RequestWrittenOfferRule(),
        ReviewOfferLetterRule(),
        ApplicationFollowUpRule(),
        FollowUpRule(),
        StaleRule(),
    ])

    public init(rules: [any Rule]) { self.rules = rules }

    /// The kinds of its actions, in rank order.
    public var kinds: [DueAction.Kind] { rules.map(\.kind) }

    /// The rule whose actions are of this kind.
    public func rule(for kind: DueAction.Kind) -> (any Rule)? { rules.first { $0.kind == kind } }

    /// Every action for the open applications, most urgent first: by due day, then
    /// application, then kind (by rank).
    ///
    /// With a `store`, an application's actions it kept from an earlier run are taken from it
    /// rather than worked out again, and those worked out are given to it to keep.
    public func actions(for applications: [Application], today: Day, settings: Settings = Settings(),
                        store: (any ActionStore)? = nil) -> [DueAction] {
        // Applications are independent: large journals are split among the cores.
        // Actions are moved, never copied, from the rule that made them to the list returned
        // (a copy retains each of an action's strings, and a 10,000-application journal has
        // 20,000 actions): each application's are kept as optionals, taken out in order.
        var perApplication = Parallel.map(Array(applications.indices)) { index -> [DueAction?] in
            let app = applications[index]
            guard !app.status.isClosed else { return [] }
            if let kept = store?.recall(index, of: app) { return kept }
            // A summary's lists are empty: the store that had it read so has its actions.
            assert(!app.isSummary, "the actions of \(app.file) were neither kept nor can be worked out")
            let found = self.actions(of: app, today: today, settings: settings)
            store?.keep(found, at: index)
            return found
        }
        var keys: [AgendaKey] = []
        keys.reserveCapacity(perApplication.reduce(0) { $0 + $1.count })
        for part in perApplication.indices {
            for item in perApplication[part].indices {
                keys.append(AgendaKey(due: perApplication[part][item]!.due, part: part, item: item))
            }
        }
        var actions: [DueAction] = []
        actions.reserveCapacity(keys.count)
        for key in Self.agendaOrder(keys, of: applications) {
            actions.append(perApplication[Int(key.part)][Int(key.item)].take()!)
        }
        return actions
    }

    /// The actions of the open application `app`, rule by rule in rank order: an action's
    /// place among them orders it by kind, so no kind is looked up while sorting. As
    /// optionals, for the caller to move them out rather than copy them.
    public func actions(of app: Application, today: Day, settings: Settings) -> [DueAction?] {
        let facts = ApplicationFacts(app, today: today, settings: settings)
        var found: [DueAction?] = []
        for rule in rules { Self.move(rule.actions(for: facts), to: &found) }
        return found
    }

    /// Where an action stands among all of a journal's: the `item`th of those the playbook
    /// gave the application at `part` of the journal's.
    public struct AgendaKey: Sendable {
        public var due: Int32
        public var part: Int32
        public var item: Int32

        public init(due: Day, part: Int, item: Int) {
            self.due = due.ordinal
            self.part = Int32(part)
            self.item = Int32(item)
        }
    }

    /// The actions at `keys` most urgent first: by due day, then application (in path
    /// order), then kind (by rank, which the order of one application's actions is).
    public static func agendaOrder(_ keys: [AgendaKey], of applications: [Application]) -> [AgendaKey] {
        // Each application's place in path order: its index when they come in that order, as
        // a journal's do; otherwise worked out once rather than per comparison.
        var rank = (0..<Int32(applications.count)).map { $0 }
        if applications.indices.dropFirst().contains(where: { PathOrder.precedes(applications[$0].file, applications[$0 - 1].file) }) {
            let order = applications.indices.sorted { PathOrder.precedes(applications[$0].file, applications[$1].file) }
            for (position, index) in order.enumerated() { rank[index] = Int32(position) }
        }
        // Small keys are sorted, not whole actions. One application's actions share `app`
        // and `part`, so `item` orders them by kind.
        let sortable = keys.map { (due: $0.due, app: rank[Int($0.part)], part: $0.part, item: $0.item) }
        return SortKeys.order(sortable, by: { ($0.due, $0.app, $0.part, $0.item) < ($1.due, $1.app, $1.part, $1.item) })
            .map { keys[$0] }
    }

    public func actions(for journal: Journal, today: Day, store: (any ActionStore)? = nil) -> [DueAction] {
        actions(for: journal.applications, today: today, settings: journal.settings, store: store)
    }

    /// Appends `produced` to `found`, in order, each action moved out rather than copied.
    private static func move(_ produced: [DueAction], to found: inout [DueAction?]) {
        guard !produced.isEmpty else { return }
        var produced = produced
        let start = found.count
        while let last = produced.popLast() { found.append(last) }
        found[start...].reverse()
    }

}

/// Where an application's actions worked out on an earlier run are found again, and this
/// run's are kept: a cache of the playbook's work on one day (`ActionMemo`). The playbook asks
/// it from several threads at once, each about other applications.
public protocol ActionStore: Sendable {
    /// The actions of the open application at `index` of those given to the playbook, on
    /// the day asked for, in the order the playbook gave them (as optionals, which the
    /// playbook moves out); nil when not kept.
    func recall(_ index: Int, of app: Application) -> [DueAction?]?
    /// The actions the playbook worked out for the open application at `index`, in order.
    func keep(_ actions: [DueAction?], at index: Int)
}

extension Array where Element == DueAction {
    /// What the agenda shows: everything overdue or due today, and what falls due within
    /// `days` after today.
    public func agenda(today: Day, within days: Int) -> [DueAction] {
        var kept = self
        kept.keepAgenda(today: today, within: days)
        return kept
    }

    /// The same, in place: no second array of actions.
    public mutating func keepAgenda(today: Day, within days: Int) {
        let horizon = today.adding(days: days)
        removeAll { $0.due > horizon }
    }
}
