import JobJournalParse

/// What the cursor is on in the front matter, read from the lines around it rather than
/// from the YAML tree, so that it still works on a line being typed: the keys it lies under
/// (`interviews` then `with`), the key on its line, and the value or list item under it.
package struct FrontMatterContext: Equatable, Sendable {
    /// The keys above the cursor's line, outermost first, as the journal names them.
    package var parents: [String]
    /// The key written on the cursor's line, as the journal names it.
    package var key: String?
    /// The key as written, and where (byte columns in the line).
    package var writtenKey: String?
    package var keyColumns: Range<Int>?
    /// The cursor is on the key (or where a key would be typed), not in a value.
    package var onKey: Bool
    /// The value, or the item of a `[a, b]` list, under the cursor: unquoted, and its columns.
    package var value: String?
    package var valueColumns: Range<Int>?
    /// The line is an item of a block list (`- Pat Park`) rather than `key: value`.
    package var isListItem: Bool

    /// The key the value belongs to: the key on the line, else (for a `- item` line) the
    /// list's own key.
    package var valueKey: String? { key ?? (isListItem ? parents.last : nil) }
    /// The keys that hold the cursor's value, outermost first.
    package var valuePath: [String] { key.map { parents + [$0] } ?? parents }

    /// The context at byte `column` of 0-based `line`, which lies in `frontMatter` lines.
    package static func at(line: Int, column: Int, in document: TextDocument) -> FrontMatterContext {
        let shape = LineShape(document.line(line))
        var context = FrontMatterContext(parents: [], key: nil, onKey: true, isListItem: false)
        // The indentation the parents must be less indented than.
        var level: Int
        if let keyStart = shape.keyStart {
            level = keyStart
            context.writtenKey = shape.key
            context.keyColumns = keyStart..<shape.keyEnd!
            context.onKey = column <= shape.keyEnd!
        } else if shape.isBlank {
            level = column
        } else {
            level = shape.contentStart
            context.onKey = shape.dashes == 0 && column <= shape.contentStart
            context.isListItem = shape.dashes > 0
        }
        var above = line - 1
        while above >= 0, level > 0 {
            let parent = LineShape(document.line(above))
            above -= 1
            guard !parent.isBlank, !parent.isComment else { continue }
            if let start = parent.keyStart, start < level {
                context.parents.insert(parent.key!, at: 0)
                level = parent.dashes > 0 ? parent.firstDash : start
            } else if parent.keyStart == nil, parent.dashes > 0, parent.firstDash < level {
                level = parent.firstDash
            } else if parent.keyStart == nil, parent.contentStart < level, parent.dashes == 0 {
                level = parent.contentStart
            }
        }
        // Names as the journal reads them: `interviewers` is `with`, `Next Step` is `next-step`.
        var canonical: [String] = []
        for key in context.parents { canonical.append(Self.canonical(key, under: canonical)) }
        context.parents = canonical
        context.key = context.writtenKey.map { Self.canonical($0, under: canonical) }
        if !context.onKey {
            let valueStart = shape.valueStart ?? shape.contentStart
            if let (text, columns) = Self.item(in: document.line(line), from: valueStart, at: column) {
                context.value = text
                context.valueColumns = columns
            }
        }
        return context
    }

    /// The key set that reads the keys under `parents`.
    package static func keySet(under parents: [String]) -> KeySet? {
        switch parents {
        case []: return .application
        case ["contacts"]: return .contact
        case ["interviews"]: return .interview
        case ["interviews", "thank-you"]: return .thankYou
        case ["references"]: return .reference
        case ["promises"]: return .promise
        case ["offer"]: return .offer
        default: return nil
        }
    }

    static func canonical(_ key: String, under parents: [String]) -> String {
        let folded = KeySet.fold(key)
        return keySet(under: parents)?.key(for: folded) ?? folded
    }

    /// The value under byte `column`: the item of a flow list holding it, else the whole
    /// value before any comment; quotes removed.
    static func item(in line: ArraySlice<UInt8>, from valueStart: Int, at column: Int) -> (String, Range<Int>)? {
        let base = line.startIndex
        var start = base + valueStart
        var end = DiagnosticRange.commentStart(line, from: start) ?? line.endIndex
        if start < end, line[start] == UInt8(ascii: "[") {
            // The item between the commas around the cursor.
            var itemStart = start + 1
            var i = start + 1
            while i < end, line[i] != UInt8(ascii: "]") {
                if line[i] == UInt8(ascii: ",") {
                    if base + column <= i { break }
                    itemStart = i + 1
                }
                i += 1
            }
            start = itemStart
            end = i
        }
        while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        if end - start >= 2, line[start] == line[end - 1], line[start] == UInt8(ascii: "\"") || line[start] == UInt8(ascii: "'") {
            start += 1
            end -= 1
        }
        return (String(decoding: line[start..<end], as: UTF8.self), (start - base)..<(end - base))
    }
}

/// One front matter line taken apart: indentation, list dashes, `key:` and value.
struct LineShape {
    var isBlank = false
    var isComment = false
    /// Columns (bytes) of the first dash, of the text after the dashes, of the key.
    var firstDash = 0
    var dashes = 0
    var contentStart = 0
    var keyStart: Int?
    var keyEnd: Int?
    var key: String?
    var valueStart: Int?

    init(_ line: ArraySlice<UInt8>) {
        let base = line.startIndex
        var i = base
        while i < line.endIndex, line[i] == 0x20 { i += 1 }
        if i == line.endIndex { isBlank = true; contentStart = i - base; return }
        if line[i] == UInt8(ascii: "#") { isComment = true; contentStart = i - base; return }
        firstDash = i - base
        while i < line.endIndex, line[i] == UInt8(ascii: "-"), i + 1 == line.endIndex || line[i + 1] == 0x20 {
            dashes += 1
            i += 1
            while i < line.endIndex, line[i] == 0x20 { i += 1 }
        }
        contentStart = i - base
        guard i < line.endIndex, !"\"'[{#".utf8.contains(line[i]), let colon = DiagnosticRange.keyColon(line, from: i) else { return }
        var keyEnd = colon
        while keyEnd > i, line[keyEnd - 1] == 0x20 { keyEnd -= 1 }
        keyStart = i - base
        self.keyEnd = keyEnd - base
        key = String(decoding: line[i..<keyEnd], as: UTF8.self)
        var v = colon + 1
        while v < line.endIndex, line[v] == 0x20 { v += 1 }
        valueStart = v - base
    }
}
