import JobJournalCore
import JobJournalPlaybook

/// The statistics' sentences, headings and column titles, each written once (as
/// `ReportWording` is for the rest of the report).
extension ReportWording {
    static let statisticsTitle = "Job search statistics"

    /// "Job search statistics, Thu 2026-11-26".
    static func statisticsTitle(on today: Day) -> String { "\(statisticsTitle), \(TextStyle.day(today))" }

    /// "10 applications counted, applied from 2026-10-01 to 2026-10-31; 2 not counted
    /// (saved, status unknown or outside the range)."
    static func statisticsSummary(_ stats: Statistics) -> String {
        var text = plural(stats.applications, "application") + " counted"
        switch (stats.from, stats.to) {
        case let (from?, to?): text += ", started from \(from) to \(to)"
        case let (from?, nil): text += ", started from \(from)"
        case let (nil, to?): text += ", started up to \(to)"
        case (nil, nil): break
        }
        if stats.notCounted > 0 {
            let range = stats.from != nil || stats.to != nil ? ", status unknown or outside the range" : " or status unknown"
            text += "; \(stats.notCounted) not counted (saved\(range))"
        }
        return text + "."
    }

    static let funnelTitle = "Funnel"
    static let funnelColumns = ["Furthest stage reached", "Applications", "Of the stage before"]

    static func stageName(_ stage: Statistics.Stage) -> String {
        switch stage {
        case .applied: return "Applied"
        case .heardBack: return "Heard back"
        case .interviewed: return "Interviewed"
        case .finalRound: return "Final round"
        case .offer: return "Offer"
        case .accepted: return "Accepted"
        }
    }

    /// "67%", or a dash when there is nothing to divide by.
    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "–" }
        return "\(Int((rate * 100).rounded()))%"
    }

    static let timesTitle = "Times"
    static let timeColumns = ["Time", "Median", "Applications"]

    static func measureName(_ measure: Statistics.TimeMeasure.Measure) -> String {
        switch measure {
        case .appliedToHeardBack: return "Applied to heard back"
        case .appliedToFirstInterview: return "Applied to first interview"
        case .lastInterviewToDecision: return "Last interview to decision"
        case .verbalToWritten: return "Verbal offer to written offer"
        case .sinceLastActivity: return "Since last activity, open applications"
        }
    }

    /// "4.5 days", "1 day", or "none yet".
    static func median(_ days: Double?) -> String {
        guard let days else { return "none yet" }
        return days == 1 ? "1 day" : "\(JSONWriter.decimal(days)) days"
    }

    /// The distribution of days to hear back, as a sparkline by week.
    static func responseSparkline(_ days: [Int]) -> String? {
        guard let last = days.max(), !days.isEmpty else { return nil }
        let weeks = min(last / 7, 25) + 1
        var counts = [Int](repeating: 0, count: weeks)
        for d in days { counts[min(d / 7, weeks - 1)] += 1 }
        let bars = Array("▁▂▃▄▅▆▇█")
        let most = counts.max() ?? 1
        let line = String(counts.map { $0 == 0 ? " " : bars[min(7, ($0 * 8 - 1) / most)] })
        return "Days to hear back, week by week from the first: \(line) (\(plural(days.count, "application")))"
    }

    /// The heading over the applications still waiting, with the median they are past.
    static func waitingTitle(median: Double) -> String {
        "Waiting longer than the median \(self.median(median)) to hear back"
    }
    static let waitingColumns = ["Application", "Applied", "Waiting"]

    static func breakdownTitle(_ by: Statistics.Breakdown.Dimension) -> String {
        switch by {
        case .source: return "By source"
        case .month: return "By month applied"
        case .status: return "By closing status"
        }
    }

    static func breakdownColumns(_ by: Statistics.Breakdown.Dimension) -> [String] {
        let first: String
        switch by {
        case .source: first = "Source"
        case .month: first = "Month"
        case .status: first = "Status"
        }
        return [first, "Applications", "Heard back", "Interviewed", "Offer"]
    }

    /// A group's name, or what stands for none.
    static func groupName(_ name: String?, by: Statistics.Breakdown.Dimension) -> String {
        if let name { return name }
        return by == .month ? "no day applied" : "not recorded"
    }

    /// "3 (75%)": a stage's count in a group, with its share of the group's applications.
    static func share(_ n: Int, of total: Int) -> String {
        total == 0 ? "0" : "\(n) (\(percent(Double(n) / Double(total))))"
    }

    static let noClosed = "No closed applications."

    static let scorecardTitle = "Playbook scorecard"
    static let scorecardColumns = ["Practice", "Kept", "Share"]

    static func practiceName(_ kind: Statistics.Practice.Kind) -> String {
        switch kind {
        case .thankYouWithinADay: return "Thank-you sent within a day of the interview"
        case .referencesBriefedBeforeCalled: return "References briefed before the employer called"
        case .promisesKept: return "Promises kept by their day"
        case .writtenOfferRequested: return "Verbal offers followed by a request in writing"
        case .statusInquiryAfterPromisedDay: return "Status inquiry once the promised day had passed"
        }
    }

    /// "8 of 9", "none yet".
    static func kept(_ practice: Statistics.Practice) -> String {
        practice.of == 0 ? "none yet" : "\(practice.kept) of \(practice.of)"
    }

    static func keptShare(_ practice: Statistics.Practice) -> String {
        percent(practice.of == 0 ? nil : Double(practice.kept) / Double(practice.of))
    }

    /// "Thank-you missed: Greenfield Media, interview 2026-10-20 with Ms. Lee; sent 2026-10-23."
    static func miss(_ miss: Statistics.Miss, of kind: Statistics.Practice.Kind) -> String {
        let about = miss.about
        switch kind {
        case .thankYouWithinADay:
            return "Thank-you missed: \(miss.company), interview \(miss.day)\(about.map { " with \($0)" } ?? ""); "
                + (miss.done.map { "sent \($0)." } ?? "none sent.")
        case .referencesBriefedBeforeCalled:
            return "Briefing missed: \(miss.company), \(about ?? "a reference") called \(miss.day); "
                + (miss.done.map { "briefed \($0)." } ?? "not briefed.")
        case .promisesKept:
            return "Promise missed: \(miss.company), \"\(about ?? "")\" due \(miss.day); "
                + (miss.done.map { "done \($0)." } ?? "not done.")
        case .writtenOfferRequested:
            return "Request missed: \(miss.company), verbal offer \(miss.day); "
                + (miss.done.map { "asked in writing \($0)." } ?? "not asked in writing.")
        case .statusInquiryAfterPromisedDay:
            return "Inquiry missed: \(miss.company), next step promised\(about.map { " by \($0)" } ?? "") for \(miss.day); no inquiry was logged."
        }
    }

    // MARK: The charts' questions

    static let funnelQuestion = "How far do applications get?"
    static let responseQuestion = "How long until an employer answers? Applications by the week they heard back in"
    static let scorecardQuestion = "Is the playbook being followed?"

    /// "wk 1", "wk 2", …: the week after applying a column stands for.
    static func weekLabel(_ index: Int) -> String { "wk \(index + 1)" }
}
