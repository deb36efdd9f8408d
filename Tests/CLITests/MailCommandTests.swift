import Foundation
import Testing

/// `jobjournal mail` on mail built by Python's mailbox and email modules
/// (scripts/generate-mail.py): every proposal, every write, and a second run that writes nothing.
@Suite("jobjournal mail", .enabled(if: ExternalTools.python != nil, "needs python3"))
struct MailCommandTests {
    static let abc = """
        ---
        company: ABC Company
        position: Senior Sales Consultant
        applied: 2026-11-02
        contacts:
          - name: Robert Jones
            salutation: Mr. Jones
            email: jones@abc.example
            prefers: email
          - name: Pat Lee
            salutation: Ms. Lee
            email: pat@agency.example
            prefers: email
        interviews:
          - date: 2026-11-19
            with: Robert Jones
            next-step: 2026-11-23
        references:
          - name: Dana Smith
            email: Dana@Example.net
          - name: Tom Becker
            email: tom@example.net
        ---

        ## Log

        - 2026-11-02 Applied online.

        """

    static let xyz = """
        ---
        company: XYZ Corp
        position: Account Executive
        applied: 2026-11-03
        contacts:
          - name: Pat Lee
            salutation: Ms. Lee
            email: pat@agency.example
            prefers: email
          - name: Lin Wu
            salutation: Ms. Wu
            email: lin@xyz.example
            prefers: email
        offer:
          verbal: 2026-11-25
        ---

        """

    /// A journal and the scenario's mail beside it.
    static func scenario() throws -> (journal: URL, mail: URL) {
        let journal = try makeJournal([".jobjournal.yaml": "me: jane@example.org\n", "abc.md": abc, "xyz.md": xyz])
        let mail = journal.deletingLastPathComponent().appendingPathComponent("mail-\(UUID().uuidString)")
        let run = try runProgram(URL(fileURLWithPath: ExternalTools.python!), ["scripts/generate-mail.py", mail.path], in: packageRoot)
        #expect(run.status == 0, "\(run.stderr)")
        return (journal, mail)
    }

    static func mail(_ journal: URL, _ mail: URL, _ extra: [String] = [], tz: String = "UTC") throws -> Run {
        try jobjournal(["mail", "--dir", journal.path, "--today", "2026-11-26",
                        "--maildir", mail.appendingPathComponent("Maildir").path,
                        "--mbox", mail.appendingPathComponent("inbox.mbox").path,
                        "--eml", mail.appendingPathComponent("eml").path] + extra, env: ["TZ": tz])
    }

    @Test("proposes the thank-you, the briefing, the news and the written offer; reports the ambiguous message")
    func proposals() throws {
        let (journal, mail) = try Self.scenario()
        let run = try Self.mail(journal, mail, ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? Int == 1)
        let proposals = try #require(json["proposals"] as? [[String: Any]])
        let summary = proposals.map { p -> String in
            let what = (p["action"] as? String) ?? "log " + (p["entry"] as? String ?? "?")
            let evidence = p["evidence"] as? [String: Any]
            return "\(p["file"]!) \(p["day"]!) \(what) <\(evidence?["message-id"] ?? "")>"
        }
        #expect(summary == [
            "abc.md 2026-11-19 abc/thank-you/2026-11-19 <thanks@jane.example>",
            "abc.md 2026-11-19 abc/brief-references/2026-11-19/dana-smith <thanks@jane.example>",
            "abc.md 2026-11-24 log From Mr. Jones: Re: Grüße and next steps <reply@abc.example>",
            "abc.md 2026-11-24 log From Ms. Lee: Re: Thank you for today <pat-1@agency.example>",
            "xyz.md 2026-11-26 xyz/request-written-offer/2026-11-25 <offer@jane.example>",
        ])
        // The evidence: decoded names, every recipient, the source file.
        let first = try #require(proposals.first?["evidence"] as? [String: Any])
        #expect((first["to"] as? [[String: Any]])?.compactMap { $0["address"] as? String } == ["jones@abc.example", "park@abc.example"])
        #expect((first["cc"] as? [[String: Any]])?.first?["name"] as? String == "Dana Smith")
        #expect((first["source"] as? String)?.contains("/Maildir/.Sent/") == true)
        let reply = try #require(proposals[2]["evidence"] as? [String: Any])
        #expect((reply["from"] as? [[String: Any]])?.first?["name"] as? String == "Robert Jönes")
        #expect((reply["source"] as? String)?.hasSuffix("inbox.mbox:1") == false)  // the second message: its From line
        let ambiguous = try #require(json["ambiguous"] as? [[String: Any]])
        #expect(ambiguous.count == 1)
        #expect(ambiguous.first?["files"] as? [String] == ["abc.md", "xyz.md"])
        #expect((ambiguous.first?["evidence"] as? [String: Any])?["message-id"] as? String == "pat-2@agency.example")
    }

    @Test("--apply writes each record once, naming the message; a second run writes nothing")
    func applyTwice() throws {
        let (journal, mail) = try Self.scenario()
        let abcFile = journal.appendingPathComponent("abc.md"), xyzFile = journal.appendingPathComponent("xyz.md")
        let first = try Self.mail(journal, mail, ["--apply"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try contents(abcFile) == Self.abc
            .replacingOccurrences(of: "    next-step: 2026-11-23\n", with: "    next-step: 2026-11-23\n    thank-you: {sent: 2026-11-19, via: email}\n")
            .replacingOccurrences(of: "    email: Dana@Example.net\n", with: "    email: Dana@Example.net\n    briefed: 2026-11-19\n")
            .replacingOccurrences(of: "- 2026-11-02 Applied online.\n", with: """
                - 2026-11-02 Applied online.
                - 2026-11-19 Sent the thank-you note to Mr. Jones by email. <!-- Message-ID: <thanks@jane.example> -->
                - 2026-11-19 Briefed Dana Smith by email about the 2026-11-19 interview. <!-- Message-ID: <thanks@jane.example> -->
                - 2026-11-24 From Mr. Jones: Re: Grüße and next steps <!-- Message-ID: <reply@abc.example> -->
                - 2026-11-24 From Ms. Lee: Re: Thank you for today <!-- Message-ID: <pat-1@agency.example> -->

                """))
        #expect(try contents(xyzFile) == Self.xyz
            .replacingOccurrences(of: "  verbal: 2026-11-25\n", with: "  verbal: 2026-11-25\n  requested: 2026-11-26\n")
            + "## Log\n\n- 2026-11-26 Asked XYZ Corp by email for the offer in writing. <!-- Message-ID: <offer@jane.example> -->\n")
        let written = (try contents(abcFile), try contents(xyzFile))
        let second = try Self.mail(journal, mail, ["--apply"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("nothing to record"))
        #expect(try contents(abcFile) == written.0)
        #expect(try contents(xyzFile) == written.1)
        // What was written is what the playbook reads: the thank-you and Dana's briefing are done.
        let due = try jobjournal(["due", "--dir", journal.path, "--today", "2026-11-26", "--format", "json"])
        #expect(!due.stdout.contains("abc/thank-you/") && !due.stdout.contains("dana-smith"))
        #expect(due.stdout.contains("abc/brief-references/2026-11-19/tom-becker"))
        #expect(!due.stdout.contains("abc/status-inquiry/"))  // news came on the 24th
        #expect(try jobjournal(["check", "--dir", journal.path]).status == 0)
    }

    @Test("a message's day is the user's own calendar day")
    func localDay() throws {
        let (journal, mail) = try Self.scenario()
        // The reply was written at 08:15 -0800 on the 24th: 16:15 UTC, 01:15 on the 25th in Tokyo.
        let utc = try Self.mail(journal, mail, tz: "UTC")
        let tokyo = try Self.mail(journal, mail, tz: "Asia/Tokyo")
        #expect(utc.stdout.contains("log 2026-11-24 From Mr. Jones"))
        #expect(tokyo.stdout.contains("log 2026-11-25 From Mr. Jones"))
    }

    @Test("--since leaves earlier messages out; the text output names file, record and evidence")
    func sinceAndText() throws {
        let (journal, mail) = try Self.scenario()
        let run = try Self.mail(journal, mail, ["--since", "2026-11-24"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("thank-you"))
        #expect(run.stdout.contains("abc.md: log 2026-11-24 From Mr. Jones: Re: Grüße and next steps\n    2026-11-24 from Robert Jönes <Jones@ABC.example> to jane@example.org: \"Re: Grüße and next steps\" <reply@abc.example>"))
        #expect(run.stdout.hasSuffix("to record; run with --apply to write them\n"))
    }

    @Test("no mail source is a usage failure; a missing one names itself")
    func noSource() throws {
        let journal = try makeJournal(["abc.md": Self.abc])
        let none = try jobjournal(["mail", "--dir", journal.path])
        #expect(none.status == 2)
        #expect(none.stderr.contains("no mail to read"))
        let missing = try jobjournal(["mail", "--dir", journal.path, "--maildir", "/nonexistent/Mail"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read the Maildir /nonexistent/Mail: no such file or folder"))
    }

    @Test("mail: and me: in .jobjournal.yaml name the sources and the user's addresses")
    func settings() throws {
        let (journal, mail) = try Self.scenario()
        let settings = "me: [jane@example.org]\nmail:\n  maildir: \(mail.path)/Maildir\n  mbox: [\(mail.path)/inbox.mbox]\n"
        try settings.write(to: journal.appendingPathComponent(".jobjournal.yaml"), atomically: true, encoding: .utf8)
        let run = try jobjournal(["mail", "--dir", journal.path, "--today", "2026-11-26"], env: ["TZ": "UTC"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("abc.md: done abc/thank-you/2026-11-19 --date 2026-11-19 --via email"))
        #expect(try jobjournal(["check", "--dir", journal.path]).stdout.isEmpty)
    }
}

/// Hostile mail: bounded time and memory, a diagnostic per bad message naming its file (and
/// line, in an mbox), nothing written but what the good messages show.
@Suite("jobjournal mail on hostile mail", .enabled(if: ExternalTools.python != nil, "needs python3"))
struct HostileMailTests {
    @Test("50 MB messages, a million-byte header, NUL bytes, broken encodings, a symlink loop")
    func hostile() throws {
        let journal = try makeJournal([".jobjournal.yaml": "me: jane@example.org\n", "abc.md": MailCommandTests.abc])
        let mail = journal.deletingLastPathComponent().appendingPathComponent("hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: mail) }
        let made = try runProgram(URL(fileURLWithPath: ExternalTools.python!), ["scripts/generate-mail.py", mail.path, "hostile"], in: packageRoot)
        #expect(made.status == 0, "\(made.stderr)")
        let before = try contents(journal.appendingPathComponent("abc.md"))
        let started = Date()
        let run = try runProgram(URL(fileURLWithPath: "/usr/bin/time"), [
            "-f", "peak %M KiB", executable.path, "mail", "--dir", journal.path, "--today", "2026-11-26", "--format", "json",
            "--maildir", mail.appendingPathComponent("Maildir").path, "--mbox", mail.appendingPathComponent("hostile.mbox").path,
        ], environment: ["TZ": "UTC", "PATH": "/usr/bin:/bin"], timeout: 60)
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(seconds < 10, "took \(seconds) s")
        let peak = run.stderr.split(separator: "\n").last { $0.hasPrefix("peak ") }.flatMap { Int($0.split(separator: " ")[1]) }
        let kib = try #require(peak)
        #expect(kib < 96 * 1024, "peak memory \(kib) KiB for 100 MB of mail")
        let stderr = run.stderr
        let maildir = mail.appendingPathComponent("Maildir/cur").path
        #expect(stderr.contains("\(maildir)/long-header:2,S:1:1: warning: the headers are longer than 256 KiB; skipped [mail-too-long]"))
        #expect(stderr.contains("\(maildir)/nul:2,S:1:1: warning: the headers contain NUL bytes; skipped [mail-nul]"))
        #expect(stderr.contains("\(maildir)/bad-date:2,S:1:1: warning: its Date header 'the day after tomorrow' cannot be read as a date; skipped [mail-date]"))
        #expect(stderr.contains("\(maildir)/empty:2,S:1:1: warning: it has no Date header; skipped [mail-date]"))
        #expect(stderr.contains("\(maildir)/self:2,S:1:1: warning: cannot read the message: Too many levels of symbolic links [mail-unreadable]"))
        let mbox = mail.appendingPathComponent("hostile.mbox").path
        #expect(stderr.contains("\(mbox):13:1: warning: the headers are longer than 256 KiB; skipped [mail-too-long]"), "\(stderr)")
        #expect(stderr.contains("\(mbox):19:1: warning: the headers contain NUL bytes; skipped [mail-nul]"))
        // The good, the big and the broken messages are news from Mr. Jones, each once (the
        // loop did not read the Maildir twice); the broken subject decoded as well as it can be.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let ids = (json["proposals"] as? [[String: Any]] ?? []).compactMap { ($0["evidence"] as? [String: Any])?["message-id"] as? String }
        #expect(ids.sorted() == ["big-mbox@abc.example", "big@abc.example", "broken@abc.example", "good@abc.example"])
        #expect(try contents(journal.appendingPathComponent("abc.md")) == before)
    }
}
