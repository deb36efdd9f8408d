import Foundation
import Testing

/// An application file with what hand-written YAML has: a BOM, CRLF line endings, comments,
/// three-space indentation, flow lists, quoted values, a `next_step` spelling.
let trickyFile = "\u{FEFF}---\r\n# Found through Ann.\r\ncompany: Acme Corp   # the employer\r\nposition: 'Field Engineer'\r\n\r\ninterviews:\r\n   -  date: 2026-11-19\r\n      with: [Ann Lee]\r\n      next_step: 2026-11-23  # Monday\r\ncontacts:\r\n   -  {name: Ann Lee, salutation: Ms. Lee, prefers: email}\r\n---\r\n\r\n## Log\r\n\r\n- 2026-11-19 Interviewed.\r\n\r\n## Notes\r\n\r\nSome notes.\r\n"

@Suite("Writing: only the lines that must change, atomically")
struct WriteCommandTests {
    func journal(_ text: String = trickyFile) throws -> (dir: URL, file: URL) {
        let dir = try makeJournal([".jobjournal.yaml": "within: 7\n"])
        let file = dir.appendingPathComponent("acme.md")
        try writeBytes(text, to: file)
        return (dir, file)
    }

    @Test("log adds one CRLF line to ## Log; every other byte stays")
    func log() throws {
        let (dir, file) = try journal()
        let run = try jobjournal(["log", "acme", "Ann called back.", "--today", "2026-11-26"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "acme.md: logged 2026-11-26 Ann called back.\n")
        #expect(try contents(file) == trickyFile.replacingOccurrences(of: "- 2026-11-19 Interviewed.\r\n", with: "- 2026-11-19 Interviewed.\r\n- 2026-11-26 Ann called back.\r\n"))
    }

    @Test("set replaces a value in its line, or adds a key with the item's indentation")
    func set() throws {
        let (dir, file) = try journal()
        #expect(try jobjournal(["set", "acme", "interviews[0].next-step", "2026-11-30"], in: dir).status == 0)
        var expected = trickyFile.replacingOccurrences(of: "next_step: 2026-11-23  # Monday", with: "next_step: 2026-11-30  # Monday")
        #expect(try contents(file) == expected)
        #expect(try jobjournal(["set", "Acme Corp", "interviews[2026-11-19].thank-you", "2026-11-19"], in: dir).status == 0)
        expected = expected.replacingOccurrences(of: "# Monday\r\n", with: "# Monday\r\n      thank-you: 2026-11-19\r\n")
        #expect(try contents(file) == expected)
        #expect(try jobjournal(["set", "acme.md", "position", "Senior Field Engineer"], in: dir).status == 0)
        expected = expected.replacingOccurrences(of: "'Field Engineer'", with: "'Senior Field Engineer'")
        #expect(try contents(file) == expected)
        let same = try jobjournal(["set", "acme.md", "position", "Senior Field Engineer"], in: dir)
        #expect(same.stdout == "acme.md: nothing to change\n")
        #expect(try contents(file) == expected)
    }

    @Test("done and draft --append keep every other byte of the same file")
    func doneAndDraft() throws {
        let (dir, file) = try journal()
        let done = try jobjournal(["done", "acme/thank-you/2026-11-19", "--today", "2026-11-26", "--date", "2026-11-19"], in: dir)
        #expect(done.status == 0, "\(done.stderr)")
        var expected = trickyFile.replacingOccurrences(of: "# Monday\r\n", with: "# Monday\r\n      thank-you: 2026-11-19\r\n")
        #expect(try contents(file) == expected)
        let draft = try jobjournal(["draft", "thank-you", "acme", "--append", "--today", "2026-11-19"], in: dir)
        #expect(draft.status == 0, "\(draft.stderr)")
        let note = draft.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2).joined(separator: "\r\n")
        expected += "\r\n## Drafts\r\n\r\n### Thank-you note to Ms. Lee\r\n\r\n" + note + "\r\n"
        #expect(try contents(file) == expected)
        #expect(note.hasPrefix("Subject: Great Meeting You Today\r\n\r\nDear Ms. Lee,\r\n"))
    }

    @Test("a refused edit leaves the file untouched and names the line to edit by hand",
          arguments: [
            (["set", "acme", "contacts[0].role", "CTO"], "acme.md:11: 'contacts[0]' on line 11 is written inline"),
            (["set", "acme", "status", "maybe"], "acme.md:12: the change would make the file invalid: unknown status 'maybe'"),
            (["set", "acme", "interviews[0].date", "2026-02-30"], "acme.md:7: the change would make the file invalid: 2026-02-30 is not a day"),
          ])
    func refused(arguments: [String], message: String) throws {
        let (dir, file) = try journal()
        let run = try jobjournal(arguments, in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("jobjournal: " + message), "\(run.stderr)")
        #expect(try contents(file) == trickyFile)
    }

    @Test("front matter with errors or anchors is not edited")
    func refusedFiles() throws {
        let (dir, file) = try journal("---\ncompany: A\nposition: B\napplied: someday\n---\n")
        let run = try jobjournal(["log", "a", "x"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("jobjournal: acme.md:4: the front matter has errors, so it is not safe to edit: applied should be a day"))
        try writeBytes("---\ncompany: A\nposition: B\nbase: &b {x: 1}\ninterviews:\n  - date: 2026-11-19\n    extra: *b\n---\n", to: file)
        let anchored = try jobjournal(["set", "a", "base.y", "2"], in: dir)
        #expect(anchored.status == 1)
        #expect(anchored.stderr.contains("anchor &b on line 4"))
        #expect(try contents(file).contains("extra: *b\n---\n"))
    }

    @Test("writes through a symlink, keeping the link and the file's permissions")
    func symlink() throws {
        let (dir, file) = try journal()
        let elsewhere = dir.appendingPathComponent("store/real.markdown")
        try FileManager.default.createDirectory(at: elsewhere.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: file, to: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: "store/real.markdown")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: elsewhere.path)
        #expect(try jobjournal(["log", "acme.md", "Called.", "--today", "2026-11-26"], in: dir).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: file.path) == "store/real.markdown")
        #expect(try contents(elsewhere).contains("- 2026-11-26 Called.\r\n"))
        #expect(try FileManager.default.attributesOfItem(atPath: elsewhere.path)[.posixPermissions] as? Int == 0o600)
    }

    @Test("--dry-run prints a diff that git apply turns into what the write gives, and writes nothing")
    func dryRun() throws {
        let (dir, file) = try journal()
        let arguments = ["set", "acme", "offer.verbal", "2026-11-25"]
        let diff = try jobjournal(arguments + ["--dry-run"], in: dir)
        #expect(diff.status == 0)
        #expect(diff.stdout.hasPrefix("--- a/acme.md\n+++ b/acme.md\n@@ -9,6 +9,8 @@\n"))
        #expect(try contents(file) == trickyFile)
        try diff.stdout.write(to: dir.appendingPathComponent("change.diff"), atomically: true, encoding: .utf8)
        // The copy lies outside the journal, where git apply finds a/acme.md as acme.md.
        let copy = try makeJournal(["acme.md": ""])
        try writeBytes(trickyFile, to: copy.appendingPathComponent("acme.md"))
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "apply", dir.appendingPathComponent("change.diff").path]
        git.currentDirectoryURL = copy
        try git.run()
        git.waitUntilExit()
        #expect(git.terminationStatus == 0)
        #expect(try jobjournal(arguments, in: dir).status == 0)
        #expect(try contents(copy.appendingPathComponent("acme.md")) == contents(file))
    }

    @Test("an unknown or ambiguous APP lists the candidates and exits 2")
    func naming() throws {
        let dir = try copyOfExample()
        let unknown = try jobjournal(["log", "nowhere", "x"], in: dir)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("jobjournal: no application matches 'nowhere'; the applications are:\n  abc-company-senior-sales-consultant  (ABC Company: Senior Sales Consultant)\n"))
        let ambiguous = try jobjournal(["log", "o", "x"], in: dir)
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("'o' matches 7 applications; name one:\n  abc-company-senior-sales-consultant  (ABC Company: Senior Sales Consultant)\n"))
    }

    @Test("20 concurrent log writes to one file: each entry there once, every other byte as it was, the file clean")
    func concurrentLogs() throws {
        let (dir, file) = try journal()
        let statuses = try runAtOnce((0..<20).map { ["log", "acme", "Entry \($0).", "--today", "2026-11-26"] }, in: dir)
        #expect(statuses.allSatisfy { $0 == 0 })
        let text = try contents(file)
        let entry = /- 2026-11-26 Entry (\d+)\.\r\n/
        let logged = text.matches(of: entry).compactMap { Int($0.output.1) }
        #expect(logged.sorted() == Array(0..<20))
        // They went in one after the other, after the entry that was there.
        #expect(text.replacing(entry, with: "") == trickyFile)
        #expect(text.contains("- 2026-11-19 Interviewed.\r\n- 2026-11-26 Entry "))
        let check = try jobjournal(["check", "--strict"], in: dir)
        #expect(check.status == 0 && check.stdout == "", "\(check.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [".jobjournal.yaml", "acme.md"])
    }

    @Test("concurrent writes of every kind to one file each land once, and the file stays clean")
    func concurrentKinds() throws {
        let (dir, file) = try journal()
        let commands = (0..<5).map { ["log", "acme", "Entry \($0).", "--today", "2026-11-26"] } + [
            ["set", "acme", "status", "interviewing"],
            ["done", "acme/thank-you/2026-11-19", "--today", "2026-11-26", "--date", "2026-11-19"],
            ["draft", "thank-you", "acme", "--append", "--today", "2026-11-19"],
        ]
        #expect(try runAtOnce(commands, in: dir).allSatisfy { $0 == 0 })
        let text = try contents(file)
        for i in 0..<5 { #expect(text.ranges(of: "- 2026-11-26 Entry \(i).\r\n").count == 1) }
        #expect(text.ranges(of: "\r\nstatus: interviewing\r\n").count == 1)
        #expect(text.ranges(of: "      thank-you: 2026-11-19\r\n").count == 1)
        #expect(text.ranges(of: "\r\n## Drafts\r\n").count == 1)
        // No error; only the draft's placeholders, which are the user's to fill in.
        let check = try jobjournal(["check"], in: dir)
        #expect(check.status == 0)
        #expect(check.stdout.split(separator: "\n").allSatisfy { $0.hasSuffix("[draft-placeholder]") }, "\(check.stdout)")
    }
}

/// Starts `jobjournal` with each of `commands` at once, in `dir`, and waits for them all:
/// their exit statuses.
func runAtOnce(_ commands: [[String]], in dir: URL) throws -> [Int32] {
    let processes = try commands.map { arguments -> Process in
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.currentDirectoryURL = dir
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return p
    }
    for p in processes { p.waitUntilExit() }
    return processes.map(\.terminationStatus)
}
