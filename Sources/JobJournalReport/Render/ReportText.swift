import JobJournalCore

/// The report for a terminal: agenda, pipeline, references, offers, statistics and problems, each
/// section readable at 80 columns. Every piece of user text passes through
/// `Terminal.plain`, so nothing in a file can send escape codes to the terminal.
public enum ReportText {
    public static func render(_ report: Report, style: TextStyle = TextStyle()) -> String {
        let document = ReportDocument(report)
        var parts = [header(document, style: style)]
        for section in document.sections {
            parts.append(style.paint(document.title(of: section).uppercased(), .bold) + "\n" + body(section, of: document, style: style))
        }
        return parts.joined(separator: "\n")
    }

    static func body(_ section: ReportDocument.Section, of document: ReportDocument, style: TextStyle) -> String {
        let report = document.report
        // The agenda lists the interviews ahead under its empty-state sentence too.
        if section != .agenda, let empty = document.empty(section) { return paragraph(empty) }
        switch section {
        case .agenda: return agenda(document, style: style)
        case .pipeline: return pipeline(document, style: style)
        case .references: return ReferencesText.render(report.references, style: style)
        case .offers: return offers(report, style: style)
        case .statistics: return StatisticsText.section(report.stats, style: style)
        case .problems: return problems(report, style: style)
        }
    }

    /// A sentence of the report on a line of its own, indented under its heading.
    static func paragraph(_ text: String) -> String { "  \(text)\n" }

    static func header(_ document: ReportDocument, style: TextStyle) -> String {
        style.paint(document.fullTitle, .bold) + "\n" + TextStyle.wrap(document.overview, width: style.width, indent: "") + "\n"
    }

    static func agenda(_ document: ReportDocument, style: TextStyle) -> String {
        let report = document.report
        var out = document.empty(.agenda).map(paragraph) ?? AgendaText.render(report.agenda, today: report.today, style: style)
        if !report.interviewsAhead.isEmpty {
            out += "\n" + style.paint(ReportWording.interviewsAhead, .bold) + "\n"
            for interview in report.interviewsAhead {
                let lead = "  \(TextStyle.day(interview.date))  "
                let indent = String(repeating: " ", count: TextStyle.columns(lead))
                out += "  " + style.paint(TextStyle.day(interview.date), .cyan) + "  "
                out += TextStyle.truncate(Terminal.plain(interview.company), to: style.width - TextStyle.columns(lead) - 14)
                out += style.paint(" · \(interview.date.ago(from: report.today))", .dim) + "\n"
                out += TextStyle.wrap(Terminal.plain(ReportWording.interview(interview)), width: style.width, indent: indent) + "\n"
            }
        }
        return out
    }

    static func pipeline(_ document: ReportDocument, style: TextStyle) -> String {
        let report = document.report
        var out = ""
        // One table for every stage, so the columns line up from group to group.
        let columns = ReportWording.pipelineTextColumns
        var table = TextTable([.init(title: columns[0]), .init(title: columns[1], shrinks: false)])
        for row in report.open {
            table.add([.init(Terminal.plain(ReportWording.application(row.company, row.position))),
                       .init(ReportWording.lastActivity(row, today: report.today))])
        }
        let lines = table.render(style: style)
        var first = true
        for (stage, _) in document.stages {
            let group = zip(report.open, lines.rows).filter { $0.0.status == stage }
            if !first { out += "\n" }
            first = false
            out += style.paint(ReportWording.counted(ReportWording.stageName(stage), group.count), color(of: stage)) + "\n"
            out += lines.header + "\n"
            for (row, line) in group {
                out += line + "\n"
                out += nextLine(row, today: report.today, style: style) + "\n"
            }
        }
        if !report.closed.isEmpty {
            if !first { out += "\n" }
            first = false
            out += style.paint(ReportWording.counted(ReportWording.closed, report.closed.count), .dim) + "\n"
            for row in report.closed {
                let note = " (\(ReportWording.closedNote(row)))"
                let text = TextStyle.truncate(Terminal.plain(ReportWording.application(row.company, row.position)),
                                              to: max(20, style.width - 2 - TextStyle.columns(note)))
                out += "  " + text + style.paint(note, .dim) + "\n"
            }
        }
        if !report.problems.unreadable.isEmpty {
            if !first { out += "\n" }
            out += style.paint(ReportWording.couldNotBeRead(run: quoted(ReportWording.checkCommand)), .red) + "\n"
            for file in report.problems.unreadable { out += "  " + TextStyle.truncate(Terminal.plain(file), to: style.width - 2) + "\n" }
        }
        return out
    }

    /// "    next Tue 2026-11-24  Ask Mr. Jones about the status…", cut to the width.
    static func nextLine(_ row: ApplicationSummary, today: Day, style: TextStyle) -> String {
        guard let action = row.next else { return style.paint("    " + ReportWording.nothingDueNext, .dim) }
        let lead = "    \(ReportWording.next) "
        let day = TextStyle.day(action.due)
        let room = style.width - TextStyle.columns(lead) - TextStyle.columns(day) - 2
        return style.paint(lead, .dim) + style.paint(day, for: action.status) + "  " + TextStyle.truncate(Terminal.plain(action.title), to: room)
    }

    static func offers(_ report: Report, style: TextStyle) -> String {
        var table = TextTable([.init(title: ReportWording.offerColumns[0]), .init(title: ReportWording.offerColumns[1], shrinks: false)])
        for offer in report.offers {
            table.add([.init(Terminal.plain(ReportWording.application(offer.company, offer.position))),
                       .init(ReportWording.stage(offer), offer.stage == nil ? nil : .green)])
        }
        let lines = table.render(style: style)
        var out = lines.header + "\n"
        for (offer, line) in zip(report.offers, lines.rows) {
            out += line + "\n"
            out += TextStyle.wrap(ReportWording.terms(offer), width: style.width, indent: "    ") + "\n"
        }
        return out
    }

    static func problems(_ report: Report, style: TextStyle) -> String {
        let p = report.problems
        var out = TextStyle.wrap(ReportWording.problems(p, run: quoted(ReportWording.checkCommand)), width: style.width, indent: "  ") + "\n"
        if !p.unreadable.isEmpty {
            out += TextStyle.wrap(ReportWording.couldNotBeRead(p.unreadable.map(Terminal.plain)), width: style.width, indent: "  ") + "\n"
        }
        return out
    }

    /// A command as the text report quotes it: 'jobjournal check'.
    static func quoted(_ command: String) -> String { "'\(command)'" }

    static func color(of stage: Status) -> Terminal.Color {
        switch stage {
        case .saved, .applied: return .blue
        case .interviewing: return .cyan
        case .offer: return .green
        case .unknown: return .red
        case .accepted, .declined, .rejected, .withdrawn, .noResponse: return .dim
        }
    }
}
