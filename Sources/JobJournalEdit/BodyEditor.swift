import JobJournalCore

/// Edits to the Markdown body: a log entry, a ticked task, a draft. Sections are found
/// through the headings libcmark reported (a `## Log` inside a code block is no heading),
/// and new lines go where a person would put them, in the list style already used.
extension EditableFile {
    /// `- 2026-11-26 text` in the `## Log` section, in date order, creating the section at the
    /// end of the file when there is none.
    public func appendingLog(_ day: Day, _ text: String) -> LineEdit {
        let entryText = "\(day) \(Self.oneLine(text))"
        guard let section = section(titled: "log") else {
            return appendingSection("Log", [bullet(nil) + entryText])
        }
        let entries = (application?.log ?? []).filter { $0.line > section.heading && $0.line < section.end }
        if let later = entries.first(where: { $0.day > day }) {
            return LineEdit.insert([bullet(later.line) + entryText], before: later.line)
        }
        let last = lastContentLine(section)
        let entry = bullet(entries.last?.line) + entryText
        if last == section.heading || !isListLine(last) { return LineEdit.insert(["", entry], before: last + 1) }
        return LineEdit.insert([entry], before: last + 1)
    }

    /// Ticks the to-do on `line`: `- [ ]` becomes `- [x]`, nothing else on the line changes.
    public func tickingToDo(at line: Int) throws(EditRefusal) -> LineEdit {
        guard line >= 1, line <= lines.count else { throw EditRefusal("there is no line \(line)") }
        var bytes = Array(lines.line(line))
        var i = 0
        func skip(_ set: String) { while i < bytes.count, set.utf8.contains(bytes[i]) { i += 1 } }
        skip(" \t>")
        if i < bytes.count, "-*+".utf8.contains(bytes[i]) {
            i += 1
        } else {
            skip("0123456789")
            if i < bytes.count, ".)".utf8.contains(bytes[i]) { i += 1 }
        }
        skip(" \t")
        guard i + 2 < bytes.count, bytes[i] == UInt8(ascii: "["), bytes[i + 1] == 0x20, bytes[i + 2] == UInt8(ascii: "]") else {
            throw EditRefusal("no open task '[ ]' at the start of this line; tick it by hand", line: line)
        }
        bytes[i + 1] = UInt8(ascii: "x")
        return LineEdit(replacing: line..<(line + 1), with: [bytes])
    }

    /// A draft under `## Drafts` (created at the end when missing), under a heading of its own.
    public func appendingDraft(title: String, _ text: [String]) -> LineEdit {
        let block = ["### " + Self.oneLine(title), ""] + text
        guard let section = section(titled: "drafts") else { return appendingSection("Drafts", block) }
        return LineEdit.insert([""] + block, before: lastContentLine(section) + 1)
    }

    // MARK: Sections

    struct Section {
        var heading: Int
        /// The line of the next heading of the same or a higher level, or one past the end.
        var end: Int
    }

    func section(titled title: String) -> Section? {
        let headings = parsed.headings
        guard let i = headings.firstIndex(where: { $0.level <= 2 && $0.title.lowercased() == title }) else { return nil }
        let level = headings[i].level
        let end = headings[(i + 1)...].first { $0.level <= level }?.line ?? lines.count + 1
        return Section(heading: headings[i].line, end: end)
    }

    private func lastContentLine(_ section: Section) -> Int {
        var line = section.end - 1
        while line > section.heading, lines.isBlank(line) { line -= 1 }
        return line
    }

    /// A new `## Title` section after the last non-blank line of the file.
    private func appendingSection(_ title: String, _ content: [String]) -> LineEdit {
        var last = lines.count
        while last > layout.bodyFirstLine - 1, last >= 1, lines.isBlank(last) { last -= 1 }
        let lead = last >= 1 && last >= layout.bodyFirstLine ? [""] : []
        return LineEdit.insert(lead + ["## " + title, ""] + content, before: last + 1)
    }

    /// The bullet of the list item on `line` (`- `, `* `, `  - `), or `- `.
    private func bullet(_ line: Int?) -> String {
        guard let line else { return "- " }
        let text = lines.line(line)
        let indent = text.prefix { $0 == 0x20 }
        let rest = text.dropFirst(indent.count)
        guard let marker = rest.first, "-*+".utf8.contains(marker) else { return "- " }
        let spaces = rest.dropFirst().prefix { $0 == 0x20 }.count
        return String(decoding: indent, as: UTF8.self) + String(UnicodeScalar(marker)) + String(repeating: " ", count: max(1, spaces))
    }

    private func isListLine(_ line: Int) -> Bool {
        let text = lines.line(line).drop { $0 == 0x20 }
        guard let first = text.first else { return false }
        // A list item, or the continuation of one (indented).
        return ("-*+".utf8.contains(first) && text.dropFirst().first == 0x20) || lines.indentation(line) >= 2
    }

    /// Text for one line: line breaks and tabs become spaces, other control characters go.
    static func oneLine(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                out += " "
            } else if scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value) {
                out.unicodeScalars.append(scalar)
            }
        }
        return out.trimmingSpaces
    }
}
