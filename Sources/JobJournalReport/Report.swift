import JobJournalCore
import JobJournalPlaybook
import Dispatch

/// One look at the whole search on one day: the agenda, every application by stage, the
/// references, the offers, the statistics and the problems. Built once from the journal; every report
/// format (text, Markdown, JSON, HTML, iCalendar) is a function of this value alone, so
/// renderers never re-read files or re-derive the playbook.
public struct Report: Sendable {
    public var today: Day
    /// How many days ahead the agenda looks.
    public var within: Int
    /// The domain that makes calendar UIDs unique to this journal.
    public var domain: String

    /// What is overdue, due today, and due within `within` days, most urgent first (as `due`).
    public var agenda: [DueAction]
    /// Interviews from today on, for open applications, in date order.
    public var interviewsAhead: [UpcomingInterview]
    /// Open applications, by stage (applied, interviewing, offer), then by what is due first.
    public var open: [ApplicationSummary]
    /// Accepted, declined, rejected and withdrawn applications, most recent activity first.
    public var closed: [ApplicationSummary]
    /// Where each reference of each open application stands.
    public var references: [ReferenceStatus]
    /// Every application with an offer, open or closed.
    public var offers: [OfferSummary]
    public var problems: Problems
    /// How the search is going and how well the playbook is followed, over every application.
    public var stats: Statistics

    /// What `check` would report, counted, and the files it could not read as applications.
    public struct Problems: Sendable, Hashable {
        public var errors: Int
        public var warnings: Int
        /// Files meant as applications that could not be read, relative to the journal root.
        public var unreadable: [String]
        /// How many Markdown files were read.
        public var files: Int

        public init(errors: Int = 0, warnings: Int = 0, unreadable: [String] = [], files: Int = 0) {
            self.errors = errors
            self.warnings = warnings
            self.unreadable = unreadable
            self.files = files
        }
    }

    /// With `memo`, the actions of applications unchanged since an earlier run today are taken
    /// from it (`ActionMemo`).
    package init(journal: Journal, today: Day, within: Int? = nil, playbook: Playbook = .standard, memo: ActionMemo? = nil) {
        self.today = today
        self.within = within ?? journal.settings.within
        self.domain = journal.settings.domain

        // The statistics and the count of problems need nothing else of the report: they are
        // worked out on another thread meanwhile, which takes up what the steps below leave
        // of the cores (sorting, gathering) and hides about a tenth of the whole.
        let aside = Slots<(Statistics, Problems)>(count: 1)
        let asideDone = DispatchGroup()
        DispatchQueue.global().async(group: asideDone) {
            aside.store((Statistics(journal: journal, today: today), Report.problems(in: journal)), at: 0)
        }

        let applications = journal.applications
        var actions = playbook.actions(for: journal, today: today, store: memo)
        memo?.finish()

        // The first action of each application, however far ahead: the pipeline's "next".
        // Actions come most urgent first, so it is the first one met for each file.
        var place: [String: Int] = [:]
        place.reserveCapacity(applications.count)
        for i in applications.indices { place[applications[i].file] = i }
        var first = [Int](repeating: -1, count: applications.count)
        for i in actions.indices {
            if let app = place[actions[i].application], first[app] < 0 { first[app] = i }
        }
        let settings = journal.settings
        var summaries = Parallel.map(Array(applications.indices)) { [actions, first] i in
            ApplicationSummary(applications[i], today: today, settings: settings, next: first[i] < 0 ? nil : actions[first[i]])
        }
        actions.keepAgenda(today: today, within: self.within)
        agenda = actions

        // Moved into the open and the closed, not copied: a copy of a row retains each of its
        // strings, its next action's included.
        // Each list has room for its rows and no more: the report keeps them to the end.
        var openRows: [ApplicationSummary] = [], closedRows: [ApplicationSummary] = []
        let openCount = summaries.count { !$0.status.isClosed }
        openRows.reserveCapacity(openCount)
        closedRows.reserveCapacity(summaries.count - openCount)
        while let row = summaries.popLast() {
            if row.status.isClosed { closedRows.append(row) } else { openRows.append(row) }
        }
        summaries = []
        open = ApplicationSummary.inPipelineOrder(openRows)
        closed = ApplicationSummary.inRecentOrder(closedRows)
        let openApplications = applications.filter { !$0.status.isClosed }
        interviewsAhead = UpcomingInterview.all(openApplications, from: today)
        references = Parallel.map(openApplications) { ReferenceStatus.all([$0], today: today) }.flatMap { $0 }
        offers = applications.compactMap { OfferSummary($0, today: today) }
        asideDone.wait()
        (stats, problems) = aside.take()[0]
    }

    /// Counted only: `check` is where they are listed.
    private static func problems(in journal: Journal) -> Problems {
        let findings = Parallel.map(journal.files) { file -> (all: Int, errors: Int) in
            let found = Findings.warnings(for: file)
            return (found.count, found.count { $0.severity == .error })
        }
        let errors = journal.errorCount + findings.reduce(0) { $0 + $1.errors }
        let all = journal.diagnosticCount + findings.reduce(0) { $0 + $1.all }
        return Problems(errors: errors, warnings: all - errors,
                        unreadable: journal.brokenFiles.map(\.path), files: journal.files.count)
    }

    /// Open applications at one stage.
    public func open(at stage: Status) -> [ApplicationSummary] { open.filter { $0.status == stage } }

    /// The stages an open application can be at, in pipeline order.
    public static let openStages: [Status] = Status.allCases.filter { !$0.isClosed }
}
