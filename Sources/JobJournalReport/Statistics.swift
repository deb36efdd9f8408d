import JobJournalCore
import JobJournalPlaybook

/// How the search is going, and how well the playbook is being followed: a function of the
/// journal and a day, worked out once and styled by every writer (docs/stats.md defines each
/// figure). Only what happened up to today counts; an interview ahead is not an interview yet.
///
/// An application is counted when it was sent (any status but `saved` and an unreadable
/// status word) and, with `from`/`to`, when it started in that range: the day it was applied,
/// else its first dated event. Everything known about a counted application up to today
/// counts, even after `to`: the range picks applications, it does not cut them.
public struct Statistics: Sendable {
    public var today: Day
    public var from: Day?
    public var to: Day?
    /// Applications counted.
    public var applications: Int
    /// Applications read but not counted: saved, status unknown, or outside the range.
    public var notCounted: Int
    /// Applied, heard back, interviewed, final round, offer, accepted: each stage counts the
    /// applications that reached it or went further, whatever their status today.
    public var funnel: [FunnelStep]
    public var times: [TimeMeasure]
    /// Open applications not heard back from for longer than the journal's median time to
    /// hear back, longest first.
    public var waiting: [Waiting]
    /// Days from applying to hearing back, one per application that has both: the
    /// distribution the HTML chart draws.
    public var responseDays: [Int]
    public var breakdowns: [Breakdown]
    public var scorecard: [Practice]

    /// The stages of the funnel, in order.
    public enum Stage: String, Sendable, CaseIterable, Comparable {
        case applied
        case heardBack = "heard-back"
        case interviewed
        case finalRound = "final-round"
        case offer, accepted

        /// The stage's place in the funnel (compared for every application, so no array).
        var rank: Int {
            switch self {
            case .applied: return 0
            case .heardBack: return 1
            case .interviewed: return 2
            case .finalRound: return 3
            case .offer: return 4
            case .accepted: return 5
            }
        }

        public static func < (a: Stage, b: Stage) -> Bool { a.rank < b.rank }
    }

    public struct FunnelStep: Sendable, Hashable {
        public var stage: Stage
        public var count: Int
        /// `count` over the stage before's; nil for the first stage and when the one before is 0.
        public var rate: Double?
    }

    public struct TimeMeasure: Sendable, Hashable {
        public enum Measure: String, Sendable, CaseIterable {
            case appliedToHeardBack = "applied-to-heard-back"
            case appliedToFirstInterview = "applied-to-first-interview"
            case lastInterviewToDecision = "last-interview-to-decision"
            case verbalToWritten = "verbal-to-written-offer"
            case sinceLastActivity = "since-last-activity"
        }
        public var measure: Measure
        /// In days; a half day when the count is even. Nil when there is nothing to measure.
        public var median: Double?
        /// How many applications the median rests on.
        public var count: Int
    }

    public struct Waiting: Sendable, Hashable {
        public var file: String
        public var company: String
        public var position: String
        public var applied: Day
        public var days: Int
    }

    public struct Breakdown: Sendable, Hashable {
        public enum Dimension: String, Sendable, CaseIterable {
            case source, month, status
        }
        public var by: Dimension
        public var groups: [Group]

        public struct Group: Sendable, Hashable {
            /// The source as written, the month applied (`2026-11`) or the closing status;
            /// nil for no source recorded or no day applied.
            public var name: String?
            public var applications: Int
            public var heardBack: Int
            public var interviewed: Int
            public var offer: Int
        }
    }

    public struct Practice: Sendable, Hashable {
        public enum Kind: String, Sendable, CaseIterable {
            case thankYouWithinADay = "thank-you-within-a-day"
            case referencesBriefedBeforeCalled = "references-briefed-before-called"
            case promisesKept = "promises-kept"
            case writtenOfferRequested = "written-offer-requested"
            case statusInquiryAfterPromisedDay = "status-inquiry-after-promised-day"
        }
        public var kind: Kind
        /// Occasions the practice was kept.
        public var kept: Int
        /// Occasions it was called for and is settled: kept or missed. One not late yet is in
        /// neither.
        public var of: Int
        /// The occasions missed, in journal order.
        public var misses: [Miss]
    }

    /// An occasion the playbook was not followed.
    public struct Miss: Sendable, Hashable {
        public var file: String
        public var company: String
        /// The day of the occasion: the interview, the call to the reference, the promise's
        /// due day, the verbal offer, the promised next step.
        public var day: Day
        /// When it was done after all, late; nil when it never was.
        public var done: Day?
        /// Who or what it concerned: the interviewers, the reference, the promise.
        public var about: String?
    }
}

extension Statistics {
    /// The statistics of `journal` on `today`, of the applications started from `from` to `to`
    /// (either may be nil), broken down by every dimension or by `by` alone.
    public init(journal: Journal, today: Day, from: Day? = nil, to: Day? = nil, by: Breakdown.Dimension? = nil) {
        self.today = today
        self.from = from
        self.to = to
        let facts = Parallel.map(journal.applications) { ApplicationStatistics($0, today: today) }
        // The applications counted, by index: each is read where it is, never copied (a copy
        // retains every string and list of an application's statistics, and the sums below
        // go over them all a dozen times).
        let counted = facts.indices.filter { facts[$0].isCounted(from: from, to: to) }
        applications = counted.count
        notCounted = facts.count - counted.count

        var previous: Int? = nil
        funnel = Stage.allCases.map { stage in
            let n = counted.count { facts[$0].furthest >= stage }
            defer { previous = n }
            return FunnelStep(stage: stage, count: n, rate: previous.flatMap { $0 == 0 ? nil : Double(n) / Double($0) })
        }

        let response = counted.compactMap { facts[$0].appliedToHeardBack }
        responseDays = response.sorted()
        let responseMedian = Statistics.median(response)
        times = [
            TimeMeasure(measure: .appliedToHeardBack, median: responseMedian, count: response.count),
            Statistics.measure(.appliedToFirstInterview, counted.compactMap { facts[$0].appliedToFirstInterview }),
            Statistics.measure(.lastInterviewToDecision, counted.compactMap { facts[$0].lastInterviewToDecision }),
            Statistics.measure(.verbalToWritten, counted.compactMap { facts[$0].verbalToWritten }),
            Statistics.measure(.sinceLastActivity, counted.compactMap { facts[$0].sinceLastActivity }),
        ]
        if let responseMedian {
            waiting = counted.compactMap { i -> Waiting? in
                guard facts[i].isOpen, facts[i].furthest == .applied, let applied = facts[i].applied else { return nil }
                let days = today.days(since: applied)
                guard Double(days) > responseMedian else { return nil }
                return Waiting(file: facts[i].file, company: facts[i].company, position: facts[i].position, applied: applied, days: days)
            }.sorted { ($0.days, $1.file) > ($1.days, $0.file) }
        } else {
            waiting = []
        }

        breakdowns = Breakdown.Dimension.allCases.filter { by == nil || $0 == by }.map { Statistics.breakdown(facts, counted, by: $0) }
        scorecard = Practice.Kind.allCases.map { kind in
            var practice = Practice(kind: kind, kept: 0, of: 0, misses: [])
            for i in counted {
                let tally = facts[i].practices[kind]
                practice.kept += tally.kept
                practice.of += tally.of
                practice.misses += tally.misses
            }
            return practice
        }
    }

    /// The middle value, or the mean of the two middle ones; nil for none.
    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }

    static func measure(_ measure: TimeMeasure.Measure, _ values: [Int]) -> TimeMeasure {
        TimeMeasure(measure: measure, median: median(values), count: values.count)
    }

    /// The counted applications (`counted`, indices into `apps`) grouped by `dimension`.
    static func breakdown(_ apps: [ApplicationStatistics], _ counted: [Int], by dimension: Breakdown.Dimension) -> Breakdown {
        func key(_ i: Int) -> String?? {
            switch dimension {
            case .source: return .some(apps[i].source)
            case .month: return .some(apps[i].applied.map { String($0.description.prefix(7)) })
            case .status: return apps[i].status.isClosed ? .some(apps[i].status.rawValue) : .none
            }
        }
        var order: [String?] = []
        var groups: [String?: Breakdown.Group] = [:]
        for i in counted {
            let furthest = apps[i].furthest
            guard let name = key(i) else { continue }
            if groups[name] == nil {
                order.append(name)
                groups[name] = Breakdown.Group(name: name, applications: 0, heardBack: 0, interviewed: 0, offer: 0)
            }
            groups[name]!.applications += 1
            if furthest >= .heardBack { groups[name]!.heardBack += 1 }
            if furthest >= .interviewed { groups[name]!.interviewed += 1 }
            if furthest >= .offer { groups[name]!.offer += 1 }
        }
        var rows = order.map { groups[$0]! }
        switch dimension {
        case .source:
            // Most applications first; no source recorded last.
            rows.sort { a, b in
                if (a.name == nil) != (b.name == nil) { return b.name == nil }
                if a.applications != b.applications { return a.applications > b.applications }
                return (a.name ?? "").lowercased() < (b.name ?? "").lowercased()
            }
        case .month:
            rows.sort { a, b in
                if (a.name == nil) != (b.name == nil) { return b.name == nil }
                return (a.name ?? "") < (b.name ?? "")
            }
        case .status:
            let rank = Dictionary(uniqueKeysWithValues: Status.allCases.enumerated().map { ($1.rawValue, $0) })
            rows.sort { rank[$0.name ?? "", default: 0] < rank[$1.name ?? "", default: 0] }
        }
        return Breakdown(by: dimension, groups: rows)
    }

    /// The time measure of one kind.
    public func time(_ measure: TimeMeasure.Measure) -> TimeMeasure? { times.first { $0.measure == measure } }

    /// The practice of one kind.
    public func practice(_ kind: Practice.Kind) -> Practice? { scorecard.first { $0.kind == kind } }

    /// The funnel's count at one stage.
    public func count(_ stage: Stage) -> Int { funnel.first { $0.stage == stage }?.count ?? 0 }
}
