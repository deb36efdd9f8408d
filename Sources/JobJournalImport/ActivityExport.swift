import CSV
import Foundation
import JobJournalCore

/// The work-search log (`ActivityLog`) written out: CSV (as `CSVExport` writes, formulas
/// neutralised), a Markdown table, or an HTML page that prints one week a sheet of paper
/// (`break-before: page` before each week after the first).
package enum ActivityExport {
    package enum Format: String, Sendable, CaseIterable {
        case csv, markdown, html
    }

    package static func write(_ log: ActivityLog, as format: Format) -> [UInt8] {
        switch format {
        case .csv: return csv(log)
        case .markdown: return Array(markdown(log).utf8)
        case .html: return Array(html(log).utf8)
        }
    }

    static func cells(_ row: ActivityLog.Row) -> [String] {
        [row.day.description, row.employer, row.position, row.contact, row.what, row.how, row.result]
    }

    static func title(_ log: ActivityLog) -> String { "Work-search activities, \(log.from) to \(log.to)" }

    static func csv(_ log: ActivityLog) -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .crlf)
            try writer.write(row: ActivityLog.header)
            for row in log.rows { try writer.write(row: cells(row).map(CSVExport.neutralised)) }
        } catch {
            preconditionFailure("writing to memory failed: \(error)")
        }
        stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Array(data) + [0x0D, 0x0A]
    }

    static func markdown(_ log: ActivityLog) -> String {
        var out = "# \(title(log))\n\n"
        if log.rows.isEmpty { return out + "No activities in these days.\n" }
        out += "| " + ActivityLog.header.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: ActivityLog.header.count) + "\n"
        for row in log.rows {
            out += "| " + cells(row).map(markdownCell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// A cell's text that keeps to its cell: `|` escaped, line breaks as spaces.
    static func markdownCell(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    static func html(_ log: ActivityLog) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title(log)))</title>
            <style>
            body { font-family: sans-serif; font-size: 10pt; margin: 1.5em; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
            section + section { break-before: page; }
            @page { size: A4 landscape; margin: 1.5cm; }
            </style>
            </head>
            <body>
            <h1>\(escape(title(log)))</h1>

            """
        if log.rows.isEmpty { out += "<p>No activities in these days.</p>\n" }
        for week in log.weeks {
            out += "<section>\n<h2>Week of \(week.monday) to \(week.monday.adding(days: 6))</h2>\n<table>\n<thead><tr>"
            out += ActivityLog.header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for row in week.rows {
                out += "<tr>" + cells(row).map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
