import JobJournalCore
import JobJournalPlaybook

/// Every sentence, heading, column title and empty-state message that `report`, `due` and
/// `refs` print, each written once, as plain text. The text, Markdown and HTML writers
/// style and escape it their own way and word nothing themselves, so a wording change is
/// one edit here. Days read as `TextStyle.day` writes them ("Tue 2026-11-24").
package enum ReportWording {
    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : many ?? one + "s")"
    }

    static func days(_ n: Int) -> String { plural(n, "day") }

    /// The command that lists the problems the report only counts.
    static let checkCommand = "jobjournal check"

    // MARK: The report's frame

    static let title = "Job search report"

    /// The title with the day: "…, Tue 2026-11-24".
    static func title(on today: Day) -> String { "\(title), \(TextStyle.day(today))" }

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

    /// "Agenda", "Pipeline", "References", "Offers", "Statistics", "Problems".
    static func title(of section: ReportDocument.Section) -> String {
        switch section {
        case .agenda: return "Agenda"
        case .pipeline: return "Pipeline"
        case .references: return "References"
        case .offers: return "Offers"
        case .statistics: return "Statistics"
        case .problems: return "Problems"
        }
    }

    // MARK: Agenda (the report's and `due`'s)

    private static let nothingDue = "Nothing due"

    /// The report's agenda when it is empty, looking `days` ahead.
    static func nothingDue(within days: Int) -> String { "\(nothingDue) in the next \(self.days(days))." }

    /// `due` when it has nothing to list, with the day it looked on.
    static func nothingDue(asOf today: Day) -> String { "\(nothingDue). (as of \(TextStyle.day(today)))" }

    /// "Overdue", "Today", "Upcoming": the agenda's groups.
    static func title(of timing: DueAction.Timing) -> String {
        switch timing {
        case .overdue: return "Overdue"
        case .today: return "Today"
        case .upcoming: return "Upcoming"
        }
    }

    /// A group's title with today's day after "Today", as `due` heads it: "Today, Tue 2026-11-24".
    static func title(of timing: DueAction.Timing, today: Day) -> String {
        timing == .today ? "\(title(of: timing)), \(TextStyle.day(today))" : title(of: timing)
    }

    static let actionColumns = ["Due", "Application", "Action"]

    /// "Tue 2026-11-24, 2 days overdue".
    static func due(_ action: DueAction, today: Day) -> String {
        "\(TextStyle.day(action.due)), \(TextStyle.relative(action.due, today: today))"
    }

    /// "id: ACTION-ID", under an explained action.
    static func id(of action: DueAction) -> String { "id: \(action.id)" }

    static let interviewsAhead = "Interviews ahead"
    static let interviewColumns = ["Day", "Application", "Interview"]

    /// "Tue 2026-12-01, in 5 days".
    static func when(_ interview: UpcomingInterview, today: Day) -> String {
        "\(TextStyle.day(interview.date)), \(interview.date.ago(from: today))"
    }

    /// "Round 2 (final) with Grace Okafor (Talent Acquisition Partner) for the Wholesale
    /// Account Representative position".
    static func interview(_ interview: UpcomingInterview) -> String {
        var text = interview.round.map { "Round \($0)" } ?? "Interview"
        if interview.isFinal { text += " (final)" }
        if !interview.with.isEmpty { text += " with " + Wording.list(interview.with) }
        return text + " for the \(interview.position) position"
    }

    // MARK: Pipeline

    static let noApplications = "No applications yet."
    /// The statistics when no application has been sent.
    static let noApplicationsSent = "No applications sent yet."

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

    static let closed = "Closed"

    /// "Interviewing (5)", "Closed (2)": a group's heading with its size.
    static func counted(_ title: String, _ n: Int) -> String { "\(title) (\(n))" }

    /// One application in one column, as the text report shows it: "Acme: Analyst".
    static func application(_ company: String, _ position: String) -> String { "\(company): \(position)" }

    static let pipelineColumns = ["Company", "Position", "Last activity", "Next action", "Due"]
    /// The text report's columns, company and position in one.
    static let pipelineTextColumns = ["Application", "Last activity"]

    /// Put before an open application's next action in the text report: "next Tue 2026-11-24 …".
    static let next = "next"
    /// An open application's next action when the playbook proposes none.
    static let nothingDueNext = "nothing due"
    /// An application's last activity when nothing has happened yet.
    static let noActivity = "none"

    /// "2026-11-24, 2 days ago", or "none".
    static func lastActivity(_ row: ApplicationSummary, today: Day) -> String {
        guard let day = row.lastActivity else { return noActivity }
        return "\(day), \(day.ago(from: today))"
    }

    /// "rejected, last activity 2026-10-01": what follows a closed application, in brackets.
    static func closedNote(_ row: ApplicationSummary) -> String {
        row.status.rawValue + (row.lastActivity.map { ", last activity \($0)" } ?? "")
    }

    static let couldNotBeRead = "Could not be read"

    /// The text report's heading over the unreadable files, naming the command that says why.
    static func couldNotBeRead(run command: String) -> String { "\(couldNotBeRead) (run \(command))" }

    /// The sentence under the unreadable files, the command as the format quotes it.
    static func seeWhy(run command: String) -> String { "Run \(command) to see why." }

    /// The unreadable files in one line, each as the format shows it.
    static func couldNotBeRead(_ files: [String]) -> String { "\(couldNotBeRead): " + files.joined(separator: ", ") }

    // MARK: References

    /// The report's references when there are none, or `refs`' (`openOnly: false`).
    static func noReferences(openOnly: Bool) -> String {
        "No references recorded" + (openOnly ? " for open applications." : ".")
    }

    static let referenceColumns = ["Application", "Reference", "Relation", "Briefed", "Called"]
    static let notBriefed = ReferenceStatus.State.notBriefed.name
    /// A reference not called yet, an offer with no stage reached yet.
    static let notYet = "not yet"

    /// A reference's state as `refs` words it, with the briefing's day after a call:
    /// "called 2026-11-20 (briefed 2026-11-10)".
    static func state(of status: ReferenceStatus) -> String {
        var state = status.state.description
        if case .called = status.state, let briefed = status.briefed { state += " (briefed \(briefed))" }
        return state
    }

    // MARK: Offers

    static let noOffers = "No offers yet."

    /// "Application", "Stage", then a column per term.
    static let offerColumns = ["Application", "Stage"] + Offer.Term.allCases.map(termName)

    /// "Salary", "Benefits", "Expenses", "Conditions": a column title.
    static func termName(_ term: Offer.Term) -> String {
        let name = term.rawValue
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// A term the letter leaves out.
    static let notSpelledOut = "not spelled out"

    /// "written 2026-11-24", or "not yet" when every date is still ahead.
    static func stage(_ offer: OfferSummary) -> String {
        guard let stage = offer.stage, let day = offer.stageDay else { return notYet }
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

    // MARK: Problems

    /// "No problems in 12 files." or "2 errors and 1 warning in 12 files: run 'jobjournal
    /// check' to see them.", the command as the format quotes it.
    static func problems(_ p: Report.Problems, run command: String) -> String {
        if p.errors == 0 && p.warnings == 0 { return "No problems in \(plural(p.files, "file"))." }
        var parts: [String] = []
        if p.errors > 0 { parts.append(plural(p.errors, "error")) }
        if p.warnings > 0 { parts.append(plural(p.warnings, "warning")) }
        return "\(parts.joined(separator: " and ")) in \(plural(p.files, "file")): run \(command) to see them."
    }
}
