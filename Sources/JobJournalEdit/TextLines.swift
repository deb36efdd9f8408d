/// A file's bytes as lines, each keeping its own ending (LF, CRLF, or none on a last line
/// without one), so that an edit can rebuild the file changing only the lines it replaces.
public struct TextLines: Sendable {
    public let bytes: [UInt8]
    /// Each line's content, without its ending, as a byte range of `bytes`.
    let content: [Range<Int>]
    /// Each line's ending as a byte range: `\n`, `\r\n`, or empty.
    let endings: [Range<Int>]
    /// What new lines end with: the ending of the file's first line, LF when it has none.
    let newline: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var content: [Range<Int>] = []
        var endings: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if end == bytes.count {
                content.append(start..<end)
                endings.append(end..<end)
                break
            }
            let contentEnd = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            content.append(start..<contentEnd)
            endings.append(contentEnd..<(end + 1))
            start = end + 1
        }
        self.content = content
        self.endings = endings
        self.newline = endings.first.map { Array(bytes[$0]) }.flatMap { $0.isEmpty ? nil : $0 } ?? [0x0A]
    }

    /// The number of lines; a file ending in a line break has no empty line after it.
    public var count: Int { content.count }

    /// The content of 1-based file line `number`, without its ending.
    public func line(_ number: Int) -> ArraySlice<UInt8> { bytes[content[number - 1]] }


    /// The ending of 1-based line `number`, empty for a last line without one.
    func ending(_ number: Int) -> ArraySlice<UInt8> { bytes[endings[number - 1]] }

    /// Whether a line holds only spaces and tabs.
    public func isBlank(_ number: Int) -> Bool { line(number).allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// The byte offset within its line of a location whose column counts characters (as
    /// libyaml's marks do): UTF-8 continuation bytes do not start a character.
    func byteColumn(line number: Int, column: Int) -> Int {
        let line = self.line(number)
        var characters = 1
        var i = line.startIndex
        while i < line.endIndex, characters < column {
            i += 1
            while i < line.endIndex, line[i] & 0xC0 == 0x80 { i += 1 }
            characters += 1
        }
        return i - line.startIndex
    }

    /// The number of spaces a line starts with.
    func indentation(_ number: Int) -> Int { line(number).prefix { $0 == 0x20 }.count }
}
