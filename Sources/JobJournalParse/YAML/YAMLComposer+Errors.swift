import CYAML
import JobJournalCore

/// Turning libyaml's error state into a `YAMLError` a person can act on. Only runs on failure,
/// so it may walk the text byte by byte.
extension LibYAMLComposer {
    func outOfMemory() -> YAMLError {
        YAMLError(message: "not enough memory to read the YAML", location: SourceLocation(line: firstLine, column: 1),
                  id: "yaml-syntax")
    }

    func parseError(_ parser: UnsafeMutablePointer<yaml_parser_t>) -> YAMLError {
        var problem = parser.pointee.problem.map { trimmed(String(cString: $0)) } ?? "the YAML cannot be read"
        if problem == "found unexpected end of stream" { problem = "found unexpected end of the front matter" }
        switch parser.pointee.error {
        case YAML_MEMORY_ERROR:
            return outOfMemory()
        case YAML_READER_ERROR:
            // Bytes that are not UTF-8 text or control characters: libyaml gives a byte offset only.
            let value = Int(parser.pointee.problem_value)
            var message = problem
            if value >= 0 {
                message += problem.hasSuffix("UTF-8 octet") ? " 0x\(hex(value, digits: 2))" : " (U+\(hex(value, digits: 4)))"
            }
            return YAMLError(message: message, location: location(ofByte: Int(parser.pointee.problem_offset)),
                             id: "yaml-syntax")
        default:
            let mark = parser.pointee.problem_mark
            if documentEnded && parser.pointee.error == YAML_PARSER_ERROR {
                // Content after `...`: libyaml wants a `---` to start the next document.
                return multipleDocuments(at: location(mark))
            }
            if let tab = tabInIndentation(line: Int(mark.line)) {
                return YAMLError(message: "tabs cannot indent YAML; use spaces", location: tab, id: "yaml-syntax")
            }
            if problem != "could not find expected ':'", let advice = forgottenColon(problem: problem, at: mark) { return advice }
            guard let context = parser.pointee.context else {
                return YAMLError(message: problem, location: location(mark), id: "yaml-syntax")
            }
            let contextMark = parser.pointee.context_mark
            let while_ = trimmed(String(cString: context))
            if problem == "could not find expected ':'" {
                if let advice = forgottenColon(problem: problem, at: contextMark) { return advice }
                // libyaml notices on the next line; the key without its colon is the place to fix.
                return YAMLError(message: "\(problem) (\(while_))", location: location(contextMark), id: "yaml-syntax")
            }
            if isAtEnd(mark) {
                // "did not find expected ']'" at the end of the text helps less than the place of
                // the `[` (or quote, or key) that was never finished.
                let what = problem.hasPrefix("did not find expected") ? problem + " before the end of the front matter" : problem
                return YAMLError(message: "\(what) (\(while_))", location: location(contextMark), id: "yaml-syntax")
            }
            let start = contextMark.line != mark.line ? " that starts on line \(Int(contextMark.line) + firstLine)" : ""
            return YAMLError(message: "\(problem) (\(while_)\(start))", location: location(mark), id: "yaml-syntax")
        }
    }

    /// Whether libyaml's mark is at the end of the text (it puts the end of the stream at the
    /// start of a line after the last one).
    private func isAtEnd(_ mark: yaml_mark_t) -> Bool {
        guard var i = start(ofLine: Int(mark.line)) else { return true }
        var column = Int(mark.column)
        while column > 0 && i < text.count {
            i += 1
            while i < text.count && text[i] & 0xC0 == 0x80 { i += 1 }
            column -= 1
        }
        return i >= text.count
    }

    /// A message without the trailing period some libyaml versions might add.
    private func trimmed(_ s: String) -> String {
        s.hasSuffix(".") ? String(s.dropLast()) : s
    }

    private func hex(_ value: Int, digits: Int) -> String {
        let s = String(value, radix: 16, uppercase: true)
        return s.count >= digits ? s : String(repeating: "0", count: digits - s.count) + s
    }

    /// The byte offset where 0-based `line` of the text begins, counting LF, CRLF and a lone CR
    /// as line breaks the way libyaml does; nil past the end.
    private func start(ofLine line: Int) -> Int? {
        var current = 0
        var i = 0
        while current < line {
            guard i < text.count else { return nil }
            let byte = text[i]
            i += 1
            if byte == UInt8(ascii: "\n") {
                current += 1
            } else if byte == UInt8(ascii: "\r") {
                if i < text.count && text[i] == UInt8(ascii: "\n") { i += 1 }
                current += 1
            }
        }
        return i
    }

    /// Where the first tab in the indentation of 0-based `line` is, if any.
    private func tabInIndentation(line: Int) -> SourceLocation? {
        guard var i = start(ofLine: line) else { return nil }
        let lineStart = i
        while i < text.count {
            switch text[i] {
            case UInt8(ascii: "\t"):
                return SourceLocation(line: line + firstLine, column: i - lineStart + 1)
            case UInt8(ascii: " "):
                i += 1
            default:
                return nil
            }
        }
        return nil
    }

    /// The file location of a byte offset in the text; columns count characters, as libyaml does.
    private func location(ofByte offset: Int) -> SourceLocation {
        var line = 0
        var column = 0
        var i = 0
        let end = min(max(offset, 0), text.count)
        while i < end {
            let byte = text[i]
            i += 1
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (i == text.count || text[i] != UInt8(ascii: "\n"))) {
                line += 1
                column = 0
            } else if byte & 0xC0 != 0x80 && byte != UInt8(ascii: "\r") {
                column += 1
            }
        }
        return SourceLocation(line: line + firstLine, column: column + 1)
    }
}
