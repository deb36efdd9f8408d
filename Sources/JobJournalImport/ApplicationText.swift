import JobJournalCore
import JobJournalEdit

/// An imported application's file text: the template `jobjournal new` fills in, with the
/// keys the template has no placeholder for added after its last key, and the notes under
/// `## Notes`.
package enum ApplicationText {
    package static func make(_ app: ImportedApplication, template: String, today: Day) -> String {
        let fields = NewApplication.Fields(company: app.company, position: app.position, applied: app.applied, link: app.link, today: today)
        var lines = NewApplication.render(template, fields).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let ending = lines.first?.hasSuffix("\r") == true ? "\r" : ""
        if lines.first?.trimmingSpaces == "---", let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingSpaces == "---" }) {
            let keyLines = lines.indices[1..<closing].filter { i in
                let text = lines[i].trimmingSpaces
                return !text.isEmpty && !text.hasPrefix("#")
            }
            let at = (keyLines.last ?? 0) + 1
            lines.insert(contentsOf: frontMatterLines(app).map { $0 + ending }, at: at)
        }
        if !app.log.isEmpty {
            let entries = app.log.map { "- \($0.day) \(SheetImport.oneLine($0.text))" + ending }
            if let heading = lines.firstIndex(where: { $0.trimmingSpaces == "## Log" }) {
                // After the section's last entry (the template's `- DAY Applied.`).
                var end = lines[(heading + 1)...].firstIndex { $0.hasPrefix("#") } ?? lines.count
                while end > heading + 1, String(lines[end - 1].trimmingTrailingSpaces).trimmingSpaces.isEmpty { end -= 1 }
                lines.insert(contentsOf: (end == heading + 1 ? [ending] : []) + entries, at: end)
            } else {
                lines += [ending, "## Log" + ending, ending] + entries
            }
        }
        if let notes = app.notes {
            let text = notes.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { String($0.trimmingTrailingSpaces) + ending }
            if let heading = lines.firstIndex(where: { $0.trimmingSpaces == "## Notes" }) {
                lines.insert(contentsOf: [ending] + text, at: heading + 1)
            } else {
                lines += [ending, "## Notes" + ending, ending] + text
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The keys after the template's: status, the other fields, a contact.
    static func frontMatterLines(_ app: ImportedApplication) -> [String] {
        var out: [String] = []
        if let status = app.status { out.append("status: \(status.rawValue)") }
        for (key, value) in app.fields { out.append("\(key): \(YAMLText.plainOrQuoted(value))") }
        if let contact = app.contact {
            if let name = contact.name {
                out.append("contacts:")
                out.append("  - name: \(YAMLText.plainOrQuoted(name))")
                if let email = contact.email { out.append("    email: \(YAMLText.plainOrQuoted(email))") }
                if let phone = contact.phone { out.append("    phone: \(YAMLText.quoted(phone))") }
            } else {
                if let email = contact.email { out.append("contact-email: \(YAMLText.plainOrQuoted(email))") }
                if let phone = contact.phone { out.append("contact-phone: \(YAMLText.quoted(phone))") }
            }
        }
        if !app.interviews.isEmpty {
            out.append("interviews:")
            for interview in app.interviews {
                out.append("  - date: \(interview.date)")
                if let round = interview.round { out.append("    round: \(round)") }
            }
        }
        if let verbal = app.offerVerbal {
            out.append("offer:")
            out.append("  verbal: \(verbal)")
        }
        return out
    }
}

extension StringProtocol {
    var trimmingTrailingSpaces: Substring {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
