import Foundation
import Testing

/// What the writing commands print quotes the user's arguments, file names and the file's
/// own text: none of it may act on the terminal. Control characters are shown in caret
/// notation, as `due`, `report` and `refs` show them (`Terminal.plain`); a diff keeps its
/// line breaks and tabs.
@Suite("Writing commands print no raw control character")
struct WriteOutputSafetyTests {
    /// A name with an escape sequence, a carriage return and a line break in it.
    static let fileName = "acme\u{1B}[31m\r\nfake.md"
    /// Raw ESC, an OSC title sequence and a bell in the body, by the log.
    static let file = "---\ncompany: Acme\nposition: Buyer\ninterviews:\n  - date: 2026-11-19\n---\n## Log\n\n- 2026-11-20 Met \u{1B}]0;pwned\u{07}Ann \u{1B}[2J.\n"
    static let osc = "\u{1B}]0;pwned\u{07}"

    /// Control characters the output carries raw: anything below a space but a line feed
    /// (and, in a diff, a tab and the CR of a CRLF), DEL and C1.
    static func raw(_ text: String, diff: Bool = false) -> [UInt32] {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.compactMap { i in
            let v = scalars[i].value
            if v == 0x0A { return nil }
            if diff && (v == 0x09 || (v == 0x0D && i + 1 < scalars.count && scalars[i + 1] == "\n")) { return nil }
            return v < 0x20 || (0x7F...0x9F).contains(v) ? v : nil
        }
    }

    func journal() throws -> URL { try makeJournal([Self.fileName: Self.file, ".jobjournal.yaml": ""]) }

    @Test("confirmations of log, set and draft --append show the file name and the text written in caret notation", arguments: [
        ["log", "acme", "Called \u{1B}]0;pwned\u{07}back"],
        ["set", "acme", "source", "a friend\u{1B}[5m"],
        ["draft", "check-in", "acme", "--append"],
    ])
    func confirmations(_ arguments: [String]) throws {
        let dir = try journal()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(arguments + ["--today", "2026-11-26"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.raw(run.stdout).isEmpty, "raw control characters: \(Self.raw(run.stdout))")
        #expect(run.stdout.contains("acme^[[31m^M^Jfake.md: "), "\(run.stdout)")
    }

    @Test("a log message with an OSC sequence and a bell is shown, not obeyed")
    func logMessage() throws {
        let dir = try journal()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(["log", "acme", "Called \(Self.osc)back", "--today", "2026-11-26"], in: dir)
        #expect(run.stdout.hasSuffix("logged 2026-11-26 Called ^[]0;pwned^Gback\n"), "\(run.stdout)")
    }

    @Test("the list of applications after 'no application matches' shows names and the name given in caret notation")
    func noMatch() throws {
        let dir = try journal()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(["log", "nobody\u{1B}[8m", "Called.", "--today", "2026-11-26"], in: dir)
        #expect(run.status == 2)
        #expect(Self.raw(run.stderr).isEmpty, "raw control characters: \(Self.raw(run.stderr))")
        #expect(run.stderr == "jobjournal: no application matches 'nobody^[[8m'; the applications are:\n  acme^[[31m^M^Jfake  (Acme: Buyer)\n")
    }

    @Test("--dry-run diffs show the file name and the body's escape sequences in caret notation, keeping line breaks",
          arguments: [["log", "acme", "Called \u{1B}]0;pwned\u{07}back"], ["set", "acme", "source", "a friend\u{1B}[5m"],
                      ["draft", "check-in", "acme", "--append"]])
    func dryRun(_ arguments: [String]) throws {
        let dir = try journal()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(arguments + ["--today", "2026-11-26", "--dry-run"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.raw(run.stdout, diff: true).isEmpty, "raw control characters: \(Self.raw(run.stdout, diff: true))")
        #expect(run.stdout.hasPrefix("--- a/acme^[[31m^M^Jfake.md\n+++ b/acme^[[31m^M^Jfake.md\n"), "\(run.stdout)")
        if arguments[0] == "log" {
            #expect(run.stdout.contains(" - 2026-11-20 Met ^[]0;pwned^GAnn ^[[2J.\n"))
        }
    }

    @Test("errors quoting an argument show it in caret notation")
    func usageErrors() throws {
        let dir = try journal()
        defer { try? FileManager.default.removeItem(at: dir) }
        for arguments in [["due", "--today", "2026\u{1B}[2J"], ["done", "acme/\u{1B}]0;x\u{07}", "--today", "2026-11-26"]] {
            let run = try jobjournal(arguments, in: dir)
            #expect(run.status == 2)
            #expect(Self.raw(run.stderr).isEmpty, "\(arguments[0]): raw control characters: \(Self.raw(run.stderr))")
        }
    }
}
