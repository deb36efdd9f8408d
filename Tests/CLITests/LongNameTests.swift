import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Names at the limits Linux sets: 255 bytes for a file name, 4,096 for a path.
@Suite("Long names and paths")
struct LongNameTests {
    static let acme = "---\ncompany: Acme\nposition: Buyer\n---\n## Log\n\n- 2026-11-20 Applied.\n"

    @Test("a file name of 255 bytes is written like any other: its temporary name is cut to fit, and cleared after a stopped write")
    func longFileName() throws {
        let name = String(repeating: "é", count: 60) + String(repeating: "x", count: 128) + "-job.md"
        #expect(name.utf8.count == 255)
        let dir = try makeJournal([name: Self.acme])
        defer { try? FileManager.default.removeItem(at: dir) }
        let stopped = try jobjournal(["log", "acme", "Called.", "--today", "2026-11-26"], in: dir, env: ["JOBJOURNAL_TEST_CRASH_AT": "after-temp-write"])
        #expect(stopped.status == 99, "\(stopped.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != name }
        #expect(left.count == 1 && left.allSatisfy { $0.hasPrefix(".éé") && $0.utf8.count <= 255 }, "\(left)")
        let run = try jobjournal(["log", "acme", "Called.", "--today", "2026-11-26"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try contents(dir.appendingPathComponent(name)).hasSuffix("- 2026-11-20 Applied.\n- 2026-11-26 Called.\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [name], "the stopped write's temporary file is left")
    }

    @Test("an application whose folder's path is over 4,096 bytes is an error of check, not skipped without a word")
    func longPath() throws {
        let dir = try makeJournal(["acme.md": Self.acme])
        defer { _ = try? runProgram(URL(fileURLWithPath: "/bin/rm"), ["-rf", dir.path]) }
        // 21 folders of 200 bytes, made one inside the other (no path names the deepest).
        let segment = String(repeating: "d", count: 200)
        var fd = open(dir.path, O_RDONLY | O_DIRECTORY)
        for _ in 0..<21 {
            #expect(mkdirat(fd, segment, 0o755) == 0)
            let next = openat(fd, segment, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
        }
        let file = openat(fd, "deep.md", O_WRONLY | O_CREAT, 0o644)
        #expect(Self.acme.replacingOccurrences(of: "Acme", with: "Deep").withCString { write(file, $0, strlen($0)) } > 0)
        close(file)
        close(fd)
        let check = try jobjournal(["check"], in: dir)
        #expect(check.status == 1)
        #expect(check.stdout.contains(": error: cannot read folder: its path is longer than the system allows (4,096 bytes); move it nearer the journal's root [unreadable]"),
                "\(check.stdout)")
        let due = try jobjournal(["due", "--today", "2026-11-26"], in: dir)
        #expect(due.stderr.contains("1 problem in the journal's files"))
    }
}
