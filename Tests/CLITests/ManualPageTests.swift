import Foundation
import Testing

/// The man page as its readers take it: mandoc's linter, and man (man-db, which formats
/// with groff) at 80 columns. Both are installed by `make test-deps`; where one is missing
/// its test is skipped, and `ExternalToolsTests` fails on CI.
@Suite("The man page")
struct ManualPageTests {
    /// The page `jobjournal manual` prints, in a file of its own.
    static func page() throws -> URL {
        let run = try jobjournal(["manual"])
        #expect(run.status == 0)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-manual-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("jobjournal.1")
        try Data(run.stdout.utf8).write(to: file)
        return file
    }

    @Test("mandoc -T lint has nothing to say about it", .enabled(if: ExternalTools.mandoc != nil, "mandoc is not installed"))
    func lint() throws {
        let file = try Self.page()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let run = try ExternalTools.run(ExternalTools.mandoc!, ["-T", "lint", file.path])
        #expect(run.status == 0)
        #expect(run.stdout + run.stderr == "", "mandoc -T lint: \(run.stdout)\(run.stderr)")
    }

    @Test("man shows it within 80 columns, with the sections a manual has", .enabled(if: ExternalTools.man != nil, "man is not installed"))
    func eightyColumns() throws {
        let file = try Self.page()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        var environment = ProcessInfo.processInfo.environment
        environment["MANWIDTH"] = "80"
        environment["MANPAGER"] = "cat"
        environment["LANG"] = "C.UTF-8"
        let run = try runProgram(URL(fileURLWithPath: ExternalTools.man!), ["-l", file.path], environment: environment, timeout: 60)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 300, "man printed \(lines.count) lines")
        for line in lines where line.count > 80 {
            Issue.record("\(line.count) columns: \(line)")
        }
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "JOURNAL", "FORMAT", "ENVIRONMENT", "FILES",
                        "EXIT STATUS", "EXAMPLES", "SEE ALSO"] {
            #expect(lines.contains { $0 == section }, "no \(section) section")
        }
        // A long action id breaks after a slash, never inside a word.
        #expect(run.stdout.contains("lakeshore-industrial-supply-key-account-manager/"))
    }
}
