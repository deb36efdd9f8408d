import JobJournalCore

/// The two ways `check` prints problems.
public enum DiagnosticFormat {
    /// `path:line:col: error|warning: message [id]`, the form vim's default `errorformat`,
    /// Emacs' compilation mode and VS Code problem matchers read.
    public static func gnu(_ d: Diagnostic) -> String {
        "\(Terminal.plain(d.file)):\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(Terminal.plain(d.message)) [\(d.id)]"
    }

    public static func gnu(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for d in diagnostics {
            out += gnu(d)
            out += "\n"
        }
        return out
    }

    /// `{"schema": 1, "errors": N, "warnings": N, "diagnostics": [...]}`.
    public static func json(_ diagnostics: [Diagnostic], reading: ReadingSummary) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("schema", 1)
        w.field("files", reading.files)
        w.field("applications", reading.applications)
        w.key("skipped")
        w.beginArray()
        for file in reading.skipped {
            w.beginObject()
            w.field("file", file.displayPath)
            w.field("reason", file.skipped!.rawValue)
            w.endObject()
        }
        w.endArray()
        w.field("errors", diagnostics.count { $0.severity == .error })
        w.field("warnings", diagnostics.count { $0.severity == .warning })
        w.key("diagnostics")
        w.beginArray()
        for d in diagnostics {
            w.beginObject()
            w.field("file", d.file)
            w.field("line", d.location.line)
            w.field("column", d.location.column)
            w.field("severity", d.severity.rawValue)
            w.field("message", d.message)
            w.field("id", d.id)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output
    }
}
