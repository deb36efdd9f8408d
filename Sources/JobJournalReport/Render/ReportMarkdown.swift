import JobJournalCore
import JobJournalPlaybook

/// The report as Markdown to keep beside the notes (`REPORT.md`): headings and GitHub-style
/// tables, each application linked to its file. It has no front matter, so `check` and the
/// journal's parser pass over it. User text is escaped so that a company called
/// `<script>…</script> | Sons` reads as that text and cannot break a table.
public enum ReportMarkdown {
    /// `linkBase` is the path from the report's folder to the journal root (`""` when the
    /// report sits in the root).
    public static func render(_ report: Report, linkBase: String = "") -> String {
        let md = ReportMarkdown.Writer(report: report, linkBase: linkBase)
        return [md.header(), md.agenda(), md.pipeline(), md.references(), md.offers(), md.problems()].joined(separator: "\n")
    }

    struct Writer {
        let report: Report
        let linkBase: String

        func header() -> String {
            "# Job search report, \(TextStyle.day(report.today))\n\n" + ReportMarkdown.escape(ReportWording.overview(report)) + "\n"
        }

        func agenda() -> String {
            var out = "## Agenda\n"
            if report.agenda.isEmpty { out += "\nNothing due in the next \(ReportWording.days(report.within)).\n" }
            for timing in DueAction.Timing.allCases {
                let group = report.agenda.filter { $0.status == timing }
                guard !group.isEmpty else { continue }
                out += "\n### \(ReportWording.title(of: timing))\n\n"
                out += ReportMarkdown.table(["Due", "Application", "Action"], group.map { action in
                    ["\(TextStyle.day(action.due)), \(TextStyle.relative(action.due, today: report.today))",
                     link(action.company, to: action.application), ReportMarkdown.escape(action.title)]
                })
            }
            if !report.interviewsAhead.isEmpty {
                out += "\n### Interviews ahead\n\n"
                out += ReportMarkdown.table(["Day", "Application", "Interview"], report.interviewsAhead.map { interview in
                    ["\(TextStyle.day(interview.date)), \(interview.date.ago(from: report.today))",
                     link(interview.company, to: interview.file), ReportMarkdown.escape(ReportWording.interview(interview))]
                })
            }
            return out
        }

        func pipeline() -> String {
            var out = "## Pipeline\n"
            if report.open.isEmpty && report.closed.isEmpty && report.problems.unreadable.isEmpty {
                out += "\nNo applications yet.\n"
            }
            for stage in Report.openStages {
                let rows = report.open(at: stage)
                guard !rows.isEmpty else { continue }
                out += "\n### \(ReportWording.stageName(stage)) (\(rows.count))\n\n"
                out += ReportMarkdown.table(["Company", "Position", "Last activity", "Next action", "Due"], rows.map { row in
                    [link(row.company, to: row.file), ReportMarkdown.escape(row.position),
                     ReportWording.lastActivity(row, today: report.today),
                     row.next.map { ReportMarkdown.escape($0.title) } ?? "nothing due",
                     row.next.map { TextStyle.day($0.due) } ?? ""]
                })
            }
            if !report.closed.isEmpty {
                out += "\n### Closed (\(report.closed.count))\n\n"
                for row in report.closed {
                    let note = row.status.rawValue + (row.lastActivity.map { ", last activity \($0)" } ?? "")
                    out += "- \(link(row.company, to: row.file)): \(ReportMarkdown.escape(row.position)) (\(note))\n"
                }
            }
            if !report.problems.unreadable.isEmpty {
                out += "\n### Could not be read\n\nRun `jobjournal check` to see why.\n\n"
                for file in report.problems.unreadable { out += "- \(link(file, to: file))\n" }
            }
            return out
        }

        func references() -> String {
            var out = "## References\n\n"
            if report.references.isEmpty { return out + "No references recorded for open applications.\n" }
            out += ReportMarkdown.table(["Application", "Reference", "Relation", "Briefed", "Called"], report.references.map { s in
                var called = "not yet"
                if case .called(let day) = s.state { called = day.description }
                return [link(s.company, to: s.application), ReportMarkdown.escape(s.reference), ReportMarkdown.escape(s.relation ?? ""),
                        s.briefed?.description ?? "not briefed", called]
            })
            return out
        }

        func offers() -> String {
            var out = "## Offers\n\n"
            if report.offers.isEmpty { return out + "No offers yet.\n" }
            let terms = Offer.Term.allCases
            out += ReportMarkdown.table(["Application", "Stage"] + terms.map(ReportWording.termName), report.offers.map { offer in
                [link(offer.company, to: offer.file), ReportWording.stage(offer)]
                    + terms.map { term in offer.text(of: term).map(ReportMarkdown.escape) ?? "**not spelled out**" }
            })
            return out
        }

        func problems() -> String {
            var out = "## Problems\n\n"
            out += ReportWording.problems(report.problems, command: "`jobjournal check`") + "\n"
            if !report.problems.unreadable.isEmpty {
                out += "\nCould not be read: " + report.problems.unreadable.map { link($0, to: $0) }.joined(separator: ", ") + "\n"
            }
            return out
        }

        /// `[text](path)`, the path relative to the report's folder.
        func link(_ text: String, to file: String) -> String {
            let path = linkBase.isEmpty ? file : linkBase + "/" + file
            return "[\(ReportMarkdown.escape(text))](\(ReportMarkdown.percentEncode(path)))"
        }
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
