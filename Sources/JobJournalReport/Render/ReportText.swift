import JobJournalCore

/// The report for a terminal: agenda, pipeline, references, offers and problems, each
/// section readable at 80 columns. Every piece of user text passes through
/// `Terminal.plain`, so nothing in a file can send escape codes to the terminal.
public enum ReportText {
    public static func render(_ report: Report, style: TextStyle = TextStyle()) -> String {
        var sections = [header(report, style: style)]
        sections.append(agenda(report, style: style))
        sections.append(pipeline(report, style: style))
        sections.append(references(report, style: style))
        sections.append(offers(report, style: style))
        sections.append(problems(report, style: style))
        return sections.joined(separator: "\n")
    }

    static func heading(_ text: String, style: TextStyle) -> String { style.paint(text.uppercased(), .bold) + "\n" }

    static func header(_ report: Report, style: TextStyle) -> String {
        let title = "Job search report, \(TextStyle.day(report.today))"
        return style.paint(title, .bold) + "\n" + TextStyle.wrap(ReportWording.overview(report), width: style.width, indent: "") + "\n"
    }

    static func agenda(_ report: Report, style: TextStyle) -> String {
        var out = heading("Agenda", style: style)
        if report.agenda.isEmpty {
            out += "  Nothing due in the next \(ReportWording.days(report.within)).\n"
        } else {
            out += AgendaText.render(report.agenda, today: report.today, style: style)
        }
        if !report.interviewsAhead.isEmpty {
            out += "\n" + style.paint("Interviews ahead", .bold) + "\n"
            for interview in report.interviewsAhead {
                let lead = "  \(TextStyle.day(interview.date))  "
                let indent = String(repeating: " ", count: lead.count)
                out += "  " + style.paint(TextStyle.day(interview.date), .cyan) + "  "
                out += TextStyle.truncate(Terminal.plain(interview.company), to: style.width - lead.count - 14)
                out += style.paint(" · \(interview.date.ago(from: report.today))", .dim) + "\n"
                out += TextStyle.wrap(Terminal.plain(ReportWording.interview(interview)), width: style.width, indent: indent) + "\n"
            }
        }
        return out
    }

    static func pipeline(_ report: Report, style: TextStyle) -> String {
        var out = heading("Pipeline", style: style)
        if report.open.isEmpty && report.closed.isEmpty && report.problems.unreadable.isEmpty {
            return out + "  No applications yet.\n"
        }
        // One table for every stage, so the columns line up from group to group.
        var table = TextTable([.init(title: "Application"), .init(title: "Last activity", shrinks: false)])
        for row in report.open {
            table.add([.init(Terminal.plain("\(row.company): \(row.position)")), .init(ReportWording.lastActivity(row, today: report.today))])
        }
        let lines = table.render(style: style)
        var first = true
        for stage in Report.openStages {
            let group = zip(report.open, lines.rows).filter { $0.0.status == stage }
            guard !group.isEmpty else { continue }
            if !first { out += "\n" }
            first = false
            out += style.paint("\(ReportWording.stageName(stage)) (\(group.count))", color(of: stage)) + "\n"
            out += lines.header + "\n"
            for (row, line) in group {
                out += line + "\n"
                out += nextLine(row, today: report.today, style: style) + "\n"
            }
        }
        if !report.closed.isEmpty {
            if !first { out += "\n" }
            first = false
            out += style.paint("Closed (\(report.closed.count))", .dim) + "\n"
            for row in report.closed {
                var text = "\(Terminal.plain(row.company)): \(Terminal.plain(row.position))"
                let note = " (\(row.status.rawValue)" + (row.lastActivity.map { ", last activity \($0)" } ?? "") + ")"
                text = TextStyle.truncate(text, to: max(20, style.width - 2 - note.count))
                out += "  " + text + style.paint(note, .dim) + "\n"
            }
        }
        if !report.problems.unreadable.isEmpty {
            if !first { out += "\n" }
            out += style.paint("Could not be read (run 'jobjournal check')", .red) + "\n"
            for file in report.problems.unreadable { out += "  " + TextStyle.truncate(Terminal.plain(file), to: style.width - 2) + "\n" }
        }
        return out
    }

    /// "    next Tue 2026-11-24  Ask Mr. Jones about the status…", cut to the width.
    static func nextLine(_ row: ApplicationSummary, today: Day, style: TextStyle) -> String {
        let lead = "    next "
        guard let action = row.next else { return style.paint("    nothing due", .dim) }
        let day = TextStyle.day(action.due)
        let room = style.width - lead.count - day.count - 2
        return style.paint(lead, .dim) + style.paint(day, for: action.status) + "  " + TextStyle.truncate(Terminal.plain(action.title), to: room)
    }

    static func references(_ report: Report, style: TextStyle) -> String {
        var out = heading("References", style: style)
        if report.references.isEmpty { return out + "  No references recorded for open applications.\n" }
        out += ReferencesText.render(report.references, style: style)
        return out
    }

    static func offers(_ report: Report, style: TextStyle) -> String {
        var out = heading("Offers", style: style)
        if report.offers.isEmpty { return out + "  No offers yet.\n" }
        var table = TextTable([.init(title: "Application"), .init(title: "Stage", shrinks: false)])
        for offer in report.offers {
            table.add([.init(Terminal.plain("\(offer.company): \(offer.position)")), .init(ReportWording.stage(offer), offer.stage == nil ? nil : .green)])
        }
        let lines = table.render(style: style)
        out += lines.header + "\n"
        for (offer, line) in zip(report.offers, lines.rows) {
            out += line + "\n"
            let terms = ReportWording.terms(offer)
            out += TextStyle.wrap(terms, width: style.width, indent: "    ") + "\n"
        }
        return out
    }

    static func problems(_ report: Report, style: TextStyle) -> String {
        var out = heading("Problems", style: style)
        let p = report.problems
        let line = ReportWording.problems(p)
        out += TextStyle.wrap(line, width: style.width, indent: "  ") + "\n"
        if !p.unreadable.isEmpty {
            out += TextStyle.wrap("Could not be read: " + p.unreadable.map(Terminal.plain).joined(separator: ", "), width: style.width, indent: "  ") + "\n"
        }
        return out
    }

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
