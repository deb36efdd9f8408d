import JobJournalCore
import JobJournalPlaybook

/// The report page's two pictures, as inline SVG: applications by stage, and a timeline of
/// the last weeks' activity per open application with what is due next.
extension ReportHTML {
    static let timelineWeeks = 5

    static func color(of status: Status) -> String {
        switch status {
        case .saved, .applied: return "var(--applied)"
        case .unknown: return "var(--overdue)"
        case .interviewing: return "var(--interviewing)"
        case .offer: return "var(--offer)"
        case .accepted, .declined, .rejected, .withdrawn, .noResponse: return "var(--closed)"
        }
    }

    static func color(of timing: DueAction.Timing) -> String { "var(--\(timing.rawValue))" }

    /// Horizontal bars: one per open stage (saved and unknown only when some are), then one
    /// per closed status that occurs.
    static func stageChart(_ report: Report) -> String {
        var bars: [(String, Int, Status)] = Report.openStages.map { (ReportWording.stageName($0), report.open(at: $0).count, $0) }
        bars.removeAll { ($0.2 == .saved || $0.2 == .unknown) && $0.1 == 0 }
        for status in Status.allCases where status.isClosed {
            let n = report.closed.count { $0.status == status }
            if n > 0 { bars.append((ReportWording.stageName(status), n, status)) }
        }
        let labelWidth = 90, barSpace = 160, rowHeight = 28
        let most = max(1, bars.map(\.1).max() ?? 1)
        let height = bars.count * rowHeight + 4
        var svg = "<svg viewBox=\"0 0 \(labelWidth + barSpace + 34) \(height)\" role=\"img\" aria-label=\"Applications by stage\">\n"
        for (i, bar) in bars.enumerated() {
            let y = i * rowHeight + 4
            let width = bar.1 == 0 ? 0 : max(3, bar.1 * barSpace / most)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(bar.0)</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"18\" rx=\"3\" fill=\"\(color(of: bar.2))\"/>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(bar.1)</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// One row per open application over the last weeks and the agenda's days ahead: a dot
    /// for each day something happened, a ring for an interview ahead, a diamond for the next
    /// action in its timing's colour, and a line at today.
    static func timeline(_ report: Report) -> String {
        let today = report.today
        let start = today.adding(days: -(timelineWeeks * 7 - 1))
        let end = today.adding(days: max(7, min(report.within, 21)))
        let days = end.days(since: start) + 1
        let labelWidth = 170, plotWidth = 520, rowHeight = 22, top = 22, legend = 26
        let step = Double(plotWidth) / Double(days)
        func x(_ day: Day) -> String { format(Double(labelWidth) + (Double(day.days(since: start)) + 0.5) * step) }
        func inWindow(_ day: Day) -> Bool { day >= start && day <= end }
        let rows = report.open
        let height = top + rows.count * rowHeight + legend
        let width = labelWidth + plotWidth + 8
        var svg = "<svg viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"Activity timeline\">\n"
        // Week lines on Mondays, labelled with the day.
        var day = start
        while day <= end {
            if day.weekday == 0 {
                svg += "<line x1=\"\(x(day))\" y1=\"\(top - 6)\" x2=\"\(x(day))\" y2=\"\(top + rows.count * rowHeight)\" stroke=\"var(--line)\"/>"
                svg += "<text class=\"axis\" x=\"\(x(day))\" y=\"\(top - 9)\" text-anchor=\"middle\">\(monthDay(day))</text>\n"
            }
            day = day.adding(days: 1)
        }
        svg += "<line x1=\"\(x(today))\" y1=\"\(top - 6)\" x2=\"\(x(today))\" y2=\"\(top + rows.count * rowHeight)\" stroke=\"var(--ink)\" stroke-dasharray=\"3 2\"/>"
        svg += "<text class=\"axis\" x=\"\(x(today))\" y=\"\(top + rows.count * rowHeight + 11)\" text-anchor=\"middle\">today</text>\n"
        for (i, row) in rows.enumerated() {
            let y = top + i * rowHeight + rowHeight / 2
            let colour = color(of: row.status)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 4)\" text-anchor=\"end\">\(escape(TextStyle.truncate(row.company, to: 24)))</text>"
            // A faint line for the time the application has been alive in the window.
            if let first = row.activity.first, first <= today {
                let from = max(first, start)
                svg += "<line x1=\"\(x(from))\" y1=\"\(y)\" x2=\"\(x(today))\" y2=\"\(y)\" stroke=\"\(colour)\" stroke-opacity=\"0.35\" stroke-width=\"2\"/>"
            }
            for active in row.activity where inWindow(active) {
                svg += "<circle cx=\"\(x(active))\" cy=\"\(y)\" r=\"4\" fill=\"\(colour)\"/>"
            }
            if let interview = row.nextInterview, inWindow(interview) {
                svg += "<circle cx=\"\(x(interview))\" cy=\"\(y)\" r=\"5.5\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            }
            if let next = row.next, inWindow(next.due) {
                svg += diamond(x: x(next.due), y: y, fill: color(of: next.status))
            }
            svg += "\n"
        }
        // Legend.
        let ly = top + rows.count * rowHeight + legend - 6
        svg += "<circle cx=\"\(labelWidth + 6)\" cy=\"\(ly - 4)\" r=\"4\" fill=\"var(--muted)\"/>"
        svg += "<text class=\"axis\" x=\"\(labelWidth + 14)\" y=\"\(ly)\">activity</text>"
        svg += "<circle cx=\"\(labelWidth + 76)\" cy=\"\(ly - 4)\" r=\"5\" fill=\"none\" stroke=\"var(--muted)\" stroke-width=\"2\"/>"
        svg += "<text class=\"axis\" x=\"\(labelWidth + 86)\" y=\"\(ly)\">interview ahead</text>"
        svg += diamond(x: String(labelWidth + 180), y: ly - 4, fill: "var(--overdue)")
        svg += "<text class=\"axis\" x=\"\(labelWidth + 190)\" y=\"\(ly)\">next action (overdue, today, upcoming)</text>\n"
        return svg + "</svg>\n"
    }

    static func diamond(x: String, y: Int, fill: String) -> String {
        "<rect x=\"-4.5\" y=\"-4.5\" width=\"9\" height=\"9\" fill=\"\(fill)\" transform=\"translate(\(x) \(y)) rotate(45)\"/>"
    }

    /// "11-02".
    static func monthDay(_ day: Day) -> String { String(day.description.dropFirst(5)) }

    /// A coordinate with at most one decimal, so the page is the same on every machine.
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
