import JobJournalCore

/// The report as one self-contained web page: inline CSS, inline SVG charts, no scripts and
/// nothing fetched (a Content-Security-Policy says so to the browser too). It reads on a
/// phone (tables turn into cards on a narrow screen) and prints cleanly. Every piece of user
/// text goes through `ReportHTML.escape`.
public enum ReportHTML {
    public static func render(_ report: Report) -> String {
        let document = ReportDocument(report)
        var page = self.page(title: document.fullTitle, heading: document.title, dateline: document.dateline, intro: document.overview)
        page += charts(report)
        for section in document.sections { page += self.section(section, of: document) }
        page += "</body>\n</html>\n"
        return page
    }

    /// The page up to the end of its header: the head with the stylesheet, the heading, the
    /// day and an introductory sentence.
    static func page(title: String, heading: String, dateline: String, intro: String?) -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="generator" content="jobjournal report">
            <title>\(title)</title>
            <style>
            \(stylesheet)</style>
            </head>
            <body>
            <header>
            <h1>\(heading)</h1>
            <p class="day">\(dateline)</p>

            """
        if let intro { page += "<p>\(escape(intro))</p>\n" }
        return page + "</header>\n"
    }

    // MARK: Sections

    /// `<section id="agenda"><h2>Agenda</h2>…`; every section but the last is followed by a
    /// blank line.
    static func section(_ section: ReportDocument.Section, of document: ReportDocument) -> String {
        var out = "<section id=\"\(section.rawValue)\">\n<h2>\(document.title(of: section))</h2>\n"
        let report = document.report
        // The agenda lists the interviews ahead under its empty-state sentence too.
        if let empty = document.empty(section) {
            out += "<p>\(empty)</p>\n"
            if section == .agenda { out += interviewsAhead(report) }
        } else {
            switch section {
            case .agenda: out += agenda(document) + interviewsAhead(report)
            case .pipeline: out += pipeline(document)
            case .references: out += references(report)
            case .offers: out += offers(report)
            case .statistics: out += statistics(report.stats)
            case .problems: out += problems(report)
            }
        }
        return out + (section == document.sections.last ? "</section>\n" : "</section>\n\n")
    }

    static func agenda(_ document: ReportDocument) -> String {
        var out = ""
        for (timing, group) in document.agendaGroups {
            out += "<h3 class=\"\(timing.rawValue)\">\(ReportWording.title(of: timing)) \(count(group.count))</h3>\n"
            out += "<ul class=\"actions\">\n"
            for action in group {
                out += "<li class=\"\(timing.rawValue)\">"
                out += "<div class=\"when\">\(time(action.due, TextStyle.day(action.due))) "
                out += "<span class=\"relative\">\(TextStyle.relative(action.due, today: document.report.today))</span></div>"
                out += "<div class=\"what\"><span class=\"company\">\(escape(action.company))</span> "
                out += "<span class=\"kind\">\(action.kind.rawValue)</span>"
                out += "<p class=\"title\">\(escape(action.title))</p>"
                out += "<p class=\"explain\">\(escape(action.explain))</p></div></li>\n"
            }
            out += "</ul>\n"
        }
        return out
    }

    static func interviewsAhead(_ report: Report) -> String {
        guard !report.interviewsAhead.isEmpty else { return "" }
        var out = "<h3>\(ReportWording.interviewsAhead) \(count(report.interviewsAhead.count))</h3>\n"
        out += table(ReportWording.interviewColumns, report.interviewsAhead.map { interview in
            ["\(time(interview.date, TextStyle.day(interview.date))) \(muted(interview.date.ago(from: report.today)))",
             escape(interview.company), escape(ReportWording.interview(interview))]
        })
        return out
    }

    /// The pipeline at a glance, before the details: applications by stage and the
    /// timeline of recent activity.
    static func charts(_ report: Report) -> String {
        guard !report.open.isEmpty || !report.closed.isEmpty else { return "" }
        var out = "<div class=\"charts\">\n"
        out += "<figure class=\"stages\">\n" + stageChart(report) + "<figcaption>Applications by stage</figcaption>\n</figure>\n"
        if !report.open.isEmpty {
            out += "<figure class=\"timeline\">\n" + timeline(report) + "<figcaption>Activity over the last \(timelineWeeks) weeks, and what is due next</figcaption>\n</figure>\n"
        }
        return out + "</div>\n\n"
    }

    static func pipeline(_ document: ReportDocument) -> String {
        let report = document.report
        var out = ""
        for (stage, rows) in document.stages {
            out += "<h3 class=\"stage-\(stage.rawValue)\">\(ReportWording.stageName(stage)) \(count(rows.count))</h3>\n"
            out += table(ReportWording.pipelineColumns, class: "pipeline", rows.map { row in
                var next = muted(ReportWording.nothingDueNext), due = ""
                if let action = row.next {
                    next = escape(action.title)
                    due = time(action.due, TextStyle.day(action.due), class: action.status.rawValue)
                }
                return ["\(escape(row.company))<div class=\"file\">\(escape(row.file))</div>", escape(row.position),
                        activity(row, today: report.today), next, due]
            })
        }
        if !report.closed.isEmpty {
            out += "<h3 class=\"stage-closed\">\(ReportWording.closed) \(count(report.closed.count))</h3>\n<ul class=\"closed\">\n"
            for row in report.closed {
                out += "<li><strong>\(escape(row.company))</strong>: \(escape(row.position)) \(muted("(" + ReportWording.closedNote(row) + ")"))</li>\n"
            }
            out += "</ul>\n"
        }
        if !report.problems.unreadable.isEmpty {
            out += "<h3 class=\"overdue\">\(ReportWording.couldNotBeRead)</h3>\n<ul class=\"unreadable\">\n"
            for file in report.problems.unreadable { out += "<li><code>\(escape(file))</code></li>\n" }
            out += "</ul>\n<p>\(ReportWording.seeWhy(run: "<code>\(ReportWording.checkCommand)</code>"))</p>\n"
        }
        return out
    }

    static func references(_ report: Report) -> String {
        table(ReportWording.referenceColumns, report.references.map { s in
            var called = muted(ReportWording.notYet)
            if case .called(let day) = s.state { called = time(day, day.description, class: "called") }
            let briefed = s.briefed.map { time($0, $0.description) } ?? warn(ReportWording.notBriefed)
            return [escape(s.company), escape(s.reference), escape(s.relation ?? ""), briefed, called]
        })
    }

    static func offers(_ report: Report) -> String {
        var out = table(ReportWording.offerColumns, report.offers.map { offer in
            ["\(escape(offer.company))<div class=\"file\">\(escape(offer.position))</div>", "<span class=\"nowrap\">\(escape(ReportWording.stage(offer)))</span>"]
                + Offer.Term.allCases.map { term in offer.text(of: term).map(escape) ?? warn(ReportWording.notSpelledOut) }
        })
        for offer in report.offers where !offer.missing.isEmpty || !offer.hasLetter {
            out += "<p class=\"note\"><strong>\(escape(offer.company))</strong>: \(escape(ReportWording.terms(offer)))</p>\n"
        }
        return out
    }

    static func problems(_ report: Report) -> String {
        let p = report.problems
        let clean = p.errors == 0 && p.warnings == 0
        return "<p class=\"\(clean ? "clean" : "warn")\">\(escape(ReportWording.problems(p, run: "'\(ReportWording.checkCommand)'")))</p>\n"
    }

    // MARK: Pieces

    /// The last activity's day, and how long ago on a line of its own.
    static func activity(_ row: ApplicationSummary, today: Day) -> String {
        guard let day = row.lastActivity else { return muted(ReportWording.noActivity) }
        return "\(time(day, day.description))<div class=\"muted\">\(day.ago(from: today))</div>"
    }

    /// `<time datetime="2026-11-24">Tue 2026-11-24</time>`, with a class when given.
    static func time(_ day: Day, _ text: String, class name: String? = nil) -> String {
        "<time\(name.map { " class=\"\($0)\"" } ?? "") datetime=\"\(day)\">\(text)</time>"
    }

    /// Words shown quieter than the rest; they hold no user text.
    static func muted(_ text: String) -> String { "<span class=\"muted\">\(text)</span>" }

    /// Words that call for attention; they hold no user text.
    static func warn(_ text: String) -> String { "<span class=\"warn\">\(text)</span>" }

    /// A group's size beside its heading.
    static func count(_ n: Int) -> String { "<span class=\"count\">\(n)</span>" }

    /// A table whose cells are already HTML; each cell carries its column's title for the
    /// card layout on narrow screens.
    static func table(_ header: [String], class name: String? = nil, _ rows: [[String]]) -> String {
        var out = "<div class=\"table\"><table\(name.map { " class=\"\($0)\"" } ?? "")>\n<thead><tr>"
        for title in header { out += "<th>\(title)</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (title, cell) in zip(header, row) { out += "<td data-label=\"\(title)\">\(cell)</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    /// Text safe anywhere in HTML or SVG, attribute values included; control characters are
    /// shown, not passed on.
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in Terminal.plain(text) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    static let stylesheet = """
        :root { --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --paper: #ffffff; --band: #f6f8fa;
          --overdue: #b42318; --today: #9a6700; --upcoming: #0969da;
          --applied: #54aeff; --interviewing: #1f883d; --offer: #8250df; --closed: #afb8c1; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 64rem; padding: 1rem 1.25rem 3rem; color: var(--ink); background: var(--paper);
          font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        h1 { font-size: 1.6rem; margin: 0.5rem 0 0; }
        h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
        .day { color: var(--muted); margin: 0; font-weight: 600; }
        .count { display: inline-block; min-width: 1.5em; padding: 0 0.4em; border-radius: 1em; background: var(--band);
          color: var(--muted); font-size: 0.8rem; text-align: center; }
        .muted, .file { color: var(--muted); }
        .file { font-size: 0.8rem; overflow-wrap: anywhere; }
        h3.overdue, time.overdue, .overdue .when { color: var(--overdue); }
        h3.today, time.today, .today .when { color: var(--today); }
        h3.upcoming, .upcoming .when { color: var(--upcoming); }
        .warn { color: var(--overdue); }
        .called, .clean { color: var(--interviewing); }
        ul.actions { list-style: none; padding: 0; margin: 0; }
        ul.actions li { display: flex; gap: 1rem; padding: 0.6rem 0.75rem; border-left: 4px solid var(--upcoming);
          background: var(--band); margin-bottom: 0.5rem; border-radius: 0 6px 6px 0; break-inside: avoid; }
        ul.actions li.overdue { border-left-color: var(--overdue); }
        ul.actions li.today { border-left-color: var(--today); }
        .when { flex: 0 0 9.5rem; font-weight: 600; }
        .when time { white-space: nowrap; }
        .when .relative { display: block; font-weight: 400; font-size: 0.85rem; }
        .what { flex: 1; min-width: 0; }
        .company { font-weight: 600; }
        .kind { font-size: 0.75rem; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.3em; margin-left: 0.3em; }
        .what p { margin: 0.15rem 0 0; }
        .explain { color: var(--muted); font-size: 0.875rem; }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: 1rem; }
        figure { margin: 0; flex: 1 1 34rem; border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem; break-inside: avoid; }
        figure.stages { flex: 0 1 19rem; }
        figure.timeline { overflow-x: auto; }
        figure.timeline svg { min-width: 32rem; }
        figure svg { width: 100%; height: auto; display: block; }
        figcaption { color: var(--muted); font-size: 0.8rem; margin-top: 0.4rem; }
        svg text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); }
        svg .axis { fill: var(--muted); font-size: 10px; }
        .stage-applied { color: var(--applied); } .stage-interviewing { color: var(--interviewing); }
        .stage-offer { color: var(--offer); } .stage-closed { color: var(--muted); }
        .table { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); }
        th { font-size: 0.8rem; color: var(--muted); font-weight: 600; }
        tr { break-inside: avoid; }
        td time, .nowrap { white-space: nowrap; }
        table.pipeline { table-layout: fixed; }
        table.pipeline th:nth-child(1) { width: 21%; } table.pipeline th:nth-child(2) { width: 17%; }
        table.pipeline th:nth-child(3) { width: 8rem; } table.pipeline th:nth-child(5) { width: 8.5rem; }
        ul.closed { padding-left: 1.25rem; }
        .note { font-size: 0.9rem; }
        figcaption.question { color: var(--ink); font-size: 0.9rem; font-weight: 600; margin: 0 0 0.4rem; }
        figure.funnel, figure.response { flex: 1 1 20rem; }
        ul.notes { font-size: 0.875rem; color: var(--muted); padding-left: 1.25rem; }
        code { font-size: 0.9em; background: var(--band); padding: 0 0.25em; border-radius: 3px; }
        @media (max-width: 40rem) {
          body { padding: 0.75rem; font-size: 14px; }
          ul.actions li { flex-direction: column; gap: 0.25rem; }
          .when { flex: none; }
          table, thead, tbody, tr, td { display: block; width: 100%; }
          thead { display: none; }
          tr { border: 1px solid var(--line); border-radius: 6px; margin-bottom: 0.6rem; padding: 0.25rem 0; }
          td { border: none; padding: 0.2rem 0.6rem; }
          td:empty { display: none; }
          td::before { content: attr(data-label); display: inline-block; min-width: 6.5rem; font-size: 0.75rem; color: var(--muted); }
          table.pipeline { table-layout: auto; }
        }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { break-after: avoid; }
          h3 { break-after: avoid; }
          ul.actions li { background: none; border-top: 1px solid var(--line); border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); }
          .table { overflow: visible; }
        }

        """
}
