import Ccmark
import JobJournalCore
import JobJournalIO
import Glibc

/// Reads the Markdown body with libcmark: one walk over cmark's tree, copying out the
/// dated log entries, to-do items and dated headings with their file lines, then freeing
/// the C tree. No cmark pointer leaves this file.
package struct BodyParser {
    struct Result {
        var log: [LogEntry] = []
        var toDos: [ToDo] = []
        var entries: [JournalEntry] = []
        var headings: [ParsedFile.Heading] = []
        var diagnostics: [Diagnostic] = []
    }


    let file: String
    /// File line of the body's first line: cmark counts from the body's start.
    let firstLine: Int
    /// Whether the bytes were already found to be valid UTF-8 (cmark need not check again).
    var isValidUTF8 = false

    func parse(_ bytes: UnsafeRawBufferPointer) -> Result {
        var result = Result()
        guard let base = bytes.baseAddress, bytes.count > 0 else { return result }
        let parser = cmark_parser_new(isValidUTF8 ? CMARK_OPT_DEFAULT : CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8)
        cmark_parser_feed(parser, base.assumingMemoryBound(to: CChar.self), bytes.count)
        let root = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        guard let root else { return result }
        defer { cmark_node_free(root) }
        walk(root, into: &result)
        return result
    }

    /// Visits the blocks of the tree in document order, without recursion (50,000 nested
    /// block quotes must not overflow the stack). Only the blocks that can hold what is read
    /// are entered, and only the inline text of headings and items' first paragraphs is
    /// gathered: the rest of the inline tree, most of the nodes, is never visited.
    private func walk(_ root: OpaquePointer, into result: inout Result) {
        var text: [UInt8] = []
        text.reserveCapacity(256)
        // The open dated heading and its level, which collects notes until the next heading
        // of the same or a higher level.
        var openEntry: (index: Int, level: Int)? = nil
        var node = cmark_node_first_child(root)
        while let current = node {
            var enter = false
            switch cmark_node_get_type(current) {
            case CMARK_NODE_PARAGRAPH:
                // An item's first paragraph is its text; later paragraphs are not.
                if cmark_node_previous(current) == nil, let parent = cmark_node_parent(current),
                    cmark_node_get_type(parent) == CMARK_NODE_ITEM
                {
                    inlineText(of: current, into: &text)
                    item(text, line: Int(cmark_node_get_start_line(parent)) + firstLine - 1, openEntry: openEntry?.index, into: &result)
                }
            case CMARK_NODE_HEADING:
                let level = Int(cmark_node_get_heading_level(current))
                if let open = openEntry, level <= open.level { openEntry = nil }
                inlineText(of: current, into: &text)
                if let index = heading(text, level: level, line: Int(cmark_node_get_start_line(current)) + firstLine - 1, into: &result) {
                    openEntry = (index, level)
                }
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_CUSTOM_BLOCK:
                enter = true
            default:
                break  // code, HTML, thematic breaks: nothing is read from them
            }
            if enter, let child = cmark_node_first_child(current) {
                node = child
            } else {
                node = Self.next(after: current, within: root)
            }
        }
    }

    /// The text of a block's inline nodes (text and code; line breaks as spaces), into `text`.
    private func inlineText(of block: OpaquePointer, into text: inout [UInt8]) {
        text.removeAll(keepingCapacity: true)
        var node = cmark_node_first_child(block)
        while let current = node {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) {
                    let count = strlen(literal)
                    literal.withMemoryRebound(to: UInt8.self, capacity: count) {
                        text.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
                    }
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.append(0x20)
            default:
                break
            }
            // Emphasis, links and images hold text too.
            if let child = cmark_node_first_child(current) {
                node = child
            } else {
                node = Self.next(after: current, within: block)
            }
        }
    }

    /// The node after `node` in document order once its children are done, staying inside
    /// `top`: the next sibling, else the next sibling of the nearest ancestor that has one.
    private static func next(after node: OpaquePointer, within top: OpaquePointer) -> OpaquePointer? {
        var current = node
        while current != top {
            if let sibling = cmark_node_next(current) { return sibling }
            guard let parent = cmark_node_parent(current) else { return nil }
            current = parent
        }
        return nil
    }

    /// A list item's first paragraph: a to-do, a log entry, or a note under a dated heading.
    private func item(_ text: [UInt8], line: Int, openEntry: Int?, into result: inout Result) {
        var rest = text[...]
        if rest.count >= 3, rest[rest.startIndex] == UInt8(ascii: "["), rest[rest.startIndex + 2] == UInt8(ascii: "]"),
            rest.count == 3 || rest[rest.startIndex + 3] == 0x20
        {
            let mark = rest[rest.startIndex + 1]
            if mark == 0x20 || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X") {
                rest = rest.dropFirst(3)
                toDo(rest, isDone: mark != 0x20, line: line, into: &result)
                return
            }
        }
        if let (day, text) = leadingDay(rest, line: line, into: &result) {
            result.log.append(LogEntry(day: day, line: line, isNews: News.isNews(text)))
            return
        }
        if let openEntry, let note = note(rest, line: line) {
            result.entries[openEntry].notes.append(note)
        }
    }

    private func toDo(_ text: ArraySlice<UInt8>, isDone: Bool, line: Int, into result: inout Result) {
        var rest = trimmed(text)
        var day: Day? = nil
        if let (leading, after) = leadingDay(rest, line: line, into: &result) {
            day = leading
            rest = after
        } else if let due = dueDay(in: rest, line: line, into: &result) {
            day = due
        }
        result.toDos.append(ToDo(text: string(rest), isDone: isDone, day: day, line: line))
    }

    private func heading(_ text: [UInt8], level: Int, line: Int, into result: inout Result) -> Int? {
        result.headings.append(ParsedFile.Heading(title: string(trimmed(text[...])), level: level, line: line))
        guard let (day, after) = leadingDay(text[...], line: line, into: &result) else { return nil }
        result.entries.append(JournalEntry(day: day, title: string(after), line: line))
        return result.entries.count - 1
    }

    /// `Resonated:`, `Clarify:`, `Interested in:` as bytes, made once.
    private static let notePrefixes: [(kind: JournalEntry.Note.Kind, prefix: [UInt8])] =
        [JournalEntry.Note.Kind.resonated, .clarify, .interestedIn].map { ($0, Array($0.rawValue.utf8) + [UInt8(ascii: ":")]) }

    private func note(_ text: ArraySlice<UInt8>, line: Int) -> JournalEntry.Note? {
        for (kind, prefix) in Self.notePrefixes where text.count > prefix.count && text.starts(with: prefix) {
            return JournalEntry.Note(kind: kind, text: string(trimmed(text.dropFirst(prefix.count))), line: line)
        }
        return nil
    }

    /// `2026-11-19 text`, `2026-11-19: text`, `2026-11-19 - text`: the day and the text after it.
    /// A date-shaped start that is no day (`2026-11-31`) is reported, not silently read as text.
    private func leadingDay(_ text: ArraySlice<UInt8>, line: Int, into result: inout Result)
        -> (Day, ArraySlice<UInt8>)?
    {
        let text = trimmed(text)
        guard text.count >= 10 else { return nil }
        let head = text.prefix(10)
        guard Day.looksLikeISODate(head) else { return nil }
        var rest = text.dropFirst(10)
        if let next = rest.first, !(next == 0x20 || next == 0x09 || next == UInt8(ascii: ":") || next == UInt8(ascii: ",")) {
            return nil
        }
        guard let day = Day.parse(head) else {
            result.diagnostics.append(
                Diagnostic(file: file, line: line, column: 1, .error, DateText.notADay(string(head)), id: "invalid-date"))
            return nil
        }
        rest = rest.drop { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",") }
        // A dash or an en/em dash as a separator: `2026-11-19 - text`, `2026-11-19 — text`.
        if rest.first == UInt8(ascii: "-") {
            rest = rest.dropFirst()
        } else if rest.starts(with: [0xE2, 0x80, 0x93]) || rest.starts(with: [0xE2, 0x80, 0x94]) {
            rest = rest.dropFirst(3)
        }
        return (day, trimmed(rest))
    }

    /// `... due 2026-11-28 ...` anywhere in a to-do's text.
    private func dueDay(in text: ArraySlice<UInt8>, line: Int, into result: inout Result) -> Day? {
        let marker = Array("due ".utf8)
        var i = text.startIndex
        while i + marker.count + 10 <= text.endIndex {
            let atWordStart = i == text.startIndex || text[i - 1] == 0x20 || text[i - 1] == UInt8(ascii: "(")
            if atWordStart, text[i..<(i + marker.count)].elementsEqual(marker) {
                let candidate = text[(i + marker.count)..<(i + marker.count + 10)]
                if Day.looksLikeISODate(candidate) {
                    if let day = Day.parse(candidate) { return day }
                    result.diagnostics.append(
                        Diagnostic(file: file, line: line, column: 1, .error, DateText.notADay(string(candidate)), id: "invalid-date"))
                    return nil
                }
            }
            i += 1
        }
        return nil
    }

    private func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var t = text
        while let f = t.first, f == 0x20 || f == 0x09 { t = t.dropFirst() }
        while let l = t.last, l == 0x20 || l == 0x09 { t = t.dropLast() }
        return t
    }

    private func string(_ bytes: some Collection<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}
