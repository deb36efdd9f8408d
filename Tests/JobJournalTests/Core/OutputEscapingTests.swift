import Foundation
import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

/// Text from the journal reaches terminals and JSON readers; none of it may act on them.
@Suite("User text is escaped for its output")
struct OutputEscapingTests {
    /// Every control character: C0, DEL and C1.
    static let controls: [Unicode.Scalar] = (0x00...0x1F).map { Unicode.Scalar($0)! } + (0x7F...0x9F).map { Unicode.Scalar($0)! }

    @Test("JSON escapes every control character, C1 and DEL included, and reads back the same text")
    func jsonControlCharacters() throws {
        for scalar in Self.controls {
            let text = "a\(Character(scalar))b"
            var w = JSONWriter()
            w.beginArray()
            w.string(text)
            w.endArray()
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let escaped = ["\n": "\\n", "\r": "\\r", "\t": "\\t"][Character(scalar)] ?? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            #expect(w.output == "[\n  \"a\(escaped)b\"\n]\n")
            let back = try JSONSerialization.jsonObject(with: Data(w.output.utf8)) as? [String]
            #expect(back == [text])
        }
    }

    @Test("JSON escapes quotes and backslashes and keeps other text as it is")
    func jsonQuotes() throws {
        var w = JSONWriter()
        w.beginObject()
        w.field("k\"ey", "say \"hi\" \\ o/ · Zürich ✓ \u{A0}\u{2028}")
        w.endObject()
        #expect(w.output == "{\n  \"k\\\"ey\": \"say \\\"hi\\\" \\\\ o/ · Zürich ✓ \u{A0}\u{2028}\"\n}\n")
    }

    @Test("terminal text shows control characters instead of sending them: caret notation, \\x for DEL and C1")
    func terminalControlCharacters() {
        #expect(Terminal.plain("Evil\u{1B}[31mCo") == "Evil^[[31mCo")
        #expect(Terminal.plain("\u{1B}]0;pwned\u{07}") == "^[]0;pwned^G")
        #expect(Terminal.plain("a\u{7F}b\u{9B}31m") == "a\\x7Fb\\x9B31m")
        #expect(Terminal.plain("tab\there\r\n") == "tab here^M^J")
        for scalar in Self.controls {
            let shown = Terminal.plain("x\(Character(scalar))y")
            #expect(!shown.unicodeScalars.contains { Self.controls.contains($0) }, "U+\(String(scalar.value, radix: 16)) got through")
        }
        #expect(Terminal.plain("Zürich · Ms. Lee ✓ \u{A0}") == "Zürich · Ms. Lee ✓ \u{A0}")
    }

    @Test("diagnostics show a file name's control characters made visible")
    func diagnosticFileName() {
        let d = Diagnostic(file: "evil\u{1B}[2J.md", line: 3, column: 1, .error, "bad \u{1B}[31m value", id: "x")
        #expect(DiagnosticFormat.gnu(d) == "evil^[[2J.md:3:1: error: bad ^[[31m value [x]")
    }
}
