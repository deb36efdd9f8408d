import JobJournalCore

/// Reads one application file's bytes: layout, encoding, front matter, body.
public enum ApplicationFile {
    public static func parse(_ bytes: UnsafeRawBufferPointer, path: String, displayPath: String) -> ParsedFile {
        var result = ParsedFile(path: path, displayPath: displayPath, application: nil, diagnostics: [], isApplication: false)
        func fail(_ location: SourceLocation, _ message: String, id: String, severity: Diagnostic.Severity = .error) {
            result.diagnostics.append(Diagnostic(file: displayPath, location: location, severity: severity, message: message, id: id))
        }
        if bytes.isEmpty {
            fail(.start, "empty file: not an application (an application starts with front matter between '---' lines)", id: "empty-file", severity: .warning)
            return result
        }
        var badByte: Int? = nil
        switch TextCheck.firstProblem(in: bytes) {
        case .utf16:
            fail(.start, "file is UTF-16; jobjournal reads UTF-8 (save the file as UTF-8)", id: "encoding")
            return result
        case .nul(let offset):
            fail(TextCheck.location(of: offset, in: bytes), "NUL byte: this is a binary file, not Markdown text", id: "encoding")
            return result
        case .invalidUTF8(let offset, let byte):
            badByte = offset
            let hex = String(byte, radix: 16, uppercase: true)
            fail(TextCheck.location(of: offset, in: bytes), "invalid UTF-8 (byte 0x\(hex)); save the file as UTF-8", id: "encoding")
        case nil:
            break
        }

        let layout = FileLayout(bytes)
        guard let frontMatter = layout.frontMatter else { return result }
        result.isApplication = true
        if layout.isUnclosed {
            fail(SourceLocation(line: 1, column: 1), "front matter is never closed: add a line '---' after it", id: "unclosed-front-matter")
            return result
        }
        if let badByte, frontMatter.contains(badByte) { return result }

        let yaml = UnsafeRawBufferPointer(rebasing: bytes[frontMatter])
        let root: YAMLNode
        switch YAMLComposer.compose(yaml, firstLine: layout.frontMatterFirstLine) {
        case .failure(let error):
            fail(error.location, error.message, id: error.id)
            return result
        case .success(nil):
            result.isApplication = false
            return result
        case .success(let node?):
            root = node
        }

        var decoder = ApplicationDecoder(file: displayPath)
        let decoded = decoder.decode(root, path: path)
        result.diagnostics += decoder.diagnostics
        result.isApplication = decoded.isApplication
        guard var application = decoded.application else { return result }

        let body = BodyParser(file: displayPath, firstLine: layout.bodyFirstLine, isValidUTF8: badByte == nil)
            .parse(UnsafeRawBufferPointer(rebasing: bytes[layout.body]))
        application.log = body.log
        application.toDos = body.toDos
        application.entries = body.entries
        // Edits find their sections (`## Log`, `## Drafts`) among the top-level headings only.
        result.headings = body.headings.filter { $0.level <= 2 }
        result.drafts = DraftText.collect(UnsafeRawBufferPointer(rebasing: bytes[layout.body]), firstLine: layout.bodyFirstLine,
                                          headings: body.headings)
        result.diagnostics += body.diagnostics
        result.application = application
        return result
    }

    public static func parse(_ text: String, path: String, displayPath: String? = nil) -> ParsedFile {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0), path: path, displayPath: displayPath ?? path) }
    }
}
