import JobJournalCore
import JobJournalEdit
import JobJournalParse
import JobJournalPlaybook

/// Code actions: "Mark done" for each action the playbook has for this file, making the
/// edit `jobjournal done ID --dry-run` shows; the quick fixes for what `check` finds (the key
/// it suggests, a date written another way, a salutation to fill in); and the drafts
/// `jobjournal draft KIND APP --append` would add.
enum CodeActionsFeature {
    static func actions(_ file: OpenFile, range: LSPRange, today: Day) -> [CodeAction] {
        quickFixes(file, range: range) + markDone(file, today: today) + drafts(file, today: today)
    }

    /// The buffer as `done` and `draft --append` read a file.
    static func editable(_ file: OpenFile) -> EditableFile {
        EditableFile(bytes: file.document.bytes, path: file.path, displayPath: file.path)
    }

    static func markDone(_ file: OpenFile, today: Day) -> [CodeAction] {
        let editable = editable(file)
        return file.actions(today: today).compactMap { action in
            guard let record = try? RecordDone.record(action.id, in: editable, today: today, settings: file.journal.settings,
                                                      on: today, via: nil) else { return nil }
            return CodeAction(title: "Mark done: \(action.title) (\(DayWording.due(action.due, today: today)))", kind: "refactor.rewrite",
                              diagnostics: nil, isPreferred: nil,
                              edit: WorkspaceEdit(changes: [file.document.uri: EditConversion.textEdits(record.edits, in: editable, file.document)]))
        }
    }

    static func drafts(_ file: OpenFile, today: Day) -> [CodeAction] {
        guard let app = file.parsed.application else { return [] }
        let editable = editable(file)
        guard (try? editable.requireApplication()) != nil else { return [] }
        var kinds: [DueAction.Kind] = []
        for action in file.actions(today: today) where Drafting.kinds.contains(action.kind) && !kinds.contains(action.kind) {
            kinds.append(action.kind)
        }
        return kinds.compactMap { kind in
            let request = Drafting.Request(kind: kind, today: today, signature: file.journal.settings.name)
            guard let drafts = try? Drafting.drafts(request, for: app), let edit = editable.appendingDrafts(drafts),
                  (try? editable.applying([edit])) != nil else { return nil }
            let more = drafts.count > 1 ? " and \(drafts.count - 1) more" : ""
            return CodeAction(title: "Draft under ## Drafts: \(drafts[0].title)\(more)", kind: "refactor.rewrite", diagnostics: nil, isPreferred: nil,
                              edit: WorkspaceEdit(changes: [file.document.uri: EditConversion.textEdits([edit], in: editable, file.document)]))
        }
    }

    /// Fixes for the findings on the lines of `range`.
    static func quickFixes(_ file: OpenFile, range: LSPRange) -> [CodeAction] {
        let document = file.document
        var out: [CodeAction] = []
        for (finding, diagnostic) in zip(file.findings, file.diagnostics) {
            let line = finding.location.line - 1
            guard line >= range.start.line, line <= range.end.line else { continue }
            func fix(_ title: String, _ edit: TextEdit, preferred: Bool = true) {
                out.append(CodeAction(title: title, kind: "quickfix", diagnostics: [diagnostic], isPreferred: preferred,
                                      edit: WorkspaceEdit(changes: [document.uri: [edit]])))
            }
            switch finding.id {
            case "near-miss-key":
                guard let suggestion = finding.message.between("did you mean '", "'") else { continue }
                fix("Change the key to '\(suggestion)'", TextEdit(range: diagnostic.range, newText: suggestion))
            case "invalid-date":
                let value = String(decoding: document.line(line)[...].dropFirst(document.byteColumn(of: diagnostic.range.start))
                                    .prefix(document.byteColumn(of: diagnostic.range.end) - document.byteColumn(of: diagnostic.range.start)), as: UTF8.self)
                let candidates = DateRewrite.candidates(value.trimmingCharacters(in: "\"'"))
                for day in candidates {
                    fix("Write the date as \(day) (\(DayWording.day(day)))", TextEdit(range: diagnostic.range, newText: day.description),
                        preferred: candidates.count == 1)
                }
            case "no-salutation":
                guard let app = file.application, let contact = app.contacts.first(where: { $0.location == finding.location }),
                      let edit = salutationStub(for: contact, in: document) else { continue }
                fix("Add a salutation for \(contact.name)", edit)
            default:
                continue
            }
        }
        return out
    }

    /// `salutation: Ms./Mr. Park` under the contact's `name:`, to be corrected by hand.
    static func salutationStub(for contact: Contact, in document: TextDocument) -> TextEdit? {
        var line = contact.location.line - 1
        let last = min(document.lineCount, line + 12)
        while line < last {
            let shape = LineShape(document.line(line))
            if let key = shape.key, KeySet.fold(key) == "name", let start = shape.keyStart {
                let family = contact.name.split(separator: " ").last.map(String.init) ?? contact.name
                let indent = String(repeating: " ", count: start)
                let at = Position(line: line + 1, character: 0)
                let ending = document.lineCount > line + 1 ? "\n" : ""
                let text = (ending.isEmpty ? "\n" : "") + "\(indent)salutation: Ms./Mr. \(family)" + (ending.isEmpty ? "" : "\n")
                let position = ending.isEmpty ? document.range(ofLine: line).end : at
                return TextEdit(range: LSPRange(start: position, end: position), newText: text)
            }
            line += 1
        }
        return nil
    }
}

/// Dates written another way, as the days they may mean: `2026/11/19`, `19.11.2026`,
/// `Nov 19, 2026`, `2026-11-19T10:00`. A day-month order that cannot be told gives both.
enum DateRewrite {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func candidates(_ text: String) -> [Day] {
        let trimmed = text.trimmingCharacters(in: " ")
        if trimmed.count > 10, let day = Day(iso: trimmed.prefix(10)) { return [day] }
        var numbers: [Int] = []
        var month: Int? = nil
        var word = ""
        var digits = ""
        var yearFirst = false
        func flush() {
            if !digits.isEmpty {
                if numbers.isEmpty, digits.count == 4 { yearFirst = true }
                numbers.append(Int(digits) ?? 0)
            }
            if !word.isEmpty, month == nil, let m = months.firstIndex(of: String(word.lowercased().prefix(3))) { month = m + 1 }
            digits = ""
            word = ""
        }
        for c in trimmed {
            if c.isNumber { if !word.isEmpty { flush() }; digits.append(c) } else if c.isLetter { if !digits.isEmpty { flush() }; word.append(c) } else { flush() }
        }
        flush()
        var days: [Day] = []
        func add(_ y: Int, _ m: Int, _ d: Int) {
            if let day = Day(year: y, month: m, day: d), !days.contains(day) { days.append(day) }
        }
        if let month {
            // "Nov 19, 2026", "19 November 2026": the year is the four-digit number.
            guard numbers.count == 2 else { return [] }
            let year = numbers.first { $0 >= 1000 } ?? 0
            let day = numbers.first { $0 < 1000 } ?? 0
            add(year, month, day)
        } else if numbers.count == 3 {
            if yearFirst {
                add(numbers[0], numbers[1], numbers[2])
            } else if numbers[2] >= 1000 {
                add(numbers[2], numbers[1], numbers[0])
                add(numbers[2], numbers[0], numbers[1])
            }
        }
        return days
    }
}

/// Turns the line edits `done` and `draft --append` make into the protocol's text edits:
/// each edit is applied alone, and what differs from the buffer is its text edit. When
/// edits would touch, one edit covers all of what changed.
enum EditConversion {
    static func textEdits(_ edits: [LineEdit], in file: EditableFile, _ document: TextDocument) -> [TextEdit] {
        let original = file.lines.bytes
        let wanted = file.lines.applying(edits)
        var pieces = edits.map { difference(original, file.lines.applying([$0])) }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let separate = zip(pieces, pieces.dropFirst()).allSatisfy { $0.range.upperBound < $1.range.lowerBound }
        if !separate || apply(pieces, to: original) != wanted { pieces = [difference(original, wanted)] }
        return pieces.map { piece in
            TextEdit(range: LSPRange(start: document.position(ofByte: piece.range.lowerBound), end: document.position(ofByte: piece.range.upperBound)),
                     newText: String(decoding: piece.text, as: UTF8.self))
        }
    }

    /// The bytes of `old` that `new` replaces, and what with: all but the common start and end.
    static func difference(_ old: [UInt8], _ new: [UInt8]) -> (range: Range<Int>, text: [UInt8]) {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        // Whole characters only: a shared lead byte is not cut from its continuation bytes.
        while prefix > 0, prefix < old.count, old[prefix] & 0xC0 == 0x80 { prefix -= 1 }
        while suffix > 0, old.count - suffix < old.count, old[old.count - suffix] & 0xC0 == 0x80 { suffix -= 1 }
        return (prefix..<(old.count - suffix), Array(new[prefix..<(new.count - suffix)]))
    }

    static func apply(_ pieces: [(range: Range<Int>, text: [UInt8])], to bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for piece in pieces.reversed() { out.replaceSubrange(piece.range, with: piece.text) }
        return out
    }
}

extension String {
    /// The text between the first `open` and the next `close`.
    func between(_ open: String, _ close: String) -> String? {
        guard let a = range(of: open), let b = self[a.upperBound...].range(of: close) else { return nil }
        return String(self[a.upperBound..<b.lowerBound])
    }

    func trimmingCharacters(in set: String) -> String {
        var s = self[...]
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
