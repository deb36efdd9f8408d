import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Files too large to read, too large to read quickly, or not readable by the user: each
/// reported without reading more than it must, while the rest of the journal is read.
@Suite("Large and unreadable files")
struct LargeAndUnreadableFilesTests {
    static let good = "---\ncompany: Acme\nposition: Buyer\n---\n"

    @Test("a file over the default 16 MiB limit is reported, not read")
    func defaultLimit() throws {
        let dir = try makeJournal(["good.md": Self.good, "huge.md": ""])
        defer { try? FileManager.default.removeItem(at: dir) }
        // Sparse: 17 MiB long, no disk used, and never read.
        #expect(truncate(dir.appendingPathComponent("huge.md").path, 17 << 20) == 0)
        let run = try measuredRun(["check"], in: dir)
        #expect(run.status == 1)
        #expect(run.stdout == "huge.md:1:1: error: file is 17.0 MiB, over the 16.0 MiB limit (max-file-size in .jobjournal.yaml); not read [file-too-large]\n")
        #expect(run.peakMemoryMiB < 50, "peaked at \(run.peakMemoryMiB) MiB: was the file read?")
        print("17 MiB sparse file over the limit: check \(run.seconds) s, \(run.peakMemoryMiB) MiB")
    }

    @Test("max-file-size in .jobjournal.yaml sets the limit")
    func configuredLimit() throws {
        let long = Self.good + String(repeating: "Notes.\n", count: 300)
        let dir = try makeJournal([".jobjournal.yaml": "max-file-size: 1000\n", "good.md": Self.good, "long.md": long])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try measuredRun(["check"], in: dir)
        #expect(run.status == 1)
        #expect(run.stdout == "long.md:1:1: error: file is 2138 bytes, over the 1000 bytes limit (max-file-size in .jobjournal.yaml); not read [file-too-large]\n")
    }

    @Test("an endless standard input is read only up to the limit")
    func endlessStandardInput() throws {
        let dir = try makeJournal([".jobjournal.yaml": "max-file-size: 100000\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try measuredRun(["check", "--stdin-filename", "x.md"], in: dir, stdinPath: "/dev/zero", timeLimit: .seconds(20))
        #expect(!run.timedOut)
        #expect(run.status == 1)
        #expect(run.stdout == "x.md:1:1: error: input is over the 100000 bytes limit (max-file-size in .jobjournal.yaml); not read [file-too-large]\n")
    }

    @Test("a settings file that cannot be read is an error, and the defaults are used", arguments: ["fifo", "too large", "alias bomb"])
    func unreadableSettings(kind: String) throws {
        let application = Self.good + "- [ ] 2026-12-05 Only within 30 days.\n- [ ] 2026-12-01 Within 7 days.\n"
        let dir = try makeJournal(["a.md": application])
        defer { try? FileManager.default.removeItem(at: dir) }
        let settings = dir.appendingPathComponent(".jobjournal.yaml")
        let expected: String
        switch kind {
        case "fifo":
            #expect(mkfifo(settings.path, 0o644) == 0)
            expected = ".jobjournal.yaml:1:1: error: not a regular file (a FIFO, socket or device); the default settings are used [unreadable]\n"
        case "too large":
            try ("within: 30\n" + String(repeating: "# padding\n", count: 120_000)).write(to: settings, atomically: false, encoding: .utf8)
            expected = ".jobjournal.yaml:1:1: error: settings file is 1.1 MiB, over the 1.0 MiB settings can take; the default settings are used [unreadable]\n"
        default:
            var bomb = "within: 30\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
            for (name, previous) in zip("bcdef", "abcde") {
                bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            }
            try bomb.write(to: settings, atomically: false, encoding: .utf8)
            expected = ".jobjournal.yaml:6:36: error: YAML aliases expand to more than 100000 values (an alias bomb?) [yaml-alias-limit]\n"
        }
        let check = try measuredRun(["check"], in: dir, timeLimit: .seconds(20))
        #expect(!check.timedOut)
        #expect(check.status == 1)
        #expect(check.stdout == expected)
        let due = try measuredRun(["due", "--today", "2026-11-26", "--color", "never"], in: dir, timeLimit: .seconds(20))
        #expect(due.stdout.contains("Within 7 days."))
        #expect(!due.stdout.contains("Only within 30 days."))
    }

    @Test("a FIFO named on the command line is skipped with a warning, without blocking")
    func fifoAsPath() throws {
        let dir = try makeJournal(["good.md": Self.good])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(dir.appendingPathComponent("x.md").path, 0o644) == 0)
        let run = try measuredRun(["check", "x.md", "good.md"], in: dir, timeLimit: .seconds(20))
        #expect(!run.timedOut)
        #expect(run.status == 0)
        #expect(run.stdout == "x.md:1:1: warning: not a regular file (a FIFO, socket or device); skipped [not-a-file]\n")
    }

    @Test("a file and a folder the user may not read are errors naming the reason; the rest is read")
    func permissionDenied() throws {
        let dir = try makeJournal([".jobjournal.yaml": "", "good.md": Self.good, "locked.md": Self.good, "locked-folder/inside.md": Self.good])
        defer {
            chmod(dir.appendingPathComponent("locked-folder").path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        #expect(chmod(dir.path, 0o755) == 0)
        #expect(chmod(dir.appendingPathComponent("locked.md").path, 0) == 0)
        #expect(chmod(dir.appendingPathComponent("locked-folder").path, 0) == 0)
        // Tests run as root on CI, where the command runs as nobody (see Unprivileged).
        guard let run = try Unprivileged.run(["check"], in: dir) else { return }
        #expect(run.status == 1)
        #expect(run.stdout == """
            locked-folder:1:1: error: cannot read folder: Permission denied [unreadable]
            locked.md:1:1: error: cannot read file: Permission denied [unreadable]

            """)
        #expect(run.stderr == "2 files checked: 2 errors, 0 warnings\n1 application\n")
    }

    @Test("a 25 MiB file of 100,000 log entries is read to its last line in bounded time and memory")
    func bigLog() throws {
        // The days from 2026-10-02 to 2026-11-19 in turn, then one entry on 2026-11-20 last.
        let days = (2...31).map { "2026-10-\($0 < 10 ? "0" : "")\($0)" } + (1...19).map { "2026-11-\($0 < 10 ? "0" : "")\($0)" }
        let filler = String(repeating: "notes ", count: 36)
        var text = "---\ncompany: Big Log\nposition: Buyer\ninterviews:\n  - date: 2026-10-01\n    final: true\n    thank-you: 2026-10-01\n---\n## Log\n\n"
        text.reserveCapacity(27 << 20)
        for i in 0..<99_999 { text += "- \(days[i % days.count]) Called about the role, entry \(i): \(filler)\n" }
        text += "- 2026-11-20 The last entry.\n"
        #expect(text.utf8.count >= 25 << 20)
        let dir = try makeJournal([".jobjournal.yaml": "max-file-size: 67108864\n", "big.md": text])
        defer { try? FileManager.default.removeItem(at: dir) }

        let check = try measuredRun(["check"], in: dir, timeLimit: .seconds(120))
        #expect(check.status == 0)
        #expect(check.stdout == "")
        #expect(check.seconds < 30, "check took \(check.seconds) s")
        #expect(check.peakMemoryMiB < 500, "check peaked at \(check.peakMemoryMiB) MiB")

        let due = try measuredRun(["due", "--today", "2026-11-26", "--format", "json"], in: dir, timeLimit: .seconds(120))
        #expect(due.status == 0)
        #expect(due.stdout.contains("\"explain\": \"Your final interview was on 2026-10-01 and the last activity on 2026-11-20;"))
        #expect(due.seconds < 30, "due took \(due.seconds) s")
        #expect(due.peakMemoryMiB < 500, "due peaked at \(due.peakMemoryMiB) MiB")
        print("25 MiB, 100,000 log entries: check \(check.seconds) s, \(check.peakMemoryMiB) MiB; due \(due.seconds) s, \(due.peakMemoryMiB) MiB")
    }
}
