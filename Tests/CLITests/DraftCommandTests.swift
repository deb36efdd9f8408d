import Foundation
import Testing

@Suite("jobjournal draft on the example journal")
struct DraftCommandTests {
    /// Each draft's arguments and its golden file (named when the kinds had the draft's own names).
    static let goldens: [([String], String)] = [
        (["thank-you", "abc", "--today", "2026-11-19"], "draft-thank-you-abc-2026-11-19.txt"),
        (["thank-you", "lakeshore"], "draft-thank-you-lakeshore.txt"),
        (["status-inquiry", "abc"], "draft-status-inquiry-abc.txt"),
        (["check-in", "harbor"], "draft-check-in-harbor.txt"),
        (["brief-references", "lakeshore"], "draft-reference-brief-lakeshore.txt"),
        (["request-written-offer", "bluestem", "--to", "Pryor"], "draft-offer-request-bluestem-Pryor.txt"),
        (["request-written-offer", "cobalt"], "draft-offer-request-cobalt.txt"),
    ]

    @Test("drafts are held by golden files", arguments: goldens)
    func golden(arguments: [String], golden: String) throws {
        let today = arguments.contains("--today") ? [] : ["--today", exampleDay]
        let run = try jobjournal(["draft"] + arguments + today + ["--dir", "journal-example"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        try expectGolden(run.stdout, golden)
    }

    @Test("the names draft used before are still accepted, for the same draft", arguments: [
        ("reference-brief", "brief-references", "lakeshore"),
        ("offer-request", "request-written-offer", "cobalt"),
    ])
    func formerNames(former: String, name: String, app: String) throws {
        let old = try jobjournal(["draft", former, app, "--dir", "journal-example", "--today", exampleDay])
        let new = try jobjournal(["draft", name, app, "--dir", "journal-example", "--today", exampleDay])
        #expect(old.status == 0, "\(old.stderr)")
        #expect(old.stderr == "")
        #expect(old.stdout == new.stdout)
    }

    @Test("a kind has one name: in action ids, in the JSON kind and for draft")
    func oneName() throws {
        let due = try jobjournal(["due", "--format", "json", "--within", "3650", "--dir", "journal-example", "--today", exampleDay])
        #expect(due.status == 0, "\(due.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(due.stdout.utf8)) as? [String: Any])
        let actions = try #require(json["actions"] as? [[String: Any]])
        var drafted: Set<String> = []
        for action in actions {
            let id = try #require(action["id"] as? String), kind = try #require(action["kind"] as? String)
            #expect(id.split(separator: "/").dropFirst().first.map(String.init) == kind, "\(id)")
            // The action's application, by its id, drafted for with the kind's name.
            guard ["thank-you", "brief-references", "status-inquiry", "check-in", "request-written-offer"].contains(kind),
                drafted.insert(kind).inserted
            else { continue }
            let app = String(id.split(separator: "/")[0])
            let draft = try jobjournal(["draft", kind, app, "--dir", "journal-example", "--today", exampleDay])
            #expect(draft.status == 0, "draft \(kind) \(app): \(draft.stderr)")
        }
        #expect(drafted == ["thank-you", "brief-references", "status-inquiry", "check-in", "request-written-offer"])
    }

    @Test("the ABC Company thank-you reads like the article's sample note")
    func articleSample() throws {
        let run = try jobjournal(["draft", "thank-you", "abc", "--dir", "journal-example", "--today", "2026-11-19"])
        let text = run.stdout
        #expect(text.hasPrefix("Subject: Great Meeting You Today\n\nDear Mr. Jones,\n\n"))
        #expect(text.contains("Thank you for the opportunity to meet with you today to discuss the Senior Sales Consultant position at ABC Company."))
        #expect(text.contains("the European commodities market"))
        #expect(text.contains("I should have emphasized my language fluency and cultural competence."))
        #expect(text.contains("I look forward to hearing back from you on Monday, and I hope to be selected for the next round of interviews."))
        #expect(text.contains("Thanks again for taking the time to meet with me."))
        #expect(text.hasSuffix("\n\nJane Doe\n"))
    }

    @Test("--append keeps the draft under ## Drafts, where check finds nothing to say about it")
    func append() throws {
        let dir = try copyOfExample()
        let file = dir.appendingPathComponent("abc-company-senior-sales-consultant.md")
        let before = try contents(file)
        let run = try jobjournal(["draft", "thank-you", "abc", "--append", "--today", "2026-11-19"], in: dir)
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("Jane Doe\nabc-company-senior-sales-consultant.md: draft added under ## Drafts\n"))
        let after = try contents(file)
        #expect(after.hasPrefix(before + "\n## Drafts\n\n### Thank-you note to Mr. Jones\n\nSubject: Great Meeting You Today\n\nDear Mr. Jones,\n"))
        let check = try jobjournal(["check", "--strict"], in: dir)
        #expect(check.status == 0, "\(check.stdout)")
        // The draft is not activity: what is due does not change.
        #expect(try actionIDs(in: dir) == actionIDs(in: packageRoot.appendingPathComponent("journal-example")))
    }

    @Test("check warns about a draft's salutation, position and next step at their lines")
    func lint() throws {
        let dir = try copyOfExample()
        let file = dir.appendingPathComponent("abc-company-senior-sales-consultant.md")
        let lines = try contents(file).split(separator: "\n", omittingEmptySubsequences: false).count
        try (contents(file) + "\n## Drafts\n\n### Thank-you note\n\nDear Robert,\n\nThanks for meeting me.\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try jobjournal(["check"], in: dir)
        #expect(run.status == 0)
        let name = "abc-company-senior-sales-consultant.md"
        #expect(run.stdout == """
            \(name):\(lines + 3):1: warning: the draft 'Thank-you note' does not name the position (Senior Sales Consultant): thank them for the opportunity to interview for it, by name [draft-position]
            \(name):\(lines + 3):1: warning: the thank-you 'Thank-you note' does not confirm the next step: say what you will do, or what you expect from them, and when [draft-next-step]
            \(name):\(lines + 5):1: warning: 'Robert' addresses Robert Jones by name; the salutation to use is 'Mr. Jones' (not a first name unless they asked for it) [draft-salutation]

            """)
    }

    @Test("nothing to draft from exits 2 with the reason")
    func problems() throws {
        let run = try jobjournal(["draft", "offer-request", "abc", "--dir", "journal-example", "--today", exampleDay])
        #expect(run.status == 2)
        #expect(run.stderr == "jobjournal: ABC Company has made no offer yet (offer.verbal or offer.written)\n")
        #expect(try jobjournal(["draft", "thanks", "abc", "--dir", "journal-example"]).status == 2)
    }
}

@Suite("jobjournal new and init")
struct NewAndInitTests {
    @Test("new creates the file from the built-in template and prints its path")
    func new() throws {
        let dir = try makeJournal([".jobjournal.yaml": ""])
        let run = try jobjournal(["new", "ABC Company", "--position", "Senior Sales Consultant", "--applied", "2026-11-09",
                                  "--link", "https://careers.abc.example/jobs/1"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "abc-company-senior-sales-consultant.md\n")
        let text = try contents(dir.appendingPathComponent("abc-company-senior-sales-consultant.md"))
        #expect(text.hasPrefix("---\ncompany: ABC Company\nposition: Senior Sales Consultant\napplied: 2026-11-09\nlink: https://careers.abc.example/jobs/1\n"))
        // The note lines the drafts read, as a commented example that check does not read.
        #expect(text.hasSuffix("""
            ## Notes

            <!-- After an interview, a heading with its date and these lines give the drafts what to say:
            ### YYYY-MM-DD Interview with Mr. Jones
            - Resonated: what you heard that you liked (the thank-you note says so)
            - Clarify: what you want to put better, as you would say it in the note
            - Interested in: what the interviewer cared about (for briefing your references)
            -->

            ## Log

            - 2026-11-09 Applied.

            """))
        #expect(try jobjournal(["check", "--strict"], in: dir).status == 0)
        // With --dir the path printed is where the file is from here.
        let other = try jobjournal(["new", "Zeta", "--position", "PM", "--dir", dir.path])
        #expect(other.stdout == dir.appendingPathComponent("zeta-pm.md").path + "\n")
    }

    @Test("new never overwrites")
    func noOverwrite() throws {
        let dir = try makeJournal([".jobjournal.yaml": "", "acme-engineer.md": "mine\n"])
        let run = try jobjournal(["new", "Acme", "--position", "Engineer"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr == "jobjournal: acme-engineer.md: the file already exists; nothing was written\n")
        #expect(try contents(dir.appendingPathComponent("acme-engineer.md")) == "mine\n")
    }

    @Test("new refuses names that would escape the journal or hide the file", arguments: ["../x", "/tmp/x.md", ".hidden", "sub/x"])
    func escapes(name: String) throws {
        let dir = try makeJournal(["sub/keep.txt": ""])
        let run = try jobjournal(["new", "Acme", "--position", "Engineer", "--file", name], in: dir)
        #expect(run.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["sub"])
    }

    @Test("a company that looks like a path still makes a plain file name in the journal")
    func slugged() throws {
        let dir = try makeJournal(["sub/keep.txt": ""])
        let run = try jobjournal(["new", "../../Evil Co", "--position", "../Boss"], in: dir.appendingPathComponent("sub"), env: ["JOBJOURNAL_DIR": dir.path])
        #expect(run.stdout == dir.appendingPathComponent("evil-co-boss.md").path + "\n")
    }

    @Test("template.md in the journal root, or --template, replaces the built-in template; --dry-run writes nothing")
    func templates() throws {
        let dir = try makeJournal(["template.md": "---\ncompany: {{company}}\nposition: {{position}}\nsource: {{link}}\n---\n\nMy own layout, {{today}}.\n",
                                   "other.txt": "---\ncompany: {{company}}\nrole: {{position}}\n---\n"])
        let dry = try jobjournal(["new", "Acme", "--position", "Engineer", "--today", "2026-11-26", "--dry-run"], in: dir)
        #expect(dry.stdout == "--- /dev/null\n+++ b/acme-engineer.md\n@@ -0,0 +1,6 @@\n+---\n+company: Acme\n+position: Engineer\n+---\n+\n+My own layout, 2026-11-26.\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("acme-engineer.md").path))
        let run = try jobjournal(["new", "Acme", "--position", "Engineer", "--template", "other.txt"], in: dir)
        #expect(run.status == 0)
        #expect(try contents(dir.appendingPathComponent("acme-engineer.md")) == "---\ncompany: Acme\nrole: Engineer\n---\n")
        let broken = try jobjournal(["new", "Zeta", "--position", "PM", "--template", "template.md", "--file", "z", "--link", "x: y"], in: dir)
        #expect(broken.status == 0)
        let bad = try makeJournal(["template.md": "---\nposition: {{position}}\n---\n"])
        #expect(try jobjournal(["new", "A", "--position", "B"], in: bad).status == 1)
    }

    @Test("init writes the settings file once, with every setting explained")
    func initJournal() throws {
        let dir = try makeJournal(["x.txt": ""]).appendingPathComponent("jobs")
        let run = try jobjournal(["init", dir.path])
        #expect(run.status == 0)
        let settings = try contents(dir.appendingPathComponent(".jobjournal.yaml"))
        #expect(settings.contains("# check-in-days: 7\n") && settings.contains("# name: Jane Doe\n"))
        try "within: 3\n".write(to: dir.appendingPathComponent(".jobjournal.yaml"), atomically: true, encoding: .utf8)
        #expect(try jobjournal(["init", dir.path]).stdout.hasSuffix("already exists; left as it is\n"))
        #expect(try contents(dir.appendingPathComponent(".jobjournal.yaml")) == "within: 3\n")
        #expect(try jobjournal(["check", "--strict", "--dir", dir.path]).status == 0)
    }

    @Test("init --git sets up git and a hook that stops a commit of a broken application, as staged")
    func gitHook() throws {
        let dir = try makeJournal(["x.txt": ""]).appendingPathComponent("jobs")
        let env = ["GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "T",
                   "GIT_COMMITTER_EMAIL": "t@example.invalid"]
        let setup = try jobjournal(["init", dir.path, "--git"], env: env)
        #expect(setup.status == 0, "\(setup.stderr)")
        #expect(FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent(".git/hooks/pre-commit").path))
        func git(_ arguments: [String]) throws -> Int32 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git"] + arguments
            p.currentDirectoryURL = dir
            p.environment = env.merging(["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_CACHE_HOME": testCacheHome]) { a, _ in a }
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return p.terminationStatus
        }
        let app = dir.appendingPathComponent("acme.md")
        try "---\ncompany: Acme\nposition: Engineer\napplied: 2026-02-30\n---\n".write(to: app, atomically: true, encoding: .utf8)
        #expect(try git(["add", "."]) == 0)
        #expect(try git(["commit", "-qm", "broken"]) != 0)
        // Fixed in the working copy but not staged: the staged file is what counts.
        try "---\ncompany: Acme\nposition: Engineer\napplied: 2026-02-28\n---\n".write(to: app, atomically: true, encoding: .utf8)
        #expect(try git(["commit", "-qm", "still broken"]) != 0)
        #expect(try git(["add", "acme.md"]) == 0)
        #expect(try git(["commit", "-qm", "fixed"]) == 0)
        // Running init again updates its own hook; another program's hook is left alone.
        #expect(try jobjournal(["init", dir.path, "--git"], env: env).status == 0)
        try "#!/bin/sh\nexit 0\n".write(to: dir.appendingPathComponent(".git/hooks/pre-commit"), atomically: true, encoding: .utf8)
        let other = try jobjournal(["init", dir.path, "--git"], env: env)
        #expect(other.status == 1)
        #expect(try contents(dir.appendingPathComponent(".git/hooks/pre-commit")) == "#!/bin/sh\nexit 0\n")
    }
}
