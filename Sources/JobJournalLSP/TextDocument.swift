import JobJournalCore

/// An open editor buffer: its text as UTF-8 bytes, where each line starts, and the
/// conversions between the protocol's positions (UTF-16 code units) and the journal's
/// (1-based lines, columns counting characters, as `check` prints them).
package struct TextDocument: Sendable {
    package var uri: String
    /// The file's path on disk.
    package var path: String
    package var version: Int?
    package private(set) var bytes: [UInt8]
    /// Byte offset where each line starts; a line ends before the next one's start.
    private var lineStarts: [Int] = [0]

    package init(uri: String, path: String, version: Int?, text: String) {
        self.uri = uri
        self.path = path
        self.version = version
        self.bytes = Array(text.utf8)
        indexLines()
    }

    package var text: String { String(decoding: bytes, as: UTF8.self) }
    package var lineCount: Int { lineStarts.count }

    private mutating func indexLines() {
        lineStarts = [0]
        for i in bytes.indices where bytes[i] == 0x0A { lineStarts.append(i + 1) }
    }

    /// Applies one change from `textDocument/didChange`: the whole text, or a range of it.
    package mutating func apply(_ change: TextDocumentContentChangeEvent) {
        guard let range = change.range else {
            bytes = Array(change.text.utf8)
            indexLines()
            return
        }
        let from = offset(of: range.start)
        let to = max(from, offset(of: range.end))
        bytes.replaceSubrange(from..<to, with: change.text.utf8)
        indexLines()
    }

    /// The bytes of 0-based `line` without its ending.
    package func line(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 0, line < lineStarts.count else { return [] }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    package func lineText(_ line: Int) -> String { String(decoding: self.line(line), as: UTF8.self) }

    /// The byte offset of a protocol position; past the end of its line, the line's end.
    package func offset(of position: Position) -> Int {
        guard position.line < lineStarts.count else { return bytes.count }
        guard position.line >= 0 else { return 0 }
        let line = self.line(position.line)
        var units = 0
        var i = line.startIndex
        while i < line.endIndex, units < position.character {
            let width = Self.sequenceLength(line[i])
            units += width == 4 ? 2 : 1
            i = min(line.endIndex, i + width)
        }
        return i
    }

    /// The protocol position of a byte offset.
    package func position(ofByte offset: Int) -> Position {
        let offset = max(0, min(offset, bytes.count))
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return Position(line: low, character: utf16Units(line: low, upTo: offset))
    }

    /// The protocol position of a 0-based line and a byte column in it.
    package func position(line: Int, byteColumn: Int) -> Position {
        guard line >= 0, line < lineStarts.count else { return Position(line: max(0, line), character: 0) }
        let content = self.line(line)
        return Position(line: line, character: utf16Units(line: line, upTo: min(content.endIndex, content.startIndex + byteColumn)))
    }

    /// The protocol position of a journal location (1-based line, column in characters).
    package func position(of location: SourceLocation) -> Position {
        let line = location.line - 1
        let content = self.line(line)
        var i = content.startIndex
        var characters = 1
        while i < content.endIndex, characters < location.column {
            i = min(content.endIndex, i + Self.sequenceLength(content[i]))
            characters += 1
        }
        return Position(line: line, character: utf16Units(line: line, upTo: i))
    }

    /// The byte column (0-based, within its line) of a protocol position.
    package func byteColumn(of position: Position) -> Int {
        guard position.line >= 0, position.line < lineStarts.count else { return 0 }
        return offset(of: position) - lineStarts[position.line]
    }

    private func utf16Units(line: Int, upTo offset: Int) -> Int {
        var units = 0
        var i = lineStarts[line]
        while i < offset {
            let width = Self.sequenceLength(bytes[i])
            units += width == 4 ? 2 : 1
            i += width
        }
        return units
    }

    /// The length of the UTF-8 sequence a lead byte starts (1 for a stray byte).
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: return 4
        case 0xE0...0xEF: return 3
        case 0xC0...0xDF: return 2
        default: return 1
        }
    }

    /// The range of a whole line's content.
    package func range(ofLine line: Int) -> LSPRange {
        let content = self.line(line)
        return LSPRange(start: Position(line: line, character: 0), end: position(line: line, byteColumn: content.count))
    }
}
