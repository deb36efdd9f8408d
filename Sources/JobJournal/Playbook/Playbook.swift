import Dispatch

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
        let chunks = max(1, min(JournalLoader.processorCount(), applications.count / 256))
        let perChunk = (applications.count + chunks - 1) / max(chunks, 1)
        let results = Slots<[DueAction]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var found: [DueAction] = []
            for app in applications[min(applications.count, chunk * perChunk)..<min(applications.count, (chunk + 1) * perChunk)]
            where !app.status.isClosed {
                let facts = ApplicationFacts(app, today: today, settings: settings)
                for rule in rules { found += rule.actions(for: facts) }
            }
            results.store(found, at: chunk)
        }
        // Gather the parts into one array, moving rather than copying: a large journal's
        // actions take megabytes.
        var parts = results.take()
        var actions: [DueAction] = []
        actions.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for i in parts.indices {
            actions.append(contentsOf: parts[i])
            parts[i] = []
        }
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
        let horizon = today.adding(days: days)
        return filter { $0.due <= horizon }
    }
}
