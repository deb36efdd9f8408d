import Foundation
import Testing

/// Text from the journal cannot act on the terminal or break the JSON it lands in: an
/// escape sequence in a company name is shown, not obeyed, and JSON reads back the very
/// text written. docs/reliability.md lists each case.
@Suite("Output that cannot be turned against the user")
struct OutputSafetyTests {
    /// The file's name carries an escape sequence too. YAML's double quotes write the control
    /// characters (`\e` ESC, `\a` BEL, `\x9b` the C1 CSI, `\x7f` DEL); the body has them raw.
    static let fileName = "evil\u{1B}[7m.md"
    static let file = """
        ---
        company: "Evil\\e]0;pwned\\a Co"
        position: "Clerk\\e[2J"
        status: "pending\\e[5m"
        contacts:
          - name: "Ann\\x9b41m Lee"
            salutation: "Ms.\\e[8m Lee"
            prefers: "card\\e[7m"
          - name: "Bob\\e[6m Roe"
        interviews:
          - date: 2026-11-24
            with: "Ann\\x9b41m Lee"
        references:
          - name: "Dana\\x7f Smith"
            relation: "boss\\e[1;31m"
        promises:
          - what: "Send\\e[8m the sample"
            due: 2026-11-27
        ---
        - [ ] 2026-11-26 Call \u{1B}[41mnow\u{07}

        """

    /// The colour codes jobjournal writes itself (Terminal.Color and the reset).
    static let ownColours: Set<String> = ["\u{1B}[31m", "\u{1B}[32m", "\u{1B}[33m", "\u{1B}[34m", "\u{1B}[35m",
                                          "\u{1B}[36m", "\u{1B}[2m", "\u{1B}[1m", "\u{1B}[0m"]

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }

    static func journal() throws -> URL { try makeJournal([fileName: file]) }

    /// The output with jobjournal's own colour codes taken out, which must leave no control character.
    static func withoutOwnColours(_ text: String) -> String {
        var out = text
        for code in ownColours { out = out.replacingOccurrences(of: code, with: "") }
        return out
    }

    @Test("due, due --explain, refs and check show control characters in caret notation", arguments: [
        ["due", "--color", "never"], ["due", "--explain", "--color", "never"], ["refs", "--color", "never"], ["check"],
        ["due", "--explain", "--color", "always"], ["refs", "--color", "always"],
    ])
    func text(arguments: [String]) throws {
        let dir = try Self.journal()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(arguments + ["--today", "2026-11-26"], in: dir)
        #expect(!run.stdout.isEmpty)
        let shown = arguments.contains("always") ? Self.withoutOwnColours(run.stdout) : run.stdout
        let leaked = shown.unicodeScalars.filter(Self.isControl)
        #expect(leaked.isEmpty, "raw control characters \(leaked.map { String($0.value, radix: 16) }) in:\n\(run.stdout)")
        #expect(!(run.stderr.unicodeScalars.contains(where: Self.isControl)))
        // What was there is still told, made visible.
        let visible: [String: [String]] = [
            "due": ["Evil^[]0;pwned^G Co", "Ms.^[[8m Lee", "Send^[[8m the sample", "Call ^[[41mnow^G"],
            "refs": ["Evil^[]0;pwned^G Co: Clerk^[[2J", "Dana\\x7F Smith"],
            "check": ["evil^[[7m.md:4:9: error: unknown status 'pending^[[5m'", "evil^[[7m.md:9:5: warning: contact 'Bob^[[6m Roe' has no salutation"],
        ]
        for text in visible[arguments[0]] ?? [] {
            #expect(run.stdout.contains(text), "no '\(text)' in:\n\(run.stdout)")
        }
        if arguments.contains("--explain") {
            #expect(run.stdout.contains("Ann\\x9B41m Lee"))
            #expect(run.stdout.contains("id: evil^[[7m/promise/2026-11-27/send-8m-the-sample"))
        }
    }

    @Test("JSON output escapes every control character and reads back the text as written", arguments: [
        ["due", "--format", "json"], ["refs", "--format", "json"], ["check", "--format", "json"],
    ])
    func json(arguments: [String]) throws {
        let dir = try Self.journal()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(arguments + ["--today", "2026-11-26"], in: dir)
        let leaked = run.stdout.unicodeScalars.filter(Self.isControl)
        #expect(leaked.isEmpty, "raw control characters \(leaked.map { String($0.value, radix: 16) }) in:\n\(run.stdout)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        switch arguments[0] {
        case "due":
            let actions = try #require(object["actions"] as? [[String: Any]])
            #expect(Set(actions.compactMap { $0["company"] as? String }) == ["Evil\u{1B}]0;pwned\u{07} Co"])
            #expect(Set(actions.compactMap { $0["application"] as? String }) == [Self.fileName])
            let titles = actions.compactMap { $0["title"] as? String }
            #expect(titles.contains("Call \u{1B}[41mnow\u{07}"))
            #expect(titles.contains("Keep your promise: Send\u{1B}[8m the sample"))
            #expect(actions.contains { ($0["who"] as? [String]) == ["Ms.\u{1B}[8m Lee"] })
        case "refs":
            let references = try #require(object["references"] as? [[String: Any]])
            #expect(references.first?["reference"] as? String == "Dana\u{7F} Smith")
            #expect(references.first?["relation"] as? String == "boss\u{1B}[1;31m")
            #expect(references.first?["position"] as? String == "Clerk\u{1B}[2J")
        default:
            let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.first?["file"] as? String == Self.fileName)
            #expect(diagnostics.contains { ($0["message"] as? String)?.contains("'pending\u{1B}[5m'") == true })
            #expect(diagnostics.contains { ($0["message"] as? String)?.contains("'Bob\u{1B}[6m Roe'") == true })
        }
    }
}

/// The report in every format, and `due` as a calendar, from a journal whose every field
/// carries markup and control characters at once.
@Suite("Reports that cannot be turned against the user")
struct ReportSafetyTests {
    static let company = "Evil\u{1B}[31m <b>Co</b> & | *x*"
    static let file = """
        ---
        company: "Evil\\e[31m <b>Co</b> & | *x*"
        position: "Clerk <i>&amp;</i> \\e]0;t\\a"
        contacts:
          - name: "Ann <a href=x>Lee</a>"
            salutation: "Ms. <u>Lee</u>\\x9b5m"
            prefers: email
        interviews:
          - date: 2026-11-24
            with: "Ann <a href=x>Lee</a>"
          - date: 2026-12-01
            with: "Ann <a href=x>Lee</a>"
        references:
          - name: "Dana | Smith\\x7f"
            relation: "<img src=x onerror=alert(1)>"
        promises:
          - what: "Send <script>x</script>; now, ok\\\\"
            due: 2026-11-27
        offer:
          verbal: 2026-11-25
          salary: "<b>90k</b> | [bonus](http://evil.example)"
        ---
        - [ ] 2026-11-26 Call \u{1B}[41m<b>now</b>\u{07}

        """

    static func run(_ arguments: [String]) throws -> String {
        let dir = try makeJournal(["evil.md": file])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(arguments + ["--today", "2026-11-26", "--within", "30"], in: dir)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return run.stdout
    }

    static func leaked(_ text: String) -> [String] {
        text.unicodeScalars.filter(OutputSafetyTests.isControl).map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    @Test("text: control characters shown in caret notation, colour only jobjournal's own", arguments: ["never", "always"])
    func text(color: String) throws {
        let out = try Self.run(["report", "--color", color])
        let shown = color == "always" ? OutputSafetyTests.withoutOwnColours(out) : out
        #expect(Self.leaked(shown).isEmpty, "\(Self.leaked(shown)) in:\n\(out)")
        #expect(shown.contains("Evil^[[31m <b>Co</b> & | *x*"))
    }

    @Test("HTML: no tag, attribute or control character from the journal; the text is shown as written")
    func html() throws {
        let html = try Self.run(["report", "--format", "html"])
        #expect(Self.leaked(html).isEmpty)
        for markup in ["<b>", "<i>", "<u>", "<a ", "<img", "<script"] {
            #expect(!html.contains(markup), "\(markup) reached the HTML")
        }
        #expect(html.contains("Evil^[[31m &lt;b&gt;Co&lt;/b&gt; &amp; | *x*"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("Dana | Smith\\x7F"))
    }

    @Test("Markdown: markup escaped, table cells whole, no control character")
    func markdown() throws {
        let md = try Self.run(["report", "--format", "markdown"])
        #expect(Self.leaked(md).isEmpty)
        #expect(md.contains(#"Evil^\[\[31m \<b\>Co\</b\> \& \| \*x\*"#))
        #expect(!md.contains("<b>") && !md.contains("[bonus]("))
        #expect(md.contains(#"\[bonus\](http://evil.example)"#))
        var cells: Int? = nil
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { cells = nil; continue }
            let count = line.replacing("\\\\", with: "").replacing("\\|", with: "").count { $0 == "|" }
            #expect(count == (cells ?? count), "\(line)")
            cells = cells ?? count
        }
    }

    @Test("JSON: every string read back exactly as written")
    func json() throws {
        let out = try Self.run(["report", "--format", "json"])
        #expect(Self.leaked(out).isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let applications = try #require(object["applications"] as? [[String: Any]])
        #expect(applications.first?["company"] as? String == Self.company)
        #expect(applications.first?["position"] as? String == "Clerk <i>&amp;</i> \u{1B}]0;t\u{07}")
    }

    @Test("iCalendar: folded CRLF lines of at most 75 octets, no control character, text escaped and intact", arguments: [
        ["report", "--format", "ics"], ["due", "--format", "ics"],
    ])
    func calendar(arguments: [String]) throws {
        let ics = try Self.run(arguments)
        let lines = ics.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.last == 0x0D, "a line without CRLF")
            #expect(line.count - 1 <= 75, "\(String(decoding: line, as: UTF8.self))")
            #expect(!line.dropLast().contains { $0 < 0x20 || $0 == 0x7F }, "\(String(decoding: line, as: UTF8.self))")
        }
        let unfolded = ics.replacing("\r\n ", with: "")
        #expect(unfolded.contains(#"SUMMARY:Evil^[[31m <b>Co</b> & | *x*: Keep your promise: Send <script>x</script>\; now\, ok\\"#))
        #expect(unfolded.contains("SUMMARY:Interview: Evil^[[31m <b>Co</b> & | *x*\r\n"))
        let names = Set(unfolded.split(separator: "\r\n").map { $0.prefix { $0 != ":" && $0 != ";" } })
        #expect(names.isSubset(of: ["BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID", "DTSTAMP",
                                    "DUE", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "CATEGORIES", "STATUS", "TRANSP"]))
    }
}
