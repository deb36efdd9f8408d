import JobJournalCore
import JobJournalParse
import JobJournalPlaybook

/// An open buffer read as `check --stdin-filename` reads it: the same parse with the
/// journal's settings, the same findings. Every feature is a function of this, a position
/// and the day.
package struct OpenFile: Sendable {
    package var document: TextDocument
    /// The journal root the file belongs to, and the journal read from disk there.
    package var root: String
    package var journal: Journal
    /// The file's path relative to the root (what action ids start with).
    package var path: String
    package var parsed: ParsedFile
    /// What `check` reports for the buffer.
    package var findings: [Diagnostic]
    /// The application as last read without errors: completion and hover keep working
    /// while a line is half typed.
    package var lastApplication: Application?

    package init(document: TextDocument, root: String, journal: Journal, previous: Application? = nil) {
        self.document = document
        self.root = root
        self.journal = journal
        self.path = Workspace.relative(document.path, to: root)
        let settings = journal.settings
        let display = path
        if document.bytes.count > settings.maxFileSize {
            parsed = ParsedFile(path: path, displayPath: display, application: nil,
                                diagnostics: [JournalLoader.tooLarge(file: display, size: document.bytes.count, limit: settings.maxFileSize)],
                                isApplication: true)
        } else {
            parsed = document.bytes.withUnsafeBytes {
                ApplicationFile.parse($0, path: display, displayPath: display, settings: settings)
            }
        }
        findings = Findings.all(in: parsed)
        lastApplication = parsed.application ?? previous
    }

    package var application: Application? { parsed.application ?? lastApplication }

    /// The playbook's actions for this file on `today`, as `due` lists them.
    package func actions(today: Day) -> [DueAction] {
        guard let app = parsed.application else { return [] }
        return Playbook.standard.actions(for: [app], today: today, settings: journal.settings)
    }

    /// The findings as the protocol's diagnostics, each over the word or value it is about.
    package var diagnostics: [LSPDiagnostic] {
        findings.map { finding in
            LSPDiagnostic(range: DiagnosticRange.range(of: finding.location, in: document),
                          severity: finding.severity == .error ? 1 : 2, code: finding.id, source: "jobjournal",
                          message: finding.message)
        }
    }

    /// The front matter's lines (0-based, half-open), when the file has front matter.
    package var frontMatterLines: Range<Int>? {
        let layout = document.bytes.withUnsafeBytes { FileLayout($0) }
        guard layout.frontMatter != nil else { return nil }
        let end = layout.isUnclosed ? document.lineCount : layout.closingLine - 1
        return (layout.frontMatterFirstLine - 1)..<end
    }
}

/// Where a finding's range ends: a key up to its colon, a quoted or bracketed value to its
/// closing mark, any other value to the end of the line (before a comment).
enum DiagnosticRange {
    static func range(of location: SourceLocation, in document: TextDocument) -> LSPRange {
        let start = document.position(of: location)
        let line = document.line(start.line)
        let from = line.startIndex + document.byteColumn(of: start)
        var end = line.endIndex
        if from < line.endIndex {
            switch line[from] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if let close = line[(from + 1)...].firstIndex(of: line[from]) { end = close + 1 }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                end = closing(line, from: from) ?? line.endIndex
            default:
                if let colon = keyColon(line, from: from) {
                    end = colon
                } else if let comment = commentStart(line, from: from) {
                    end = comment
                }
            }
        }
        while end > from, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        if end <= from { end = line.endIndex }
        return LSPRange(start: start, end: document.position(line: start.line, byteColumn: end - line.startIndex))
    }

    /// The colon ending a key that starts at `from`: `key:` then a space or the line's end.
    static func keyColon(_ line: ArraySlice<UInt8>, from: Int) -> Int? {
        var i = from
        while i < line.endIndex {
            let c = line[i]
            if c == UInt8(ascii: ":"), i + 1 == line.endIndex || line[i + 1] == 0x20 || line[i + 1] == 0x09 { return i }
            if c == UInt8(ascii: "#") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") || c == UInt8(ascii: ",") { return nil }
            i += 1
        }
        return nil
    }

    static func commentStart(_ line: ArraySlice<UInt8>, from: Int) -> Int? {
        var i = from + 1
        while i < line.endIndex {
            if line[i] == UInt8(ascii: "#"), line[i - 1] == 0x20 || line[i - 1] == 0x09 { return i }
            i += 1
        }
        return nil
    }

    static func closing(_ line: ArraySlice<UInt8>, from: Int) -> Int? {
        var depth = 0
        var quote: UInt8? = nil
        for i in from..<line.endIndex {
            let c = line[i]
            if let q = quote { if c == q { quote = nil }; continue }
            switch c {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = c
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return i + 1 }
            default: break
            }
        }
        return nil
    }
}
