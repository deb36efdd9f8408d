import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Files that are not what they seem, side by side with good applications: `check` names
/// each bad one with a line and exits 1 in bounded time and memory, and `due` and `refs`
/// still read the good ones. Every run is killed at its time limit, so a hang fails the
/// test instead of stalling the suite. docs/reliability.md lists each case.
@Suite("A journal with hostile files")
struct HostileJournalTests {
    static let acme = """
        ---
        company: Acme Freight
        position: Account Executive
        contacts:
          - name: Ann Lee
            salutation: Ms. Lee
            prefers: email
        interviews:
          - date: 2026-11-24
            with: Ann Lee
        references:
          - name: Dana Smith
        ---
        - 2026-11-24 Interviewed with Ms. Lee.
        """

    static let zeta = """
        ---
        company: Zeta Foods
        position: Sales Manager
        promises:
          - what: Send a writing sample
            due: 2026-11-27
        ---
        """

    /// "2026-11-20 Zeta: call back", as many times as asked, in the body of a good application.
    static func application(company: String, body: String) -> String {
        "---\ncompany: \(company)\nposition: Buyer\n---\n" + body
    }

    /// The text files of the hostile journal, by name.
    static var textFiles: [String: String] {
        var bomb = "---\ncompany: Bomb\nposition: Laughs\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        bomb += "---\n"
        return [
            "good/acme.md": acme,
            "good/zeta.md": zeta,
            "alias-bomb.md": bomb,
            "deep-flow.md": "---\ncompany: Deep\nposition: Flow\nnotes: " + String(repeating: "[", count: 20_000)
                + String(repeating: "]", count: 20_000) + "\n---\n",
            "deep-quotes.md": application(company: "Deep Quotes", body: String(repeating: ">", count: 50_000) + " - [ ] 2026-11-27 Deep down\n"),
            "long-line-body.md": application(company: "Long Body", body: "- [ ] 2026-11-27 " + String(repeating: "x", count: 8 << 20) + "\n"),
            "long-line-yaml.md": "---\ncompany: Long YAML\nposition: " + String(repeating: "y", count: 8 << 20) + "\n---\n",
            "unclosed.md": "---\ncompany: Open\nposition: Ended\n",
            "only-dashes.md": "---",
            "empty.md": "",
            "tabs.md": "---\ncompany: Tabs\nposition: Indented\ncontacts:\n\t- name: Ann\n---\n",
            "duplicate-keys.md": "---\ncompany: Twice\nposition: Buyer\ncompany: Again\n---\n",
            "mapping-for-string.md": "---\ncompany: {name: Acme}\nposition: Buyer\n---\n",
            "string-for-mapping.md": "---\ncompany: Listless\nposition: Buyer\ncontacts: Ann Lee\noffer: soon\n---\n",
            "bad-dates.md": "---\ncompany: Dates\nposition: Buyer\napplied: 2026-11-31\ninterviews:\n  - date: 26-11-2026\n  - date: tomorrow\n---\n",
            "custom-tags.md": "---\ncompany: Tags\nposition: Buyer\nphoto: !!binary aGVsbG8=\nmood: !foo happy\n---\n",
            "folder.md/inside.md": application(company: "Inside A Folder", body: ""),
            "loop/a/good-a.md": application(company: "Loop A", body: "- [ ] 2026-11-28 Call A\n"),
            "loop/b/good-b.md": application(company: "Loop B", body: "- [ ] 2026-11-28 Call B\n"),
        ]
    }

    /// The byte files: not UTF-8, or not text at all.
    static var byteFiles: [String: [UInt8]] {
        var random: [UInt8] = []
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<4096 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            random.append(UInt8(truncatingIfNeeded: state))
        }
        return [
            "invalid-utf8.md": Array("---\ncompany: Caf".utf8) + [0xE9] + Array("\nposition: Buyer\n---\n".utf8),
            "nul.md": Array("---\ncompany: Nul\nposition: Buyer\n---\nnotes\0here\n".utf8),
            "utf16.md": [0xFF, 0xFE] + Array("---\ncompany: Wide\n---\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            "random.md": random,
        ]
    }

    /// The hostile journal, FIFO and symlink loop included.
    static func makeHostileJournal() throws -> URL {
        let dir = try makeJournal(textFiles)
        for (name, bytes) in byteFiles {
            try Data(bytes).write(to: dir.appendingPathComponent(name))
        }
        #expect(mkfifo(dir.appendingPathComponent("fifo.md").path, 0o644) == 0)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("loop/a/to-b").path, withDestinationPath: "../b")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("loop/b/to-a").path, withDestinationPath: "../a")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("loop/a/itself").path, withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("dangling.md").path, withDestinationPath: "nowhere.md")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("link-to-itself.md").path, withDestinationPath: "link-to-itself.md")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("dev-zero.md").path, withDestinationPath: "/dev/zero")
        // Names in Latin-1, as another system may have written them: a file and a folder.
        let latin1Folder = Array("dossier-".utf8) + [0xE9] + Array("t".utf8) + [0xE9]
        try makeEntry(named: Array("caf".utf8) + [0xE9] + Array(".md".utf8), in: dir, contents: Array(acme.utf8))
        try makeEntry(named: latin1Folder, in: dir, contents: nil)
        try makeEntry(named: latin1Folder + Array("/inside.md".utf8), in: dir, contents: Array(zeta.utf8))
        return dir
    }

    /// What `check` says of each bad file: its first line of output, up to the message.
    static let expected: [String: String] = [
        "alias-bomb.md": "alias-bomb.md:9:8: error: YAML aliases expand to more than 100000 values",
        "deep-flow.md": "deep-flow.md:4:207: error: YAML nests more than 200 levels deep",
        "invalid-utf8.md": "invalid-utf8.md:2:13: error: invalid UTF-8 (byte 0xE9)",
        "nul.md": "nul.md:5:6: error: NUL byte",
        "utf16.md": "utf16.md:1:1: error: file is UTF-16",
        "random.md": "random.md:1:",
        "unclosed.md": "unclosed.md:1:1: error: front matter is never closed",
        "only-dashes.md": "only-dashes.md:1:1: error: front matter is never closed",
        "empty.md": "empty.md:1:1: warning: empty file",
        "tabs.md": "tabs.md:5:1: error: tabs cannot indent YAML",
        "duplicate-keys.md": "duplicate-keys.md:4:1: error: duplicate key 'company'",
        "mapping-for-string.md": "mapping-for-string.md:2:10: error: company should be a single value, not a mapping",
        "string-for-mapping.md": "string-for-mapping.md:4:11: error: contacts should be a list",
        "bad-dates.md": "bad-dates.md:4:10: error: 2026-11-31 is not a day: November 2026 has 30 days",
        "custom-tags.md": "custom-tags.md:4:8: error: unsupported YAML tag '!!binary'",
        "fifo.md": "fifo.md:1:1: warning: not a regular file",
        "dev-zero.md": "dev-zero.md:1:1: warning: not a regular file",
        "dangling.md": "dangling.md:1:1: error: cannot read file: No such file or directory",
        "link-to-itself.md": "link-to-itself.md:1:1: error: cannot read file: Too many levels of symbolic links",
        "caf\u{FFFD}.md": "caf\u{FFFD}.md:1:1: error: name is not valid UTF-8",
        "dossier-\u{FFFD}t\u{FFFD}": "dossier-\u{FFFD}t\u{FFFD}:1:1: error: name is not valid UTF-8",
    ]

    @Test("check names each bad file at a line, exits 1, and takes bounded time and memory")
    func check() throws {
        let dir = try Self.makeHostileJournal()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try measuredRun(["check"], in: dir, timeLimit: .seconds(120))
        #expect(!run.timedOut)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        for (file, start) in Self.expected.sorted(by: { $0.key < $1.key }) {
            #expect(lines.contains { $0.hasPrefix(start) }, "\(file): no '\(start)' in:\n\(run.stdout)")
        }
        // The other half of the wrong types, and every other bad date.
        #expect(lines.contains { $0.hasPrefix("string-for-mapping.md:5:8: error: the offer should be keys and values") })
        #expect(lines.contains { $0.hasPrefix("bad-dates.md:6:11: error: date should be a day written YYYY-MM-DD, not '26-11-2026'") })
        #expect(lines.contains { $0.hasPrefix("bad-dates.md:7:11: error: date should be a day written YYYY-MM-DD, not 'tomorrow'") })
        #expect(lines.contains { $0.hasPrefix("custom-tags.md:5:7: error: unsupported YAML tag '!foo'") })
        // Good files, deep quotes, long lines, the folder named .md and the looped folders are fine.
        for good in ["good/", "deep-quotes.md", "long-line", "folder.md", "loop/"] {
            #expect(!lines.contains { $0.hasPrefix(good) }, "\(good) should be clean:\n\(run.stdout)")
        }
        #expect(run.seconds < 60, "check took \(run.seconds) s")
        #expect(run.peakMemoryMiB < 500, "check peaked at \(run.peakMemoryMiB) MiB")
        print("hostile journal: check \(run.seconds) s, \(run.peakMemoryMiB) MiB")
    }

    @Test("due, report and refs still read the good applications, and point at check")
    func dueAndRefs() throws {
        let dir = try Self.makeHostileJournal()
        defer { try? FileManager.default.removeItem(at: dir) }
        let due = try measuredRun(["due", "--format", "json", "--today", "2026-11-26", "--within", "30"], in: dir)
        #expect(!due.timedOut)
        #expect(due.status == 0)
        #expect(due.stderr.hasSuffix("problems in the journal's files; run 'jobjournal check' to see them\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(due.stdout.utf8)) as? [String: Any])
        let actions = try #require(object["actions"] as? [[String: Any]])
        let ids = Set(actions.compactMap { $0["id"] as? String })
        #expect(ids.isSuperset(of: [
            "good/acme/thank-you/2026-11-24", "good/acme/brief-references/2026-11-24/dana-smith",
            "good/zeta/promise/2026-11-27/send-a-writing-sample", "long-line-body/task/2026-11-27/" + String(repeating: "x", count: 48),
        ]))
        // Each application read once, though the links offer the looped folders again and again.
        let companies = actions.compactMap { $0["company"] as? String }
        #expect(Set(companies) == ["Acme Freight", "Zeta Foods", "Long Body", "Loop A", "Loop B", "Deep Quotes"])
        #expect(ids.contains("deep-quotes/task/2026-11-27/deep-down"))
        #expect(companies.filter { $0 == "Loop A" } == ["Loop A"])
        #expect(companies.filter { $0 == "Loop B" } == ["Loop B"])
        #expect(ids.isSuperset(of: ["loop/a/good-a/task/2026-11-28/call-a", "loop/b/good-b/task/2026-11-28/call-b"]))

        let report = try measuredRun(["report", "--format", "json", "--today", "2026-11-26"], in: dir)
        #expect(!report.timedOut)
        #expect(report.status == 0)
        let reportObject = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let reported = (reportObject["applications"] as? [[String: Any]] ?? []).compactMap { $0["company"] as? String }
        #expect(Set(reported).isSuperset(of: ["Acme Freight", "Zeta Foods", "Long Body", "Deep Quotes", "Inside A Folder", "Loop A", "Loop B"]))
        let unreadable = (reportObject["problems"] as? [String: Any])?["unreadable"] as? [String] ?? []
        // Files meant as applications are named; binary files (NUL, UTF-16) are not taken for any.
        #expect(Set(unreadable) == ["alias-bomb.md", "deep-flow.md", "invalid-utf8.md", "unclosed.md", "only-dashes.md", "tabs.md",
                                    "mapping-for-string.md", "dangling.md", "link-to-itself.md"])

        let refs = try measuredRun(["refs", "--today", "2026-11-26"], in: dir)
        #expect(!refs.timedOut)
        #expect(refs.stdout.hasPrefix("Acme Freight: Account Executive  0 of 1 reference called\n  Dana Smith  not briefed\n"))
    }

    @Test("the text agenda wraps an 8 MiB to-do in bounded time")
    func longLineAgenda() throws {
        let dir = try makeJournal(["long.md": Self.textFiles["long-line-body.md"]!])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try measuredRun(["due", "--today", "2026-11-26", "--color", "never"], in: dir, timeLimit: .seconds(120))
        #expect(!run.timedOut)
        #expect(run.status == 0)
        #expect(run.stdout.utf8.count > 8 << 20)
        #expect(run.seconds < 30, "due took \(run.seconds) s")
        print("8 MiB to-do: due \(run.seconds) s, \(run.peakMemoryMiB) MiB")
    }
}

/// Makes a file holding `contents`, or a folder when nil, whose name is given as bytes,
/// UTF-8 or not, below `dir`.
func makeEntry(named name: [UInt8], in dir: URL, contents: [UInt8]?) throws {
    let path = Array(dir.path.utf8) + [UInt8(ascii: "/")] + name + [0]
    try path.withUnsafeBufferPointer {
        try $0.withMemoryRebound(to: CChar.self) { cPath in
            guard let contents else {
                guard mkdir(cPath.baseAddress!, 0o755) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                return
            }
            let fd = open(cPath.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            defer { close(fd) }
            #expect(contents.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == contents.count)
        }
    }
}
