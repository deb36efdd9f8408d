import Foundation
import Testing

/// A word starting with '-' that holds an 'h' (`-dash`) was taken for the short flags
/// `-d -a -s -h`, and so for a request for help: the command printed its help and exited 0
/// having written nothing.
@Suite("Words that start with a dash")
struct DashedWordsTests {
    static let acme = "---\ncompany: Acme\nposition: Buyer\n---\n"

    @Test("are refused as unknown options (exit 2), saying how to give such a value; nothing is written",
          arguments: [["set", "acme", "-dash", "v"], ["set", "acme", "source", "-dash"], ["log", "acme", "-hello"],
                      ["log", "acme", "- met Ann"]])
    func refused(_ arguments: [String]) throws {
        let dir = try makeJournal(["acme.md": Self.acme])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(arguments + ["--today", "2026-11-26"], in: dir)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty, "the help was printed")
        #expect(run.stderr.hasPrefix("Error: unknown option '\(arguments.last { $0.hasPrefix("-") }!)'; put '--' before a value that starts with '-'"),
                "\(run.stderr)")
        #expect(try contents(dir.appendingPathComponent("acme.md")) == Self.acme)
    }

    @Test("after '--' they are values; -h alone still asks for help")
    func afterDoubleDash() throws {
        let dir = try makeJournal(["acme.md": Self.acme])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(["set", "--today", "2026-11-26", "acme", "source", "--", "-dash"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try contents(dir.appendingPathComponent("acme.md")).contains("source: \"-dash\"\n"))
        let help = try jobjournal(["set", "-h"], in: dir)
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: Set one value"))
    }
}
