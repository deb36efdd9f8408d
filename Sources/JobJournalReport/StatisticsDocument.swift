import JobJournalCore

/// The statistics as a document of tables in plain text, each with its title, its columns,
/// its rows and the lines that follow it: the text, Markdown and HTML writers only style
/// them (HTML adds its charts). Every word comes from `ReportWording`.
package struct StatisticsDocument {
    package struct Table {
        var title: String
        var columns: [String]
        var rows: [[String]]
        /// Lines under the table (the misses, a sparkline); empty for none.
        var notes: [String] = []
        /// Said instead of the table when it has no rows.
        var empty: String? = nil
    }

    let stats: Statistics

    init(_ stats: Statistics) { self.stats = stats }

    var summary: String { ReportWording.statisticsSummary(stats) }

    var tables: [Table] {
        var tables = [funnel, times]
        if let waiting { tables.append(waiting) }
        tables += stats.breakdowns.map(breakdown)
        tables.append(scorecard)
        return tables
    }

    var funnel: Table {
        Table(title: ReportWording.funnelTitle, columns: ReportWording.funnelColumns, rows: stats.funnel.map { step in
            [ReportWording.stageName(step.stage), String(step.count), step.stage == .applied ? "" : ReportWording.percent(step.rate)]
        })
    }

    var times: Table {
        Table(title: ReportWording.timesTitle, columns: ReportWording.timeColumns, rows: stats.times.map { time in
            [ReportWording.measureName(time.measure), ReportWording.median(time.median), String(time.count)]
        }, notes: ReportWording.responseSparkline(stats.responseDays).map { [$0] } ?? [])
    }

    var waiting: Table? {
        guard !stats.waiting.isEmpty, let median = stats.time(.appliedToHeardBack)?.median else { return nil }
        return Table(title: ReportWording.waitingTitle(median: median), columns: ReportWording.waitingColumns, rows: stats.waiting.map { app in
            [ReportWording.application(app.company, app.position), app.applied.description, ReportWording.days(app.days)]
        })
    }

    func breakdown(_ breakdown: Statistics.Breakdown) -> Table {
        Table(title: ReportWording.breakdownTitle(breakdown.by), columns: ReportWording.breakdownColumns(breakdown.by),
              rows: breakdown.groups.map { g in
                  [ReportWording.groupName(g.name, by: breakdown.by), String(g.applications),
                   ReportWording.share(g.heardBack, of: g.applications), ReportWording.share(g.interviewed, of: g.applications),
                   ReportWording.share(g.offer, of: g.applications)]
              }, empty: breakdown.by == .status ? ReportWording.noClosed : ReportWording.noApplications)
    }

    var scorecard: Table {
        Table(title: ReportWording.scorecardTitle, columns: ReportWording.scorecardColumns, rows: stats.scorecard.map { p in
            [ReportWording.practiceName(p.kind), ReportWording.kept(p), ReportWording.keptShare(p)]
        }, notes: stats.scorecard.flatMap { p in p.misses.map { ReportWording.miss($0, of: p.kind) } })
    }
}
