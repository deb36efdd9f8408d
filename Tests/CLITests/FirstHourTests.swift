import Foundation
import Testing

/// The traps a new user fell into in the first hour: each is closed, and stays closed.
@Suite("The first hour: mistakes are named, never silent")
struct FirstHourTests {
    static let misspelt = """
        ---
        company: ABC Company
        position: Sales Consultant
        status: interviewing
        applied: 2026-11-01
        intervews:
          - date: 2026-11-25
            with: [Mr. Jones]
        contacts:
          - name: Mr. Jones
            salutaton: Mr. Jones
        ---

        """

    @Test("a misspelt key that holds actions is named by due and report on stderr; one that holds none is not")
    func nearMissHidesActions() throws {
        let dir = try makeJournal([".jobjournal.yaml": "", "abc.md": Self.misspelt])
        defer { try? FileManager.default.removeItem(at: dir) }
        let expected = "jobjournal: abc.md:6: unknown key 'intervews' (did you mean 'interviews'?) may hide actions; run 'jobjournal check'\n"
        let due = try jobjournal(["due", "--today", "2026-11-26"], in: dir)
        #expect(due.status == 0)
        #expect(due.stdout == "Nothing due. (as of Thu 2026-11-26)\n")
        #expect(due.stderr == expected)
        let report = try jobjournal(["report", "--today", "2026-11-26", "--format", "json"], in: dir)
        #expect(report.stderr == expected)
        // Spelt right, the interview gives its thank-you note.
        try Self.misspelt.replacingOccurrences(of: "intervews", with: "interviews")
            .write(to: dir.appendingPathComponent("abc.md"), atomically: true, encoding: .utf8)
        let fixed = try jobjournal(["due", "--today", "2026-11-26"], in: dir)
        #expect(fixed.stdout.contains("Send a thank-you note to Mr. Jones"))
        #expect(fixed.stderr == "")
    }

    @Test("a command that falls back to the current folder says so once; a marker, --dir or JOBJOURNAL_DIR keeps it quiet")
    func fallbackIsSaid() throws {
        let dir = try makeJournal(["abc.md": Self.misspelt.replacingOccurrences(of: "intervews", with: "interviews")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let said = "jobjournal: no .jobjournal.yaml found; reading \(dir.resolvingSymlinksInPath().path) as the journal\n"
        for arguments in [["due"], ["check"], ["refs"], ["log", "abc", "Called."], ["set", "abc", "status", "offer"]] {
            let run = try jobjournal(arguments + ["--today", "2026-11-26"], in: dir)
            #expect(run.status == 0, "\(arguments)")
            #expect(run.stderr.components(separatedBy: said).count == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.hasPrefix(said), "\(arguments): \(run.stderr)")
        }
        let named = try jobjournal(["due", "--dir", dir.path, "--today", "2026-11-26"])
        #expect(named.stderr == "")
        let byEnvironment = try jobjournal(["due", "--today", "2026-11-26"], env: ["JOBJOURNAL_DIR": dir.path])
        #expect(byEnvironment.stderr == "")
        try "".write(to: dir.appendingPathComponent(".jobjournal.yaml"), atomically: true, encoding: .utf8)
        let marked = try jobjournal(["due", "--today", "2026-11-26"], in: dir)
        #expect(marked.stderr == "")
    }

    @Test("set refuses a key jobjournal does not read, with the key it likely means; --force writes it; a key the file has is set")
    func setRefusesUnknownKeys() throws {
        let text = "---\ncompany: Acme\nposition: PM\nsalary-range: 50k\n---\n"
        let dir = try makeJournal([".jobjournal.yaml": "", "acme.md": text])
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("acme.md")
        let refused = try jobjournal(["set", "acme", "sttus", "offer"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(refused.stderr == "jobjournal: acme.md: 'sttus' is not a key jobjournal reads, nor one the file has; did you mean 'status'? --force writes it anyway; nothing was written\n")
        #expect(try contents(file) == text)
        let own = try jobjournal(["set", "acme", "salary-range", "60k"], in: dir)
        #expect(own.status == 0)
        let spelling = try jobjournal(["set", "acme", "Job_Status", "offer"], in: dir)
        #expect(spelling.status == 0)
        let forced = try jobjournal(["set", "acme", "sttus", "offer", "--force"], in: dir)
        #expect(forced.status == 0)
        #expect(try contents(file) == "---\ncompany: Acme\nposition: PM\nsalary-range: 60k\nstatus: offer\nsttus: offer\n---\n")
    }

    @Test("unset removes a key and its value, only those lines, keeping CRLF and comments; refuses what it cannot remove cleanly")
    func unsetRemovesKeys() throws {
        let text = "---\r\ncompany: Acme  # the employer\r\nposition: PM\r\nfollow-up: 2026-12-01\r\noffer:\r\n  verbal: 2026-11-20  # by phone\r\n  requested: 2026-11-21\r\ninterviews:\r\n  - date: 2026-11-19\r\n    thank-you: 2026-11-19\r\n---\r\n\r\n## Log\r\n"
        let dir = try makeJournal([".jobjournal.yaml": ""])
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("acme.md")
        try writeBytes(text, to: file)
        let followUp = try jobjournal(["unset", "acme", "follow-up"], in: dir)
        #expect(followUp.status == 0)
        #expect(followUp.stdout == "acme.md: follow-up removed\n")
        let requested = try jobjournal(["unset", "acme", "offer.requested"], in: dir)
        #expect(requested.status == 0)
        let thanks = try jobjournal(["unset", "acme", "interviews[0].thank-you"], in: dir)
        #expect(thanks.status == 0)
        #expect(try contents(file) == "---\r\ncompany: Acme  # the employer\r\nposition: PM\r\noffer:\r\n  verbal: 2026-11-20  # by phone\r\ninterviews:\r\n  - date: 2026-11-19\r\n---\r\n\r\n## Log\r\n")
        let absent = try jobjournal(["unset", "acme", "follow-up"], in: dir)
        #expect(absent.status == 0)
        #expect(absent.stdout == "acme.md: nothing to change\n")
        let before = try contents(file)
        let company = try jobjournal(["unset", "acme", "company"], in: dir)
        #expect(company.status == 1)
        let itemStart = try jobjournal(["unset", "acme", "interviews[0].date"], in: dir)
        #expect(itemStart.status == 1)
        #expect(itemStart.stderr.contains("starts a list item"))
        let misspelt = try jobjournal(["unset", "acme", "folow-up"], in: dir)
        #expect(misspelt.status == 1)
        #expect(misspelt.stderr.contains("did you mean 'follow-up'?"))
        #expect(try contents(file) == before)
        let block = try jobjournal(["unset", "acme", "offer"], in: dir)
        #expect(block.status == 0)
        #expect(try contents(file) == "---\r\ncompany: Acme  # the employer\r\nposition: PM\r\ninterviews:\r\n  - date: 2026-11-19\r\n---\r\n\r\n## Log\r\n")
    }

    @Test("init --git outside a repository prints only what it did")
    func initGitIsQuiet() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(["init", "--git", dir.path])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.contains("initialised a git repository in \(dir.path)\n"))
    }

    @Test("done takes any part of an id that only one action has, and lists the actions when several match")
    func donePartOfID() throws {
        let dir = try copyOfExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let several = try jobjournal(["done", "lakeshore", "--today", exampleDay], in: dir)
        #expect(several.status == 2)
        #expect(several.stderr.hasPrefix("jobjournal: 'lakeshore' matches 3 actions; name one:\n"))
        #expect(several.stderr.contains("  lakeshore-industrial-supply-key-account-manager/thank-you/2026-11-25\n"))
        let prefix = try jobjournal(["done", "lakeshore-industrial-supply-key-account-manager/thank", "--via", "card", "--today", exampleDay], in: dir)
        #expect(prefix.status == 0)
        #expect(prefix.stdout == "lakeshore-industrial-supply-key-account-manager.md: thank-you to Ms. Alvarez and Mr. Chen sent on 2026-11-26 by card\n")
        let part = try jobjournal(["done", "status-inquiry", "--today", exampleDay], in: dir)
        #expect(part.status == 0)
        #expect(part.stdout.hasPrefix("abc-company-senior-sales-consultant.md: "))
        let none = try jobjournal(["done", "nosuch", "--today", exampleDay], in: dir)
        #expect(none.status == 2)
    }
}

@Suite("Each action names the commands that act on it")
struct NextCommandTests {
    @Test("every command in due's JSON runs as written: each draft prints a message, each done settles its action")
    func commandsRun() throws {
        let dir = try copyOfExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(["due", "--format", "json", "--today", exampleDay], in: dir)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let actions = object?["actions"] as? [[String: Any]] ?? []
        #expect(actions.count == 11)
        var drafts = 0
        for action in actions {
            let id = try #require(action["id"] as? String)
            let commands = try #require(action["commands"] as? [String])
            #expect(commands.first == "jobjournal done \(id)")
            for command in commands.dropFirst() {
                #expect(command.hasPrefix("jobjournal draft \(action["kind"] as? String ?? "?") "))
                let draft = try shell(command, in: dir)
                #expect(draft.status == 0, "\(command): \(draft.stderr)")
                #expect(!draft.stdout.isEmpty, "\(command)")
                drafts += 1
            }
            // Each done on a journal of its own: one action done can move another's day.
            let fresh = try copyOfExample()
            defer { try? FileManager.default.removeItem(at: fresh) }
            let done = try shell(commands[0], in: fresh)
            #expect(done.status == 0, "\(commands[0]): \(done.stderr)")
            #expect(try !actionIDs(in: fresh).contains(id), "\(commands[0]) left the action due")
        }
        #expect(drafts == 6)
        let explained = try jobjournal(["due", "--explain", "--today", exampleDay], in: packageRoot.appendingPathComponent("journal-example"))
        #expect(explained.stdout.contains("\n                    jobjournal draft brief-references lakeshore-industrial-supply-key-account-manager --interview 2026-11-25 --to 'Dana Smith'\n"))
    }

    /// Runs a command line with /bin/sh, the built jobjournal first on PATH.
    private func shell(_ command: String, in dir: URL) throws -> Run {
        try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", command], in: dir,
                       environment: ["PATH": executableFolder + ":/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_CACHE_HOME": testCacheHome, "JOBJOURNAL_TODAY": exampleDay])
    }
}

@Suite("Small slips of the command line")
struct CommandLineSlipTests {
    @Test("help for a command that does not exist is a usage error naming the commands")
    func helpUnknown() throws {
        let run = try jobjournal(["help", "nosuch"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("Error: there is no command 'nosuch'; the commands are check, due, refs, report, "))
        #expect(try jobjournal(["help", "due"]).status == 0)
        #expect(try jobjournal(["help"]).status == 0)
    }

    @Test("a usage error gives one pointer to the help, and a negative --within is explained", arguments: [
        ["due", "--within", "-3"], ["report", "--within", "-3"], ["due", "--bogus"], ["log"],
    ])
    func oneHint(arguments: [String]) throws {
        let run = try jobjournal(arguments + ["--dir", "journal-example"])
        #expect(run.status == 2)
        #expect(run.stderr.components(separatedBy: "--help' for more information.").count == 2, "\(run.stderr)")
        #expect(!run.stderr.contains("jobjournal help' for usage"))
        if arguments.contains("-3") { #expect(run.stderr.hasPrefix("Error: --within should be a number of days from 0 to 36500\n")) }
    }
}

@Suite("new and the applications already there")
struct NewDuplicateTests {
    @Test("new names an application at the same company, and refuses the same company, position and link unless --force")
    func duplicates() throws {
        let dir = try makeJournal([
            ".jobjournal.yaml": "",
            "abc.md": "---\ncompany: ABC Company\nposition: Sales Consultant\nlink: https://abc.example/1\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let same = try jobjournal(["new", "abc  company", "--position", "Sales Consultant", "--link", "https://abc.example/1"], in: dir)
        #expect(same.status == 1)
        #expect(same.stdout == "")
        #expect(same.stderr == "jobjournal: the journal already has this application: abc.md (ABC Company: Sales Consultant); --force adds another\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [".jobjournal.yaml", "abc.md"])
        let other = try jobjournal(["new", "ABC Company", "--position", "Sales Manager"], in: dir)
        #expect(other.status == 0)
        #expect(other.stdout == "abc-company-sales-manager.md\n")
        #expect(other.stderr == "jobjournal: note: the journal already has an application at ABC Company: abc.md (ABC Company: Sales Consultant)\n")
        let forced = try jobjournal(["new", "ABC Company", "--position", "Sales Consultant", "--link", "https://abc.example/1", "--force"], in: dir)
        #expect(forced.status == 0)
        #expect(forced.stdout == "abc-company-sales-consultant.md\n")
        #expect(forced.stderr.contains("abc.md (ABC Company: Sales Consultant)"))
        let elsewhere = try jobjournal(["new", "Zeta", "--position", "PM"], in: dir)
        #expect(elsewhere.stderr == "")
    }
}
