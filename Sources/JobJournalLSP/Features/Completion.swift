import JobJournalCore
import JobJournalParse

/// Completion: the keys valid where the cursor is, with their meaning; status words; the
/// contacts' names in `with:`; the journal's references; channels; `today` and `tomorrow`
/// as dates; in the body, the note prefixes and a task box.
enum CompletionFeature {
    static func complete(_ file: OpenFile, at position: Position, today: Day) -> [CompletionItem] {
        let document = file.document
        let column = document.byteColumn(of: position)
        let line = document.line(position.line)
        let typed = String(decoding: line[line.startIndex..<(line.startIndex + column)], as: UTF8.self)
        guard let frontMatter = file.frontMatterLines, frontMatter.contains(position.line) else {
            if let layout = file.frontMatterLines, position.line < layout.lowerBound { return [] }
            return body(typed, document: document, position: position, today: today)
        }
        let context = FrontMatterContext.at(line: position.line, column: column, in: document)
        if context.onKey {
            guard let set = FrontMatterContext.keySet(under: context.parents) else { return [] }
            let shape = LineShape(line)
            let start = shape.contentStart
            let range = LSPRange(start: document.position(line: position.line, byteColumn: min(start, column)), end: position)
            return KeyMeaning.all.filter { $0.context == set.context }.map { entry in
                let lists: Set<String> = ["contacts", "interviews", "references", "promises"]
                let insert = lists.contains(entry.key) && set.context == "application" ? "\(entry.key):\n  - " : "\(entry.key): "
                return CompletionItem(label: entry.key, kind: 10, detail: entry.type,
                                      documentation: MarkupContent(value: entry.meaning),
                                      textEdit: TextEdit(range: range, newText: insert))
            }
        }
        // The value typed so far, replaced by the item chosen.
        let columns = context.valueColumns ?? column..<column
        let replaced = LSPRange(start: document.position(line: position.line, byteColumn: min(columns.lowerBound, column)),
                                end: document.position(line: position.line, byteColumn: max(columns.upperBound, column)))
        func item(_ label: String, kind: Int, detail: String? = nil, text: String? = nil, documentation: String? = nil) -> CompletionItem {
            CompletionItem(label: label, kind: kind, detail: detail, documentation: documentation.map { MarkupContent(value: $0) },
                           filterText: label, textEdit: TextEdit(range: replaced, newText: text ?? label))
        }
        var items: [CompletionItem] = []
        let app = file.application
        switch (context.parents.first, context.valueKey) {
        case (nil, "status"):
            items = Status.allCases.filter { $0 != .unknown }.map { item($0.rawValue, kind: 20, detail: $0.isClosed ? "closed" : "open") }
        case ("interviews", "with"):
            items = (app?.contacts ?? []).map { item($0.name, kind: 18, detail: [$0.salutation, $0.role].compactMap { $0 }.joined(separator: ", ")) }
        case ("references", "name"):
            var seen: Set<String> = []
            for other in file.journal.applications {
                for reference in other.references where seen.insert(Contact.normalize(reference.name)).inserted {
                    items.append(item(reference.name, kind: 18, detail: reference.relation, documentation: "A reference in \(other.company)'s application."))
                }
            }
        case ("contacts", "prefers"), ("interviews", "via"):
            var channels = ["email", "phone", "card"]
            for other in file.journal.applications {
                for contact in other.contacts { if let c = contact.prefers?.name, !channels.contains(c) { channels.append(c) } }
            }
            items = channels.map { item($0, kind: 12) }
        default:
            break
        }
        items += dates(context.value ?? "", today: today, item: item)
        return items
    }

    /// `today` and `tomorrow`, written as the dates they are.
    static func dates(_ typed: String, today: Day, item: (String, Int, String?, String?, String?) -> CompletionItem) -> [CompletionItem] {
        let lower = typed.lowercased()
        guard lower.count >= 2 || lower.isEmpty else { return [] }
        return [("today", today), ("tomorrow", today.adding(days: 1))]
            .filter { lower.isEmpty || $0.0.hasPrefix(lower) }
            .map { item($0.0, 12, $0.1.description, $0.1.description, "\(DayWording.day($0.1))") }
    }

    /// In the body: the note prefixes under a dated heading, a task box, dates.
    static func body(_ typed: String, document: TextDocument, position: Position, today: Day) -> [CompletionItem] {
        let trimmed = typed.drop { $0 == " " || $0 == "\t" }
        var items: [CompletionItem] = []
        if trimmed.hasPrefix("- ") || trimmed == "-" || trimmed.isEmpty {
            let afterDash = trimmed.hasPrefix("- ") ? trimmed.dropFirst(2) : ""
            let startColumn = typed.utf8.count - afterDash.utf8.count - (trimmed.isEmpty || trimmed == "-" ? trimmed.utf8.count : 0)
            let range = LSPRange(start: document.position(line: position.line, byteColumn: startColumn), end: position)
            let dash = trimmed.hasPrefix("- ") ? "" : "- "
            let choices: [(String, String)] = [
                ("Resonated: ", "Something from the interview that resonated with you; the thank-you draft says \"I especially enjoyed hearing about\" it."),
                ("Clarify: ", "Something you did not address well and want to clarify in the thank-you note, as you would say it there."),
                ("Interested in: ", "What the interviewer cared about; used when briefing your references."),
                ("[ ] ", "An open task; a leading date or `due` and a date gives it a day."),
            ]
            for (label, meaning) in choices where label.lowercased().hasPrefix(afterDash.lowercased()) || afterDash.isEmpty {
                items.append(CompletionItem(label: dash + label.trimmingSuffix(), kind: 15, documentation: MarkupContent(value: meaning),
                                            filterText: dash + label, textEdit: TextEdit(range: range, newText: dash + label)))
            }
        }
        // A word being typed that starts `today` or `tomorrow`.
        let word = typed.reversed().prefix { $0.isLetter }
        if word.count >= 2 {
            let start = typed.utf8.count - String(word).utf8.count
            let range = LSPRange(start: document.position(line: position.line, byteColumn: start), end: position)
            items += dates(String(word.reversed()), today: today) { label, kind, detail, text, doc in
                CompletionItem(label: label, kind: kind, detail: detail, documentation: doc.map { MarkupContent(value: $0) },
                               filterText: label, textEdit: TextEdit(range: range, newText: text ?? label))
            }
        }
        return items
    }
}

extension String {
    func trimmingSuffix() -> String {
        var s = self[...]
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
