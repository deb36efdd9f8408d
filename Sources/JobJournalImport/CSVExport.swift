import CSV
import Foundation
import JobJournalCore
import JobJournalPlaybook

/// The journal as one CSV sheet, one row an application, written by yaslab's CSV.swift
/// (RFC 4180: CRLF, cells quoted when they hold a comma, a quote or a line break). What a
/// spreadsheet would run as a formula (a cell starting `=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading `'`, as OWASP's advice on CSV injection has it; `import
/// csv` takes that `'` off again, so the sheet imports as the same applications.
package enum CSVExport {
    package static let header = ["File", "Company", "Position", "Status", "Applied", "Last Activity", "Next Action",
                                 "Next Action Day", "Link", "Source", "Location", "Salary"]

    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    package static func sheet(_ journal: Journal, today: Day) -> [UInt8] {
        let actions = Playbook.standard.actions(for: journal.applications, today: today, settings: journal.settings)
        var next: [String: DueAction] = [:]
        for action in actions where next[action.application] == nil { next[action.application] = action }
        let stream = OutputStream(toMemory: ())
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .crlf)
            try writer.write(row: header)
            for app in journal.applications.sorted(by: { $0.file < $1.file }) {
                let facts = ApplicationFacts(app, today: today, settings: journal.settings)
                let action = next[app.file]
                let row = [
                    app.file, app.company, app.position, app.status == .unknown ? "" : app.status.rawValue,
                    app.applied?.description ?? "", facts.lastActivity?.description ?? "", action?.title ?? "",
                    action?.due.description ?? "", app.link ?? "", own("source", app), own("location", app), own("salary", app),
                ]
                try writer.write(row: row.map(neutralised))
            }
        } catch {
            preconditionFailure("writing to memory failed: \(error)")
        }
        stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Array(data) + [0x0D, 0x0A]
    }

    /// A cell a spreadsheet would run as a formula, with a `'` before it.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first) else { return cell }
        return "'" + cell
    }

    /// A key of the user's own, as text (one line), or empty.
    static func own(_ key: String, _ app: Application) -> String {
        guard let node = app.ownFields.first(where: { Status.fold($0.key) == key })?.value, let text = node.text else { return "" }
        return text
    }
}
