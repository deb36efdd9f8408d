import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How the search is going, and whether the playbook is being followed.",
        discussion: """
            The funnel by the furthest stage each application reached (applied, heard back, \
            interviewed, final round, offer, accepted), median times with the count they rest \
            on, the applications waiting longer than usual, breakdowns by source, month \
            applied and closing status, and the playbook scorecard: thank-you notes within a \
            day, references briefed before they were called, promises kept, verbal offers \
            followed by a written request, status inquiries once the promised day had \
            passed, with every miss listed. Only what happened up to today counts. \
            docs/stats.md defines every figure.

            --from and --to pick the applications started in that range (the day applied, \
            else the first dated event); everything known about them up to today counts.

            EXAMPLES
              jobjournal stats
              jobjournal stats --from 2026-10-01 --to 2026-10-31 --by source
              jobjournal stats --format json | jq '.stats.funnel'
              jobjournal stats --format html > stats.html
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, html
    }

    enum Dimension: String, ExpressibleByArgument, CaseIterable {
        case source, month, status
    }

    @OptionGroup var journal: JournalOptions
    @OptionGroup var terminal: TerminalOptions

    @Option(help: ArgumentHelp("Count only applications started on or after this day, YYYY-MM-DD.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Count only applications started on or before this day, YYYY-MM-DD.", valueName: "date"))
    var to: String?

    @Option(help: "Break down by source, month or status only (default: all three).")
    var by: Dimension?

    @Option(help: "Output format: text, markdown, json or html.")
    var format: Format = .text

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, Day(iso: value) == nil {
                throw ValidationError("\(name) should be a day written YYYY-MM-DD, such as 2026-11-01, not '\(value)'")
            }
        }
        if let from = from.flatMap(Day.init(iso:)), let to = to.flatMap(Day.init(iso:)), to < from {
            throw ValidationError("--to \(to) is before --from \(from)")
        }
    }

    func run() throws {
        let loaded = journal.load()
        let stats = Statistics(journal: loaded, today: journal.day, from: from.flatMap(Day.init(iso:)),
                               to: to.flatMap(Day.init(iso:)), by: by.flatMap { Statistics.Breakdown.Dimension(rawValue: $0.rawValue) })
        switch format {
        case .text: writeOut(StatisticsText.render(stats, style: terminal.style()))
        case .markdown: writeOut(ReportMarkdown.render(stats))
        case .json: writeOut(StatisticsJSON.render(stats))
        case .html: writeOut(ReportHTML.render(stats))
        }
        warnAboutErrors(in: loaded)
        UntilExit.keep(loaded, stats)
    }
}
