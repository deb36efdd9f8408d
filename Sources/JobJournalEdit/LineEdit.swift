/// One change to a file: the lines `range` (1-based, half-open; empty to insert before
/// `range.lowerBound`) replaced by `lines`, given without their endings.
public struct LineEdit: Sendable, Hashable {
    public var range: Range<Int>
    public var lines: [[UInt8]]

    public init(replacing range: Range<Int>, with lines: [[UInt8]]) {
        self.range = range
        self.lines = lines
    }

    public init(replacing range: Range<Int>, with lines: [String]) {
        self.init(replacing: range, with: lines.map { Array($0.utf8) })
    }

    /// New lines before 1-based line `line` (one past the last line appends).
    public static func insert(_ lines: [String], before line: Int) -> LineEdit {
        LineEdit(replacing: line..<line, with: lines)
    }
}

extension TextLines {
    /// The file with `edits` made, every other byte as it was. Edits must not overlap.
    /// A new line ends like the line it replaces, else like the line before it, else like
    /// the file's first line; a last line without an ending keeps having none.
    public func applying(_ edits: [LineEdit]) -> [UInt8] {
        let sorted = edits.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var next = 1
        for edit in sorted {
            precondition(edit.range.lowerBound >= next, "overlapping edits")
            for n in next..<edit.range.lowerBound { copyLine(n, to: &out) }
            // A last line without an ending keeps having none: the edit's last new line takes
            // its place, and a line appended after it gives the old one an ending.
            let touchesEnd = edit.range.upperBound > count
            let lacksFinalNewline = count > 0 && ending(count).isEmpty
            if lacksFinalNewline, edit.range.lowerBound > count, !edit.lines.isEmpty { out += newline }
            for (k, line) in edit.lines.enumerated() {
                out += line
                if lacksFinalNewline && touchesEnd && k == edit.lines.count - 1 { continue }
                out += endingForNewLine(at: edit.range.lowerBound + k, in: edit)
            }
            next = edit.range.upperBound
        }
        if next <= count { for n in next...count { copyLine(n, to: &out) } }
        return out
    }

    private func copyLine(_ n: Int, to out: inout [UInt8]) {
        out += bytes[content[n - 1]]
        out += bytes[endings[n - 1]]
    }

    private func endingForNewLine(at source: Int, in edit: LineEdit) -> [UInt8] {
        if source < edit.range.upperBound, source <= count, !ending(source).isEmpty { return Array(ending(source)) }
        var before = min(edit.range.upperBound, count + 1) - 1
        while before >= 1 {
            if !ending(before).isEmpty { return Array(ending(before)) }
            before -= 1
        }
        return newline
    }
}
