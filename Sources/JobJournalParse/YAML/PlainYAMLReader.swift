import JobJournalCore

/// Reads the shape nearly all front matter has straight from its bytes, and declines the rest.
///
/// Front matter is a block mapping of keys to one-line values, nested block mappings and
/// lists, and one-line flow lists and mappings such as `with: [Tom Shah]` or
/// `thank-you: {sent: 2026-11-20, via: card}`. For that shape this reader builds
/// exactly the `YAMLNode` tree `LibYAMLComposer` builds from libyaml's events (values, styles
/// and every start and end mark), in a single pass and without libyaml's per-character
/// bookkeeping. Anything else (a tab, a carriage return, a character outside the printable set,
/// anchors, aliases, tags, block scalars, multi-line scalars, escapes in double quotes,
/// `?` keys, quoted keys, document markers, an unusual indentation, a syntax error)
/// makes it decline, and libyaml reads the text as before. So it changes how fast front matter
/// is read, never what is read: `PlainYAMLReaderTests` compares both on thousands of inputs.
package struct PlainYAMLReader {
    struct Declined: Error {}

    /// The collections nested deeper than this go to libyaml (front matter uses three).
    static let maxDepth = 16

    private let bytes: UnsafePointer<UInt8>
    private let count: Int
    private let firstLine: Int
    private let maxNodes: Int
    private let maxDepth: Int
    /// No byte above 0x7F: columns are byte offsets.
    private let isASCII: Bool

    /// Nodes made so far, counted as the composer counts them.
    private var nodes = 0
    // The current content line: not blank, not only a comment.
    private var lineStart = 0
    private var lineEnd = 0
    private var indent = 0
    /// 0-based, as libyaml's marks count.
    private var line = 0
    private var atEnd = false
    /// Where the text ends once trailing blank and comment lines are skipped: the last line
    /// (0-based) and the characters on it after its line break.
    private var lastLine = 0
    private var lastColumn = 0

    /// The tree for `text`; nil when it holds no content; `Declined` when libyaml must read it.
    static func read(_ text: UnsafeRawBufferPointer, firstLine: Int, limits: YAMLComposer.Limits) throws(Declined) -> YAMLNode? {
        guard let base = text.baseAddress, !text.isEmpty else { return nil }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let isASCII = try screen(bytes, count: text.count)
        var reader = PlainYAMLReader(bytes: bytes, count: text.count, firstLine: firstLine,
                                     maxNodes: limits.maxExpandedNodes, maxDepth: min(maxDepth, limits.maxDepth),
                                     isASCII: isASCII)
        return try reader.document()
    }

    private init(bytes: UnsafePointer<UInt8>, count: Int, firstLine: Int, maxNodes: Int, maxDepth: Int, isASCII: Bool) {
        self.bytes = bytes
        self.count = count
        self.firstLine = firstLine
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
        self.isASCII = isASCII
    }

    // MARK: Bytes

    /// Declines text with a byte libyaml treats specially or refuses: tabs, carriage returns,
    /// other control characters, DEL, a BOM, C1 controls, NEL, line and paragraph separators,
    /// U+FFFE/U+FFFF and any malformed UTF-8. Returns whether the text is all ASCII.
    private static func screen(_ p: UnsafePointer<UInt8>, count: Int) throws(Declined) -> Bool {
        var i = 0
        var ascii = true
        while i < count {
            // Eight bytes at a time while they are printable ASCII or line feeds.
            i = ByteScan.skip(UnsafeRawPointer(p), from: i, to: count, unless: notPrintableASCII)
            guard i < count else { break }
            let b = p[i]
            if b < 0x80 {
                if b < 0x20 && b != 0x0A || b == 0x7F { throw Declined() }
                i += 1
                continue
            }
            ascii = false
            let length: Int
            switch b {
            case 0xC2:
                guard i + 1 < count, p[i + 1] >= 0xA0, p[i + 1] <= 0xBF else { throw Declined() }
                length = 2
            case 0xC3...0xDF: length = 2
            case 0xE1, 0xE3...0xEC, 0xEE: length = 3
            case 0xE0:
                guard i + 1 < count, p[i + 1] >= 0xA0 else { throw Declined() }
                length = 3
            case 0xE2:
                // U+2028 and U+2029 break lines for libyaml.
                guard i + 2 < count, !(p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) else { throw Declined() }
                length = 3
            case 0xED:
                guard i + 1 < count, p[i + 1] <= 0x9F else { throw Declined() }
                length = 3
            case 0xEF:
                // U+FEFF (BOM), U+FFFE, U+FFFF.
                guard i + 2 < count, !(p[i + 1] == 0xBB && p[i + 2] == 0xBF),
                      !(p[i + 1] == 0xBF && p[i + 2] >= 0xBE) else { throw Declined() }
                length = 3
            case 0xF0:
                guard i + 1 < count, p[i + 1] >= 0x90 else { throw Declined() }
                length = 4
            case 0xF1...0xF3: length = 4
            case 0xF4:
                guard i + 1 < count, p[i + 1] <= 0x8F else { throw Declined() }
                length = 4
            default:
                throw Declined()
            }
            guard i + length <= count else { throw Declined() }
            var k = 1
            while k < length {
                guard p[i + k] & 0xC0 == 0x80 else { throw Declined() }
                k += 1
            }
            i += length
        }
        return ascii
    }

    /// The bytes other than 0x20...0x7E and line feeds.
    @inline(__always) private static func notPrintableASCII(_ w: UInt64) -> UInt64 {
        ByteScan.nonASCII(w) | (ByteScan.below(0x20, w) & ~ByteScan.equal(0x0A, w)) | ByteScan.equal(0x7F, w)
    }

    /// Space, or the end of the line.
    @inline(__always) private func isBlankOrEnd(_ i: Int) -> Bool { i >= lineEnd || bytes[i] == 0x20 }

    private func location(_ i: Int) -> SourceLocation {
        let column = isASCII ? i - lineStart : characters(lineStart, i)
        return SourceLocation(line: line + firstLine, column: column + 1)
    }

    private func string(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes + from, count: to - from), as: UTF8.self)
    }

    // MARK: Lines

    /// Moves to the first content line at or after `start` (a line's first byte), skipping blank
    /// and comment lines as libyaml's scanner does; at the end of the text sets `atEnd`.
    private mutating func content(from start: Int) throws(Declined) {
        var s = start
        while s < count {
            var i = s
            while i < count && bytes[i] == 0x20 { i += 1 }
            var e = i
            while e < count && bytes[e] != 0x0A { e += 1 }
            if i == e || bytes[i] == UInt8(ascii: "#") {
                guard e < count else {
                    // The last line has no line break.
                    lastColumn = isASCII ? e - s : characters(s, e)
                    break
                }
                line += 1
                s = e + 1
                continue
            }
            if i == s && e - s >= 3 {
                // `---` and `...` at the start of a line are document markers.
                let a = bytes[s], b = bytes[s + 1], c = bytes[s + 2]
                if (a == UInt8(ascii: "-") || a == UInt8(ascii: ".")) && a == b && b == c && (e - s == 3 || bytes[s + 3] == 0x20) {
                    throw Declined()
                }
            }
            lineStart = s
            lineEnd = e
            indent = i - s
            return
        }
        atEnd = true
        lastLine = line
        lineStart = count
        lineEnd = count
        indent = 0
    }

    /// Moves past the current line to the next content line.
    private mutating func nextLine() throws(Declined) {
        if lineEnd >= count {
            // The last line, without a line break.
            lastColumn = isASCII ? lineEnd - lineStart : characters(lineStart, lineEnd)
            atEnd = true
            lastLine = line
            lineStart = count
            indent = 0
        } else {
            line += 1
            try content(from: lineEnd + 1)
        }
    }

    /// Where a block collection at `column` that ends here ends: libyaml ends it at the next
    /// token, or at the end of the text, where it first closes the collections indented deeper
    /// than the last line's length and then, on a new line when that line is not empty, the rest.
    private func blockEnd(column: Int) -> SourceLocation {
        guard atEnd else { return SourceLocation(line: line + firstLine, column: indent + 1) }
        if column > lastColumn { return SourceLocation(line: lastLine + firstLine, column: lastColumn + 1) }
        return SourceLocation(line: lastLine + firstLine + (lastColumn > 0 ? 1 : 0), column: 1)
    }

    private func characters(_ from: Int, _ to: Int) -> Int {
        var n = 0
        var k = from
        while k < to {
            if bytes[k] & 0xC0 != 0x80 { n += 1 }
            k += 1
        }
        return n
    }

    // MARK: Structure

    private mutating func document() throws(Declined) -> YAMLNode? {
        try content(from: 0)
        if atEnd { return nil }
        let root = try mapping(column: indent, first: lineStart + indent, depth: 0)
        guard atEnd else { throw Declined() }
        return root
    }

    /// Counts one more node; more than the composer's limit goes to libyaml.
    private mutating func countNode() throws(Declined) {
        nodes += 1
        if nodes > maxNodes { throw Declined() }
    }

    /// A block mapping whose keys sit at byte column `column`; its first key starts at `first`
    /// on the current line (after `- ` when the mapping is a list item).
    private mutating func mapping(column: Int, first: Int, depth: Int) throws(Declined) -> YAMLNode {
        guard depth < maxDepth else { throw Declined() }
        try countNode()
        let start = location(first)
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity(depth == 0 ? 16 : 6)
        var keyStart = first
        while true {
            let (key, colon) = try self.key(at: keyStart)
            let value = try self.value(after: colon + 1, column: column, depth: depth)
            pairs.append(YAMLPair(key: key, value: value))
            if atEnd || indent < column { break }
            guard indent == column else { throw Declined() }
            keyStart = lineStart + indent
            if bytes[keyStart] == UInt8(ascii: "-") && isBlankOrEnd(keyStart + 1) {
                // A list at the mapping's own indentation: libyaml's indentless sequence.
                throw Declined()
            }
        }
        return YAMLNode(kind: .mapping(pairs), location: start, end: blockEnd(column: column))
    }

    /// A block sequence whose `-` sit at byte column `column` of the current line and the next.
    private mutating func sequence(column: Int, depth: Int) throws(Declined) -> YAMLNode {
        guard depth < maxDepth else { throw Declined() }
        try countNode()
        let start = location(lineStart + column)
        var items: [YAMLNode] = []
        items.reserveCapacity(4)
        while true {
            var i = lineStart + column + 1
            while i < lineEnd && bytes[i] == 0x20 { i += 1 }
            // An empty item, or one whose content starts on the next line.
            guard i < lineEnd, bytes[i] != UInt8(ascii: "#") else { throw Declined() }
            if bytes[i] == UInt8(ascii: "-") && isBlankOrEnd(i + 1) { throw Declined() }
            if isPlainStart(i), plainExtent(from: i).separator != nil {
                items.append(try mapping(column: i - lineStart, first: i, depth: depth + 1))
            } else {
                items.append(try inlineValue(at: i, column: column, depth: depth))
            }
            if atEnd || indent < column { break }
            guard indent == column, bytes[lineStart + indent] == UInt8(ascii: "-"),
                  isBlankOrEnd(lineStart + indent + 1) else { throw Declined() }
        }
        return YAMLNode(kind: .sequence(items), location: start, end: blockEnd(column: column))
    }

    /// A plain key at `at` up to its `:`. Returns the key and the position of the colon.
    private mutating func key(at i: Int) throws(Declined) -> (YAMLNode, Int) {
        guard isPlainStart(i) else { throw Declined() }
        let extent = plainExtent(from: i)
        guard let colon = extent.separator else { throw Declined() }
        var end = colon
        while end > i && bytes[end - 1] == 0x20 { end -= 1 }
        // libyaml allows a simple key 1024 characters at most.
        guard end - i <= 1000 else { throw Declined() }
        try countNode()
        let node = YAMLNode(kind: .scalar(YAMLScalar(string(i, end))), location: location(i), end: location(end))
        return (node, colon)
    }

    /// The value after a block mapping's `:` at `from`: on the same line, or the block below.
    private mutating func value(after from: Int, column: Int, depth: Int) throws(Declined) -> YAMLNode {
        var i = from
        while i < lineEnd && bytes[i] == 0x20 { i += 1 }
        if i < lineEnd && bytes[i] != UInt8(ascii: "#") {
            return try inlineValue(at: i, column: column, depth: depth)
        }
        // Nothing after the colon on this line.
        let colonEnd = location(from)
        try nextLine()
        if !atEnd && indent > column {
            let first = lineStart + indent
            if bytes[first] == UInt8(ascii: "-") && isBlankOrEnd(first + 1) {
                return try sequence(column: indent, depth: depth + 1)
            }
            guard isPlainStart(first), plainExtent(from: first).separator != nil else { throw Declined() }
            return try mapping(column: indent, first: first, depth: depth + 1)
        }
        try countNode()
        return YAMLNode(kind: .scalar(YAMLScalar("")), location: colonEnd, end: colonEnd)
    }

    /// A one-line value starting at `i` in a block whose indentation is `column`: a plain or
    /// quoted scalar or a flow collection, then nothing but a comment. Moves to the next content line,
    /// which must not continue the value.
    private mutating func inlineValue(at i: Int, column: Int, depth: Int) throws(Declined) -> YAMLNode {
        let node: YAMLNode
        let after: Int
        switch bytes[i] {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            (node, after) = try flowCollection(at: i, depth: depth + 1)
        case UInt8(ascii: "\""):
            var k = i + 1
            while k < lineEnd && bytes[k] != UInt8(ascii: "\"") {
                if bytes[k] == UInt8(ascii: "\\") { throw Declined() }
                k += 1
            }
            guard k < lineEnd else { throw Declined() }
            try countNode()
            node = YAMLNode(kind: .scalar(YAMLScalar(string(i + 1, k), style: .doubleQuoted)),
                            location: location(i), end: location(k + 1))
            after = k + 1
        case UInt8(ascii: "'"):
            var k = i + 1
            var quotes = false
            while true {
                guard k < lineEnd else { throw Declined() }
                if bytes[k] == UInt8(ascii: "'") {
                    if k + 1 < lineEnd && bytes[k + 1] == UInt8(ascii: "'") {
                        quotes = true
                        k += 2
                        continue
                    }
                    break
                }
                k += 1
            }
            var value = string(i + 1, k)
            if quotes { value = value.replacing("''", with: "'") }
            try countNode()
            node = YAMLNode(kind: .scalar(YAMLScalar(value, style: .singleQuoted)),
                            location: location(i), end: location(k + 1))
            after = k + 1
        default:
            guard isPlainStart(i) else { throw Declined() }
            let extent = plainExtent(from: i)
            // `a: b` inside a value is a mapping libyaml refuses here.
            guard extent.separator == nil else { throw Declined() }
            try countNode()
            node = YAMLNode(kind: .scalar(YAMLScalar(string(i, extent.end))), location: location(i), end: location(extent.end))
            after = extent.end
        }
        // Only spaces and a comment may follow on the line.
        var k = after
        while k < lineEnd && bytes[k] == 0x20 { k += 1 }
        if k < lineEnd && !(bytes[k] == UInt8(ascii: "#") && k > after) { throw Declined() }
        try nextLine()
        // A more indented line would continue a plain scalar, or be an error.
        if !atEnd && indent > column { throw Declined() }
        return node
    }

    /// A flow list `[a, b c]` or flow mapping `{sent: 2026-11-17, via: card}` on one line, of
    /// plain scalars. Returns it and the position after its closing bracket.
    private mutating func flowCollection(at open: Int, depth: Int) throws(Declined) -> (YAMLNode, Int) {
        guard depth < maxDepth else { throw Declined() }
        try countNode()
        let isMapping = bytes[open] == UInt8(ascii: "{")
        let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var i = open + 1
        while true {
            while i < lineEnd && bytes[i] == 0x20 { i += 1 }
            guard i < lineEnd else { throw Declined() }
            if bytes[i] == close && items.isEmpty && pairs.isEmpty { break }
            var (item, stop) = try flowScalar(at: i)
            if isMapping {
                guard bytes[stop] == UInt8(ascii: ":") else { throw Declined() }
                i = stop + 1
                while i < lineEnd && bytes[i] == 0x20 { i += 1 }
                let (value, next) = try flowScalar(at: i)
                pairs.append(YAMLPair(key: item, value: value))
                stop = next
            } else {
                items.append(item)
            }
            if bytes[stop] == close {
                i = stop
                break
            }
            guard bytes[stop] == UInt8(ascii: ",") else { throw Declined() }
            i = stop + 1
        }
        let node = YAMLNode(kind: isMapping ? .mapping(pairs) : .sequence(items), location: location(open),
                            end: location(i + 1), isFlow: true)
        return (node, i + 1)
    }

    /// A plain scalar inside a flow collection on one line, up to the `,`, `]`, `}` or `: `
    /// after it. Returns it and the position of that stop.
    private mutating func flowScalar(at i: Int) throws(Declined) -> (YAMLNode, Int) {
        guard isPlainStart(i) else { throw Declined() }
        var k = i
        scan: while k < lineEnd {
            switch bytes[k] {
            case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"):
                break scan
            case UInt8(ascii: ":"):
                // `a:b` is one scalar to libyaml in some versions and not in others: decline it.
                guard k + 1 < lineEnd, bytes[k + 1] == 0x20 else { throw Declined() }
                break scan
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "#"):
                throw Declined()
            default:
                k += 1
            }
        }
        guard k < lineEnd else { throw Declined() }
        var end = k
        while bytes[end - 1] == 0x20 { end -= 1 }
        try countNode()
        return (YAMLNode(kind: .scalar(YAMLScalar(string(i, end))), location: location(i), end: location(end)), k)
    }

    /// Whether a plain scalar may start at `i`: not an indicator (`- `, `? ` and `: ` included;
    /// `-x`, `?x`, `:x` are plain but rare, and left to libyaml).
    private func isPlainStart(_ i: Int) -> Bool {
        guard i < lineEnd else { return false }
        switch bytes[i] {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), 0x20:
            return false
        default:
            return true
        }
    }

    /// A block plain scalar from `i` to the end of its line: where its text ends (before
    /// trailing spaces and a ` #` comment), and the first `:` followed by a space or the line's
    /// end, which makes it a key.
    private func plainExtent(from i: Int) -> (end: Int, separator: Int?) {
        var k = i
        var end = i
        while k < lineEnd {
            let b = bytes[k]
            if b == 0x20 {
                if k + 1 < lineEnd && bytes[k + 1] == UInt8(ascii: "#") { break }
            } else if b == UInt8(ascii: ":") && isBlankOrEnd(k + 1) {
                return (end, k)
            } else {
                end = k + 1
            }
            k += 1
        }
        return (end, nil)
    }
}
