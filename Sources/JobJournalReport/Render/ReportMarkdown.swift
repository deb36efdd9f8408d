import JobJournalCore

/// The report as Markdown to keep beside the notes (`REPORT.md`): headings and GitHub-style
/// tables, each application linked to its file. It has no front matter, so `check` and the
/// journal's parser pass over it. User text is escaped so that a company called
/// `<script>…</script> | Sons` reads as that text and cannot break a table.
public enum ReportMarkdown {
    /// `linkBase` is the path from the report's folder to the journal root (`""` when the
    /// report sits in the root).
    public static func render(_ report: Report, linkBase: String = "") -> String {
        let md = ReportMarkdown.Writer(document: ReportDocument(report), linkBase: linkBase)
        return ([md.header()] + md.document.sections.map(md.section)).joined(separator: "\n")
    }

    struct Writer {
        let document: ReportDocument
        let linkBase: String
        var report: Report { document.report }

        func header() -> String {
            "# \(document.fullTitle)\n\n" + ReportMarkdown.escape(document.overview) + "\n"
        }

        func section(_ section: ReportDocument.Section) -> String {
            var out = "## \(document.title(of: section))\n"
            // The agenda lists the interviews ahead under its empty-state sentence too.
            if let empty = document.empty(section) {
                out += "\n" + empty + "\n"
                if section != .agenda { return out }
            }
            switch section {
            case .agenda: return out + agenda()
            case .pipeline: return out + pipeline()
            case .references: return out + "\n" + references()
            case .offers: return out + "\n" + offers()
            case .statistics: return out + ReportMarkdown.statistics(report.stats)
            case .problems: return out + "\n" + problems()
            }
        }

        func agenda() -> String {
            var out = ""
            for (timing, group) in document.agendaGroups {
                out += "\n### \(ReportWording.title(of: timing))\n\n"
                out += ReportMarkdown.table(ReportWording.actionColumns, group.map { action in
                    [ReportWording.due(action, today: report.today), link(action.company, to: action.application), ReportMarkdown.escape(action.title)]
                })
            }
            if !report.interviewsAhead.isEmpty {
                out += "\n### \(ReportWording.interviewsAhead)\n\n"
                out += ReportMarkdown.table(ReportWording.interviewColumns, report.interviewsAhead.map { interview in
                    [ReportWording.when(interview, today: report.today), link(interview.company, to: interview.file),
                     ReportMarkdown.escape(ReportWording.interview(interview))]
                })
            }
            return out
        }

        func pipeline() -> String {
            var out = ""
            for (stage, rows) in document.stages {
                out += "\n### \(ReportWording.counted(ReportWording.stageName(stage), rows.count))\n\n"
                out += ReportMarkdown.table(ReportWording.pipelineColumns, rows.map { row in
                    [link(row.company, to: row.file), ReportMarkdown.escape(row.position),
                     ReportWording.lastActivity(row, today: report.today),
                     row.next.map { ReportMarkdown.escape($0.title) } ?? ReportWording.nothingDueNext,
                     row.next.map { TextStyle.day($0.due) } ?? ""]
                })
            }
            if !report.closed.isEmpty {
                out += "\n### \(ReportWording.counted(ReportWording.closed, report.closed.count))\n\n"
                for row in report.closed {
                    out += "- \(link(row.company, to: row.file)): \(ReportMarkdown.escape(row.position)) (\(ReportWording.closedNote(row)))\n"
                }
            }
            if !report.problems.unreadable.isEmpty {
                out += "\n### \(ReportWording.couldNotBeRead)\n\n\(ReportWording.seeWhy(run: code(ReportWording.checkCommand)))\n\n"
                for file in report.problems.unreadable { out += "- \(link(file, to: file))\n" }
            }
            return out
        }

        func references() -> String {
            ReportMarkdown.table(ReportWording.referenceColumns, report.references.map { s in
                var called = ReportWording.notYet
                if case .called(let day) = s.state { called = day.description }
                return [link(s.company, to: s.application), ReportMarkdown.escape(s.reference), ReportMarkdown.escape(s.relation ?? ""),
                        s.briefed?.description ?? ReportWording.notBriefed, called]
            })
        }

        func offers() -> String {
            ReportMarkdown.table(ReportWording.offerColumns, report.offers.map { offer in
                [link(offer.company, to: offer.file), ReportWording.stage(offer)]
                    + Offer.Term.allCases.map { term in offer.text(of: term).map(ReportMarkdown.escape) ?? "**\(ReportWording.notSpelledOut)**" }
            })
        }

        func problems() -> String {
            var out = ReportWording.problems(report.problems, run: code(ReportWording.checkCommand)) + "\n"
            if !report.problems.unreadable.isEmpty {
                out += "\n" + ReportWording.couldNotBeRead(report.problems.unreadable.map { link($0, to: $0) }) + "\n"
            }
            return out
        }

        /// `[text](path)`, the path relative to the report's folder.
        func link(_ text: String, to file: String) -> String {
            let path = linkBase.isEmpty ? file : linkBase + "/" + file
            return "[\(ReportMarkdown.escape(text))](\(ReportMarkdown.percentEncode(path)))"
        }

        /// A command as inline code: `jobjournal check`.
        func code(_ command: String) -> String { "`\(command)`" }
    }

    /// `stats --format markdown`: a title, then the statistics as the report's section has them.
    public static func render(_ stats: Statistics) -> String {
        "# \(ReportWording.statisticsTitle(on: stats.today))\n" + statistics(stats)
    }

    /// The summary, then each table under a heading of its own, its notes as a list.
    static func statistics(_ stats: Statistics) -> String {
        let stats = StatisticsDocument(stats)
        var out = "\n" + ReportMarkdown.escape(stats.summary) + "\n"
        for table in stats.tables {
            out += "\n### \(table.title)\n\n"
            if table.rows.isEmpty, let empty = table.empty {
                out += empty + "\n"
                continue
            }
            out += ReportMarkdown.table(table.columns, table.rows.map { $0.map(ReportMarkdown.escape) })
            if !table.notes.isEmpty { out += "\n" + table.notes.map { "- " + ReportMarkdown.escape($0) + "\n" }.joined() }
        }
        return out
    }


    /// A GitHub-style table; every cell is already escaped.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: header.count) + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    /// Text as literal inline Markdown: the characters that could start emphasis, code,
    /// links, HTML, entities or a table cell are backslash-escaped, line breaks become
    /// spaces, and control characters are shown, not passed on.
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in Terminal.plain(text) {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!", "#", "$":
                out.append("\\")
                out.append(c)
            case "\n", "\r", "\r\n": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }

    /// A path as a link destination: every byte but letters, digits and `-._~/` as `%XX`.
    static func percentEncode(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
