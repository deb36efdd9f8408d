import JobJournalCore

/// The statistics section of the page: three charts that each answer a question (how far
/// applications get, how long employers take to answer, whether the playbook is followed),
/// as inline SVG, then the tables every format shows.
extension ReportHTML {
    /// `stats --format html`: a page of its own, styled as the report.
    public static func render(_ stats: Statistics) -> String {
        let title = ReportWording.statisticsTitle(on: stats.today)
        return page(title: title, heading: ReportWording.statisticsTitle, dateline: TextStyle.day(stats.today), intro: nil)
            + "<section id=\"statistics\">\n" + statistics(stats) + "</section>\n</body>\n</html>\n"
    }

    static func statistics(_ stats: Statistics) -> String {
        let document = StatisticsDocument(stats)
        var out = "<p>\(escape(document.summary))</p>\n<div class=\"charts\">\n"
        out += figure("funnel", ReportWording.funnelQuestion, funnelChart(stats))
        if !stats.responseDays.isEmpty {
            out += figure("response", ReportWording.responseQuestion, responseChart(stats.responseDays))
        }
        out += figure("scorecard", ReportWording.scorecardQuestion, scorecardChart(stats))
        out += "</div>\n"
        for table in document.tables {
            out += "<h3>\(escape(table.title))</h3>\n"
            if table.rows.isEmpty, let empty = table.empty {
                out += "<p>\(escape(empty))</p>\n"
                continue
            }
            out += self.table(table.columns, table.rows.map { $0.map(escape) })
            if !table.notes.isEmpty {
                out += "<ul class=\"notes\">\n" + table.notes.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
            }
        }
        return out
    }

    /// A chart with its question as its caption, above it.
    static func figure(_ name: String, _ question: String, _ svg: String) -> String {
        "<figure class=\"\(name)\">\n<figcaption class=\"question\">\(escape(question))</figcaption>\n\(svg)</figure>\n"
    }

    /// Stepped bars, one a stage, each as wide as its count, with the rate from the stage
    /// before at its end.
    static func funnelChart(_ stats: Statistics) -> String {
        let labelWidth = 96, barSpace = 200, rowHeight = 26
        let most = max(1, stats.funnel.first?.count ?? 1)
        let height = stats.funnel.count * rowHeight + 4
        var svg = "<svg viewBox=\"0 0 \(labelWidth + barSpace + 90) \(height)\" role=\"img\" aria-label=\"\(escape(ReportWording.funnelQuestion))\">\n"
        for (i, step) in stats.funnel.enumerated() {
            let y = i * rowHeight + 4
            let width = step.count == 0 ? 0 : max(3, step.count * barSpace / most)
            let rate = step.stage == .applied ? "" : " · \(ReportWording.percent(step.rate))"
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 14)\" text-anchor=\"end\">\(ReportWording.stageName(step.stage))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"17\" rx=\"3\" fill=\"var(--\(funnelColor(step.stage)))\"/>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 14)\">\(step.count)\(rate)</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func funnelColor(_ stage: Statistics.Stage) -> String {
        switch stage {
        case .applied, .heardBack: return "applied"
        case .interviewed, .finalRound: return "interviewing"
        case .offer, .accepted: return "offer"
        }
    }

    /// Columns of applications by the week they heard back in, from the first week on, with
    /// the median marked.
    static func responseChart(_ days: [Int]) -> String {
        let weeks = min((days.max() ?? 0) / 7, 25) + 1
        var counts = [Int](repeating: 0, count: weeks)
        for d in days { counts[min(d / 7, weeks - 1)] += 1 }
        let most = max(1, counts.max() ?? 1)
        let left = 10, plot = 100, bottom = 18, column = max(12, min(40, 300 / weeks))
        let width = left * 2 + column * weeks
        var svg = "<svg viewBox=\"0 0 \(width) \(plot + bottom + 14)\" role=\"img\" aria-label=\"\(escape(ReportWording.responseQuestion))\">\n"
        for (week, n) in counts.enumerated() {
            let x = left + week * column
            let h = n * plot / most
            let top = 12 + plot - h
            if n > 0 {
                svg += "<rect x=\"\(x + 2)\" y=\"\(top)\" width=\"\(column - 4)\" height=\"\(h)\" rx=\"2\" fill=\"var(--applied)\"/>"
                svg += "<text class=\"axis\" x=\"\(x + column / 2)\" y=\"\(top - 2)\" text-anchor=\"middle\">\(n)</text>"
            }
            svg += "<text class=\"axis\" x=\"\(x + column / 2)\" y=\"\(12 + plot + 12)\" text-anchor=\"middle\">\(ReportWording.weekLabel(week))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// One bar a practice: the share kept in green over the whole in grey, and "8 of 9".
    static func scorecardChart(_ stats: Statistics) -> String {
        let labelWidth = 300, barSpace = 160, rowHeight = 26
        let height = stats.scorecard.count * rowHeight + 4
        var svg = "<svg viewBox=\"0 0 \(labelWidth + barSpace + 80) \(height)\" role=\"img\" aria-label=\"\(escape(ReportWording.scorecardQuestion))\">\n"
        for (i, practice) in stats.scorecard.enumerated() {
            let y = i * rowHeight + 4
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 14)\" text-anchor=\"end\">\(escape(ReportWording.practiceName(practice.kind)))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(barSpace)\" height=\"17\" rx=\"3\" fill=\"var(--band)\" stroke=\"var(--line)\"/>"
            if practice.of > 0 {
                let kept = practice.kept * barSpace / practice.of
                if kept > 0 { svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(kept)\" height=\"17\" rx=\"3\" fill=\"var(--interviewing)\"/>" }
            }
            svg += "<text x=\"\(labelWidth + barSpace + 6)\" y=\"\(y + 14)\">\(ReportWording.kept(practice))</text>\n"
        }
        return svg + "</svg>\n"
    }
}
