import Foundation
import Testing

@Suite("check's fast start")
struct FastPathTests {
    static let journal: [String: String] = [
        "good.md": "---\ncompany: Good Co\nposition: Analyst\ncontacts:\n  - name: Ann Lee\n    salutation: Ms. Lee\n    prefers: email\n---\n",
        "bad.md": "---\ncompany: Acme\nposition: [Engineer\n---\n",
        "warn.md": "---\ncompany: Zeta\nposition: PM\nrefrences: []\n---\n",
    ]

    static let invocations: [[String]] = [
        ["check"], ["check", "good.md"], ["check", "warn.md", "--strict"], ["check", "--format", "json"],
        ["check", "--format=json", "bad.md"], ["check", "--dir", "."], ["check", "--dir=.", "good.md", "warn.md"],
        ["check", "--today", "2026-11-26", "good.md"], ["check", "--stdin-filename", "good.md"],
        ["check", "missing.md"], ["check", "--format", "yaml"], ["check", "--today", "26-11-2026"],
        ["check", "--strict=yes"], ["check", "--frmat", "json"], ["check", "--help"], ["check", "--", "good.md"],
        ["check", "--dir"], ["check", "--format", "--strict"],
    ]

    @Test("gives the same output and status as the full argument parser, for every way of calling check",
          arguments: invocations)
    func sameAsArgumentParser(arguments: [String]) throws {
        let dir = try makeJournal(Self.journal)
        let stdin = "---\ncompany: X\nposition: Y\nstatus: maybe\n---\n"
        let fast = try jobjournal(arguments, in: dir, stdin: stdin)
        let full = try jobjournal(arguments, in: dir, env: ["JOBJOURNAL_NO_FAST_PATH": "1"], stdin: stdin)
        #expect(fast.status == full.status)
        #expect(fast.stdout == full.stdout)
        #expect(fast.stderr == full.stderr)
    }

    @Test("declines a bad JOBJOURNAL_TODAY, so the argument parser reports it")
    func badEnvironmentDay() throws {
        let dir = try makeJournal(Self.journal)
        let run = try jobjournal(["check", "good.md"], in: dir, env: ["JOBJOURNAL_TODAY": "tomorrow"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("JOBJOURNAL_TODAY should be a day written YYYY-MM-DD"))
    }
}

@testable import JobJournalCLI

@Suite("Which calls take check's fast start")
struct FastPathChoiceTests {
    func fast(_ arguments: [String]) -> CheckRun? { FastPath.check(arguments[...]) }

    @Test("plain checks with check's own options do")
    func taken() throws {
        let run = try #require(fast(["check", "--format=json", "--strict", "--dir", "j", "--today", "2026-11-26", "a.md", "b.md"]))
        #expect(run.format == .json && run.strict && run.dir == "j" && run.paths == ["a.md", "b.md"])
        #expect(fast(["check"]) != nil)
        #expect(fast(["check", "--stdin-filename", "notes/a.md"])?.stdinFilename == "notes/a.md")
    }

    @Test("anything the argument parser should explain does not", arguments: [
        ["due"], ["check", "--help"], ["check", "-h"], ["check", "--frmat", "json"], ["check", "--format", "yaml"],
        ["check", "--today", "tomorrow"], ["check", "--strict=yes"], ["check", "--dir"], ["check", "--", "a.md"],
        ["check", "-x.md"], ["check", "--format", "--strict"],
    ])
    func declined(arguments: [String]) {
        #expect(fast(arguments) == nil)
    }
}
