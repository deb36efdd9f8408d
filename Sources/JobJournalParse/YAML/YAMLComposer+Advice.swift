import CYAML
import JobJournalCore

/// libyaml's messages name what its grammar found, not what the person should do. Where the
/// usual mistake behind one is plain, it is said at the line where it was made, with
/// libyaml's wording kept after it.
extension LibYAMLComposer {
    /// `- date 2026-11-29` (a key without its colon) reads as text running on into the next
    /// line, and libyaml stops there: "mapping values are not allowed in this context". The
    /// line to fix is the last one above with text and no colon.
    /// "could not find expected ':'" is the same mistake seen from the line itself.
    func forgottenColon(problem: String, at mark: yaml_mark_t) -> YAMLError? {
        let lines = textLines()
        var line: Int
        switch problem {
        case "mapping values are not allowed in this context": line = Int(mark.line) - 1
        case "could not find expected ':'": line = Int(mark.line)
        default: return nil
        }
        while line >= 0, line < lines.count, lines[line].allSatisfy({ $0 == 0x20 }) { line -= 1 }
        guard line >= 0, line < lines.count else { return nil }
        let bytes = lines[line]
        var start = bytes.firstIndex { $0 != 0x20 } ?? bytes.endIndex
        if start + 1 < bytes.endIndex, bytes[start] == UInt8(ascii: "-"), bytes[start + 1] == 0x20 {
            start += 2
            while start < bytes.endIndex, bytes[start] == 0x20 { start += 1 }
        }
        let content = String(decoding: bytes[start...], as: UTF8.self)
        guard !content.contains(":"), !content.hasPrefix("#"), let space = content.firstIndex(of: " ") else { return nil }
        let key = content[..<space]
        let value = content[content.index(after: space)...].drop { $0 == " " }
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !value.isEmpty else { return nil }
        let column = String(decoding: bytes[bytes.startIndex..<start], as: UTF8.self).count + 1
        return YAMLError(message: "'\(key)' needs a colon after it: write '\(key): \(value)' (libyaml: \(problem))",
                         location: SourceLocation(line: line + firstLine, column: column), id: "yaml-syntax")
    }

    /// The text's lines as bytes, without their line breaks (LF, CRLF or CR, as libyaml counts).
    private func textLines() -> [Slice<UnsafeRawBufferPointer>] {
        var lines: [Slice<UnsafeRawBufferPointer>] = []
        var start = 0
        var i = 0
        while i < text.count {
            let byte = text[i]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(text[start..<i])
                if byte == UInt8(ascii: "\r"), i + 1 < text.count, text[i + 1] == UInt8(ascii: "\n") { i += 1 }
                start = i + 1
            }
            i += 1
        }
        lines.append(text[start..<text.count])
        return lines
    }
}
