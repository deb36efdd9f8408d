import JobJournalCore
import JobJournalPlaybook

/// The English every report format shares, so text, Markdown and HTML say the same thing.
/// Plain text: each format escapes it its own way.
package enum ReportWording {
    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : many ?? one + "s")"
    }

    static func days(_ n: Int) -> String { plural(n, "day") }

    /// "9 open applications (2 applied, 5 interviewing, 2 with an offer) and 2 closed. 11
    /// actions due by Thu 2026-12-03, 2 of them overdue."
    static func overview(_ report: Report) -> String {
        let stages = Report.openStages.compactMap { stage -> String? in
            let n = report.open(at: stage).count
            return n == 0 ? nil : "\(n) \(stage == .offer ? "with an offer" : stage.rawValue)"
        }
        var text = plural(report.open.count, "open application")
        if !stages.isEmpty { text += " (" + stages.joined(separator: ", ") + ")" }
        text += " and \(report.closed.count) closed."
        let overdue = report.agenda.count { $0.status == .overdue }
        text += " \(plural(report.agenda.count, "action")) due by \(TextStyle.day(report.today.adding(days: report.within)))"
        text += overdue > 0 ? ", \(overdue) of them overdue." : "."
        return text
    }

    /// "Overdue", "Today", "Upcoming": the agenda's groups.
    static func title(of timing: DueAction.Timing) -> String {
        switch timing {
        case .overdue: return "Overdue"
        case .today: return "Today"
        case .upcoming: return "Upcoming"
        }
    }

    static func stageName(_ stage: Status) -> String {
        switch stage {
        case .saved: return "Saved"
        case .applied: return "Applied"
        case .interviewing: return "Interviewing"
        case .offer: return "Offer"
        case .accepted: return "Accepted"
        case .declined: return "Declined"
        case .rejected: return "Rejected"
        case .withdrawn: return "Withdrawn"
        case .noResponse: return "No response"
        case .unknown: return "Status unknown"
        }
    }

    /// "2026-11-24, 2 days ago", or "none".
    static func lastActivity(_ row: ApplicationSummary, today: Day) -> String {
        guard let day = row.lastActivity else { return "none" }
        return "\(day), \(day.ago(from: today))"
    }

    /// "Round 2 (final) with Grace Okafor (Talent Acquisition Partner) for the Wholesale
    /// Account Representative position".
    static func interview(_ interview: UpcomingInterview) -> String {
        var text = interview.round.map { "Round \($0)" } ?? "Interview"
        if interview.isFinal { text += " (final)" }
        if !interview.with.isEmpty { text += " with " + Wording.list(interview.with) }
        return text + " for the \(interview.position) position"
    }

    /// "Salary", "Benefits", "Expenses", "Conditions": a column title.
    static func termName(_ term: Offer.Term) -> String {
        let name = term.rawValue
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// "written 2026-11-24", or "dates ahead" when no stage is reached yet.
    static func stage(_ offer: OfferSummary) -> String {
        guard let stage = offer.stage, let day = offer.stageDay else { return "not yet" }
        return "\(stage) \(day)"
    }

    /// Which terms the letter spells out, in a sentence.
    static func terms(_ offer: OfferSummary) -> String {
        guard offer.hasLetter else {
            return offer.spelledOut.isEmpty
                ? "No letter yet: ask for the offer in writing."
                : "No letter yet; noted so far: \(Wording.list(offer.spelledOut.map(\.rawValue))). Ask for the offer in writing."
        }
        if offer.missing.isEmpty { return "The letter spells out salary, benefits, expenses and conditions." }
        if offer.spelledOut.isEmpty { return "The letter spells out none of salary, benefits, expenses and conditions." }
        return "The letter spells out \(Wording.list(offer.spelledOut.map(\.rawValue))); it does not spell out \(Wording.list(offer.missing.map(\.rawValue)))."
    }

    /// "No problems in 12 files." or "2 errors and 1 warning in the journal's 12 files: run
    /// 'jobjournal check' to see them."
    static func problems(_ p: Report.Problems, command: String = "'jobjournal check'") -> String {
        if p.errors == 0 && p.warnings == 0 { return "No problems in \(plural(p.files, "file"))." }
        var parts: [String] = []
        if p.errors > 0 { parts.append(plural(p.errors, "error")) }
        if p.warnings > 0 { parts.append(plural(p.warnings, "warning")) }
        return "\(parts.joined(separator: " and ")) in \(plural(p.files, "file")): run \(command) to see them."
    }
}
