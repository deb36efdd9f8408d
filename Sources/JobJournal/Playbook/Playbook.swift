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
        // Applications are independent: large journals are split among the cores.
        let rules = self.rules
        let perApplication = Parallel.map(applications) { app -> [DueAction] in
            guard !app.status.isClosed else { return [] }
            let facts = ApplicationFacts(app, today: today, settings: settings)
            return rules.flatMap { $0.actions(for: facts) }
        }
        var actions: [DueAction] = []
        actions.reserveCapacity(perApplication.reduce(0) { $0 + $1.count })
        for part in perApplication { actions.append(contentsOf: part) }
        // Each application's place in path order, worked out once rather than per comparison.
        var rank: [String: Int] = [:]
        rank.reserveCapacity(applications.count)
        let order = applications.indices.sorted { PathOrder.precedes(applications[$0].file, applications[$1].file) }
        for (position, index) in order.enumerated() { rank[applications[index].file] = position }
        // Sort small keys, not whole actions, then put the actions in that order in place.
        var keys = actions.indices.map { (due: actions[$0].due.ordinal, app: rank[actions[$0].application] ?? 0, kind: actions[$0].kind, index: $0) }
        keys.sort { a, b in
            if a.due != b.due { return a.due < b.due }
            if a.app != b.app { return a.app < b.app }
            if a.kind != b.kind { return a.kind < b.kind }
            return a.index < b.index
        }
        Playbook.permute(&actions, into: keys.map(\.index))
        return actions
    }

    /// Reorders `items` so that position i holds what was at `order[i]`, by following the
    /// permutation's cycles with swaps: no second array.
    static func permute<T>(_ items: inout [T], into order: [Int]) {
        var placed = [Bool](repeating: false, count: items.count)
        for start in items.indices where !placed[start] {
            var i = start
            while order[i] != start {
                items.swapAt(i, order[i])
                placed[i] = true
                i = order[i]
            }
            placed[i] = true
        }
    }

    public func actions(for journal: Journal, today: Day) -> [DueAction] {
        actions(for: journal.applications, today: today, settings: journal.settings)
    }

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
