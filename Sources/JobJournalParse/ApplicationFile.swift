import JobJournalCore

/// Reads one application file's bytes: layout, encoding, front matter, body.
public enum ApplicationFile {
    public static func parse(_ bytes: UnsafeRawBufferPointer, path: String, displayPath: String,
                             settings: Settings = Settings()) -> ParsedFile {
        var result = ParsedFile(path: path, displayPath: displayPath, application: nil, diagnostics: [], isApplication: false)
        func fail(_ location: SourceLocation, _ message: String, id: String, severity: Diagnostic.Severity = .error) {
            result.diagnostics.append(Diagnostic(file: displayPath, location: location, severity: severity, message: message, id: id))
        }
        if bytes.isEmpty {
            fail(.start, "empty file: not an application (an application starts with front matter between '---' lines)", id: "empty-file", severity: .warning)
            result.skipped = .empty
            return result
        }
        var badByte: Int? = nil
        switch TextCheck.firstProblem(in: bytes) {
        case .utf16:
            fail(.start, "file is UTF-16; jobjournal reads UTF-8 (save the file as UTF-8)", id: "encoding")
            result.skipped = .unreadable
            return result
        case .nul(let offset):
            fail(TextCheck.location(of: offset, in: bytes), "NUL byte: this is a binary file, not Markdown text", id: "encoding")
            result.skipped = .unreadable
            return result
        case .invalidUTF8(let offset, let byte):
            badByte = offset
            let hex = String(byte, radix: 16, uppercase: true)
            fail(TextCheck.location(of: offset, in: bytes), "invalid UTF-8 (byte 0x\(hex)); save the file as UTF-8", id: "encoding")
        case nil:
            break
        }

        let layout = FileLayout(bytes)
        guard let frontMatter = layout.frontMatter else {
            if FrontMatterShape.opensTOML(bytes) {
                fail(.start, FrontMatterShape.tomlMessage, id: "toml-front-matter", severity: .warning)
                result.skipped = .toml
            } else {
                result.skipped = .noFrontMatter
            }
            return result
        }
        let frontMatterBytes = UnsafeRawBufferPointer(rebasing: bytes[frontMatter])
        if !layout.isUnclosed {
            if FrontMatterShape.hasTemplatePlaceholders(frontMatterBytes) {
                result.skipped = .template
                return result
            }
            if let line = FrontMatterShape.tomlLine(frontMatterBytes) {
                fail(SourceLocation(line: layout.frontMatterFirstLine + line, column: 1), FrontMatterShape.tomlMessage,
                     id: "toml-front-matter", severity: .warning)
                result.skipped = .toml
                return result
            }
        }
        result.isApplication = true
        if layout.isUnclosed {
            fail(SourceLocation(line: 1, column: 1), "front matter is never closed: add a line '---' after it", id: "unclosed-front-matter")
            return result
        }
        if let badByte, frontMatter.contains(badByte) { return result }

        let root: YAMLNode
        switch YAMLComposer.compose(frontMatterBytes, firstLine: layout.frontMatterFirstLine) {
        case .failure(let error):
            fail(error.location, error.message, id: error.id)
            return result
        case .success(nil):
            result.isApplication = false
            result.skipped = .notAnApplication
            return result
        case .success(let node?):
            root = node
        }

        var decoder = ApplicationDecoder(file: displayPath, settings: settings)
        let decoded = decoder.decode(root, path: path)
        result.diagnostics += decoder.diagnostics
        result.isApplication = decoded.isApplication
        if !decoded.isApplication { result.skipped = .notAnApplication }
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

    public static func parse(_ text: String, path: String, displayPath: String? = nil, settings: Settings = Settings()) -> ParsedFile {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0), path: path, displayPath: displayPath ?? path, settings: settings) }
    }
}
