import Foundation
import Testing

@Suite("jobjournal check")
struct CheckCommandTests {
    static let good = """
        ---
        company: Good Co
        position: Analyst
        contacts:
          - name: Ann Lee
            salutation: Ms. Lee
            prefers: email
        ---
        """

    @Test("the example journal is clean")
    func exampleIsClean() throws {
        let run = try jobjournal(["check", "--dir", "journal-example"])
        #expect(run.status == 0)
        #expect(run.stdout == "")
    }

    @Test("names a broken YAML file and an invalid date at their lines, and reads the other files")
    func brokenFiles() throws {
        let dir = try makeJournal([
            ".jobjournal.yaml": "",
            "good.md": Self.good,
            "broken-yaml.md": "---\ncompany: Acme\nposition: [Engineer\n---\n",
            "notes/bad-date.md": "---\ncompany: Zeta\nposition: PM\napplied: 2026-02-30\n---\n",
        ])
        let run = try jobjournal(["check"], in: dir)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        // libyaml notices at the end of the front matter; the error points where the list opened.
        #expect(lines[0].hasPrefix("broken-yaml.md:3:11: error: "))
        #expect(lines[0].hasSuffix("[yaml-syntax]"))
        #expect(lines[1] == "notes/bad-date.md:4:10: error: 2026-02-30 is not a day: February 2026 has 28 days [invalid-date]")
        #expect(run.stderr == "3 files checked: 2 errors, 0 warnings\n2 applications\n")
    }

    @Test("checks only the paths given, relative to the current folder")
    func paths() throws {
        let dir = try makeJournal(["a.md": Self.good, "sub/b.md": "---\ncompany: B\n---\n"])
        #expect(try jobjournal(["check", "a.md"], in: dir).status == 0)
        let sub = try jobjournal(["check", "sub"], in: dir)
        #expect(sub.stdout == "sub/b.md:2:1: error: missing required key 'position' (also read as 'role' or 'title') [missing-key]\n")
    }

    @Test("warnings alone exit 0, or 1 with --strict")
    func strict() throws {
        let dir = try makeJournal(["a.md": "---\ncompany: A\nposition: B\nrefrences: []\n---\n"])
        #expect(try jobjournal(["check"], in: dir).status == 0)
        #expect(try jobjournal(["check", "--strict"], in: dir).status == 1)
    }

    @Test("JSON gives the same problems with their fields")
    func json() throws {
        let dir = try makeJournal(["a.md": "---\ncompany: A\nposition: B\napplied: soon\n---\n"])
        let run = try jobjournal(["check", "--format", "json"], in: dir)
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? Int == 1)
        #expect(object["errors"] as? Int == 1)
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == "a.md")
        #expect(first["line"] as? Int == 4 && first["column"] as? Int == 10)
        #expect(first["id"] as? String == "invalid-date")
        #expect(first["message"] as? String == "applied should be a day written YYYY-MM-DD, not 'soon'")
    }

    @Test("--stdin-filename checks an unsaved buffer as if it were that file")
    func stdin() throws {
        let dir = try makeJournal(["a.md": Self.good])
        let run = try jobjournal(["check", "--stdin-filename", "a.md"], in: dir, stdin: "---\ncompany: A\nposition: B\nstatus: maybe\n---\n")
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("a.md:4:9: error: unknown status 'maybe'"))
    }

    @Test("a missing journal or file is a failure of the command: exit 2")
    func failures() throws {
        let missing = try jobjournal(["check", "--dir", "/nonexistent/journal"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "jobjournal: /nonexistent/journal: no such file or folder\n")
        #expect(try jobjournal(["check", "--format", "yaml"]).status == 2)
        #expect(try jobjournal(["check", "--today", "26-11-2026"]).status == 2)
    }

    @Test("finds the journal root upward from the current folder by .jobjournal.yaml")
    func rootDiscovery() throws {
        let dir = try makeJournal([".jobjournal.yaml": "check-in-days: 5\n", "a.md": "---\ncompany: A\n---\n", "sub/deeper/x.txt": ""])
        let run = try jobjournal(["check"], in: dir.appendingPathComponent("sub/deeper"))
        #expect(run.stdout.hasPrefix("../../a.md:2:1: error: missing required key 'position'"))
    }

    @Test("unknown settings in .jobjournal.yaml are warnings")
    func settings() throws {
        let dir = try makeJournal([".jobjournal.yaml": "check-in-dayz: 5\n", "a.md": Self.good])
        let run = try jobjournal(["check"], in: dir)
        #expect(run.stdout == ".jobjournal.yaml:1:1: warning: unknown setting 'check-in-dayz'; did you mean 'check-in-days'? [unknown-setting]\n")
    }

    @Test("vim's default errorformat reads the output into its quickfix list")
    func vimQuickfix() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/vim") else {
            Issue.record("vim is not installed: run 'make deps' (the test needs it)")
            return
        }
        let dir = try makeJournal([
            "broken.md": "---\ncompany: Acme\nposition: [Engineer\n---\n",
            "date.md": "---\ncompany: Zeta\nposition: PM\napplied: 2026-02-30\n---\n",
        ])
        let output = try jobjournal(["check"], in: dir).stdout
        try output.write(to: dir.appendingPathComponent("errors.txt"), atomically: true, encoding: .utf8)
        let script = "cfile errors.txt | call writefile(map(getqflist(), {_, e -> bufname(e.bufnr) . '|' . e.lnum . '|' . e.col . '|' . e.type . '|' . e.text}), 'qf.txt') | qa!"
        let vim = Process()
        vim.executableURL = URL(fileURLWithPath: "/usr/bin/vim")
        vim.arguments = ["-u", "NONE", "-N", "-es", "-c", script]
        vim.currentDirectoryURL = dir
        try vim.run()
        vim.waitUntilExit()
        let entries = try String(contentsOf: dir.appendingPathComponent("qf.txt"), encoding: .utf8).split(separator: "\n")
        #expect(entries.count == 2)
        // The default errorformat takes file, line, column and the rest as the message.
        #expect(entries.first?.hasPrefix("broken.md|3|11|| error: ") == true)
        #expect(entries.last == "date.md|4|10|| error: 2026-02-30 is not a day: February 2026 has 28 days [invalid-date]")
    }
}
