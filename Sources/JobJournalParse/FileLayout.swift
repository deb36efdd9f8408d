import Glibc

/// Where the front matter and the body lie in a file's bytes, found without decoding text:
/// an optional UTF-8 BOM, a `---` line, the YAML, a closing `---` (or `...`) line, the body.
package struct FileLayout: Sendable {
    var hasBOM = false
    /// True when the first line ends in CRLF: edits write new lines the same way.
    var usesCRLF = false
    /// Byte range of the YAML text between the delimiter lines, when the file has front matter.
    package var frontMatter: Range<Int>?
    /// File line of the first YAML line (the one after the opening `---`).
    package var frontMatterFirstLine = 2
    /// The opening `---` was found but no closing line.
    package var isUnclosed = false
    /// File line of the closing delimiter, when there is one.
    package var closingLine = 0
    var body: Range<Int> = 0..<0
    package var bodyFirstLine = 1

    package init(_ bytes: UnsafeRawBufferPointer) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            hasBOM = true
            start = 3
        }
        body = start..<bytes.count
        let firstEnd = FileLayout.lineEnd(bytes, from: start)
        usesCRLF = firstEnd.next > firstEnd.end + 1
        guard FileLayout.isDelimiter(bytes, start..<firstEnd.end, allowDots: false) else { return }
        var lineStart = firstEnd.next
        var line = 2
        while lineStart < bytes.count {
            let end = FileLayout.lineEnd(bytes, from: lineStart)
            if FileLayout.isDelimiter(bytes, lineStart..<end.end, allowDots: true) {
                frontMatter = firstEnd.next..<lineStart
                closingLine = line
                body = end.next..<bytes.count
                bodyFirstLine = line + 1
                return
            }
            lineStart = end.next
            line += 1
        }
        isUnclosed = true
        frontMatter = firstEnd.next..<bytes.count
    }

    /// The end of the line starting at `from` (before CR LF or LF) and the start of the next.
    static func lineEnd(_ bytes: UnsafeRawBufferPointer, from: Int) -> (end: Int, next: Int) {
        guard from < bytes.count, let base = bytes.baseAddress else { return (from, from) }
        guard let hit = memchr(base + from, 0x0A, bytes.count - from) else { return (bytes.count, bytes.count) }
        let newline = base.distance(to: UnsafeRawPointer(hit))
        let end = newline > from && bytes[newline - 1] == 0x0D ? newline - 1 : newline
        return (end, newline + 1)
    }

    /// `---` (or `...` for a closing line), optionally followed by spaces or tabs.
    static func isDelimiter(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>, allowDots: Bool) -> Bool {
        guard line.count >= 3 else { return false }
        let c = bytes[line.lowerBound]
        guard c == UInt8(ascii: "-") || (allowDots && c == UInt8(ascii: ".")) else { return false }
        guard bytes[line.lowerBound + 1] == c, bytes[line.lowerBound + 2] == c else { return false }
        for i in (line.lowerBound + 3)..<line.upperBound where bytes[i] != 0x20 && bytes[i] != 0x09 {
            return false
        }
        return true
    }
}
