import JobJournalCore
import JobJournalPlaybook

/// The report as a document, before any format: its title, its overview and its sections
/// in order, each with its title and, when it has nothing to show, the sentence that says
/// so. The text, Markdown and HTML writers walk `sections` and only style what they find
/// here and in `ReportWording`; JSON and iCalendar read the same `Report` values. A new
/// section is a case of `Section`, and the compiler then asks every writer to style it.
package struct ReportDocument {
    package enum Section: String, CaseIterable, Sendable {
        case agenda, pipeline, references, offers, statistics, problems
    }

    package let report: Report

    package init(_ report: Report) { self.report = report }

    var title: String { ReportWording.title }
    /// "Tue 2026-11-24".
    var dateline: String { TextStyle.day(report.today) }
    /// The title and the day.
    var fullTitle: String { ReportWording.title(on: report.today) }
    var overview: String { ReportWording.overview(report) }

    var sections: [Section] { Section.allCases }

    func title(of section: Section) -> String { ReportWording.title(of: section) }

    /// What the section says when it has nothing to show, or nil when it has something. The
    /// agenda still lists the interviews ahead under it.
    func empty(_ section: Section) -> String? {
        switch section {
        case .agenda:
            return report.agenda.isEmpty ? ReportWording.nothingDue(within: report.within) : nil
        case .pipeline:
            let nothing = report.open.isEmpty && report.closed.isEmpty && report.problems.unreadable.isEmpty
            return nothing ? ReportWording.noApplications : nil
        case .references:
            return report.references.isEmpty ? ReportWording.noReferences(openOnly: true) : nil
        case .offers:
            return report.offers.isEmpty ? ReportWording.noOffers : nil
        case .statistics:
            return report.stats.applications == 0 ? ReportWording.noApplicationsSent : nil
        case .problems:
            return nil
        }
    }

    /// The agenda's actions in groups, most urgent first; a timing with none is left out.
    var agendaGroups: [(timing: DueAction.Timing, actions: [DueAction])] { AgendaGroups.of(report.agenda) }

    /// The open applications by stage, in pipeline order; a stage with none is left out.
    var stages: [(stage: Status, rows: [ApplicationSummary])] {
        Report.openStages.compactMap { stage in
            let rows = report.open(at: stage)
            return rows.isEmpty ? nil : (stage, rows)
        }
    }
}

/// Actions grouped by timing, most urgent first, as `due` and the report list them.
enum AgendaGroups {
    static func of(_ actions: [DueAction]) -> [(timing: DueAction.Timing, actions: [DueAction])] {
        DueAction.Timing.allCases.compactMap { timing in
            let group = actions.filter { $0.status == timing }
            return group.isEmpty ? nil : (timing, group)
        }
    }
}
