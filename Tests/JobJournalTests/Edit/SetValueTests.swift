import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Setting a front matter value changes only its line")
struct SetValueTests {
    static let odd = """
        ---
        # Acme, found through Ann.
        company: Acme   # the employer
        position: 'Senior Engineer'
        Next_Thing: keep me

        interviews:
           -  date: 2026-11-19
              with: [Ann Lee, "Bo Chen"]
              Next_Step: 2026-11-23   # she said Monday
           -  date: 2026-11-26
        contacts:
        - name: Ann Lee
          salutation: Ms. Lee
        ---
        Body
        """

    @Test("replaces a value in place, keeping the comment after it and the key's spelling")
    func replaceKeepsComment() throws {
        let file = editable(Self.odd)
        let out = try edited(file, [file.setting(path("interviews[0].next-step"), to: "2026-11-30")])
        expectEdit(Self.odd, out, removed: ["      Next_Step: 2026-11-23   # she said Monday"],
                   added: ["      Next_Step: 2026-11-30   # she said Monday"])
    }

    @Test("keeps the quoting style of the value it replaces")
    func keepsQuoting() throws {
        let file = editable(Self.odd)
        let out = try edited(file, [file.setting(path("position"), to: "Staff Engineer's Aide")])
        expectEdit(Self.odd, out, removed: ["position: 'Senior Engineer'"], added: ["position: 'Staff Engineer''s Aide'"])
    }

    @Test("quotes a plain value only when YAML would read it otherwise")
    func quotesWhenNeeded() throws {
        let file = editable(Self.odd)
        let colon = try edited(file, [file.setting(path("company"), to: "Acme: Labs")])
        expectEdit(Self.odd, colon, removed: ["company: Acme   # the employer"], added: ["company: \"Acme: Labs\"   # the employer"])
        let plain = try edited(file, [file.setting(path("company"), to: "Acme \"Labs\"")])
        expectEdit(Self.odd, plain, removed: ["company: Acme   # the employer"], added: ["company: Acme \"Labs\"   # the employer"])
        // ' #' would start a comment.
        let hash = try edited(file, [file.setting(path("company"), to: "Acme #1")])
        expectEdit(Self.odd, hash, removed: ["company: Acme   # the employer"], added: ["company: \"Acme #1\"   # the employer"])
    }

    @Test("adds a missing key after the item's last line, with the item's odd indentation")
    func insertsWithIndentation() throws {
        let file = editable(Self.odd)
        let out = try edited(file, [file.setting(path("interviews[1].thank-you"), to: "2026-11-26")])
        expectEdit(Self.odd, out, removed: [], added: ["      thank-you: 2026-11-26"])
        #expect(String(decoding: out, as: UTF8.self).contains("   -  date: 2026-11-26\n      thank-you: 2026-11-26\ncontacts:"))
    }

    @Test("adds a missing mapping and its key at the end of the front matter, indented like the file")
    func insertsNestedMapping() throws {
        let file = editable(Self.odd)
        let out = try edited(file, [file.setting(path("offer.written"), to: "2026-11-28")])
        // The file indents nested keys by three spaces (interviews).
        expectEdit(Self.odd, out, removed: [], added: ["offer:", "   written: 2026-11-28"])
        #expect(String(decoding: out, as: UTF8.self).hasSuffix("  salutation: Ms. Lee\noffer:\n   written: 2026-11-28\n---\nBody"))
    }

    @Test("fills an empty mapping key, and one written as null")
    func fillsEmptyKey() throws {
        let empty = "---\ncompany: A\nposition: B\noffer:\nstatus: offer\n---\n"
        let a = editable(empty)
        expectEdit(empty, try edited(a, [a.setting(path("offer.verbal"), to: "2026-11-20")]), removed: [], added: ["  verbal: 2026-11-20"])
        let null = "---\ncompany: A\nposition: B\noffer: ~  # none yet\n---\n"
        let b = editable(null)
        expectEdit(null, try edited(b, [b.setting(path("offer.verbal"), to: "2026-11-20")]),
                   removed: ["offer: ~  # none yet"], added: ["offer:  # none yet", "  verbal: 2026-11-20"])
        let emptyValue = "---\ncompany: A\nposition: B\nlink:   # later\n---\n"
        let c = editable(emptyValue)
        expectEdit(emptyValue, try edited(c, [c.setting(path("link"), to: "https://x.example")]),
                   removed: ["link:   # later"], added: ["link: https://x.example   # later"])
    }

    @Test("picks a list item by a name, and a value inside a one-line flow mapping")
    func namedItemAndFlowValue() throws {
        let text = "---\ncompany: A\nposition: B\ninterviews:\n  - date: 2026-11-19\n    thank-you: {sent: 2026-11-19, via: card}\n---\n"
        let file = editable(text)
        let out = try edited(file, [file.setting(path("interviews[2026-11-19].thank-you.via"), to: "email")])
        expectEdit(text, out, removed: ["    thank-you: {sent: 2026-11-19, via: card}"], added: ["    thank-you: {sent: 2026-11-19, via: email}"])
        let comma = try edited(file, [file.setting(path("interviews[0].thank-you.via"), to: "card, then email")])
        expectEdit(text, comma, removed: ["    thank-you: {sent: 2026-11-19, via: card}"],
                   added: ["    thank-you: {sent: 2026-11-19, via: \"card, then email\"}"])
    }

    @Test("replaces a flow list or a block scalar whole, keeping the lines around it")
    func replacesFlowListAndBlockScalar() throws {
        let text = "---\ncompany: A\nposition: B\nlink: |\n  one\n  two\n\nstatus: applied\n---\n"
        let file = editable(text)
        expectEdit(text, try edited(file, [file.setting(path("link"), to: "x")]), removed: ["link: |", "  one", "  two"], added: ["link: x"])
    }

    @Test("CRLF and a byte order mark stay; new lines end in CRLF")
    func crlfAndBOM() throws {
        let text = "\u{FEFF}---\r\ncompany: A\r\nposition: B\r\ninterviews:\r\n  - date: 2026-11-19\r\n---\r\nBody\r\n"
        let file = editable(text)
        let out = try edited(file, [file.setting(path("interviews[0].next-step"), to: "2026-11-23")])
        expectEdit(text, out, removed: [], added: ["    next-step: 2026-11-23"], ending: "\r\n")
        #expect(out.prefix(3) == [0xEF, 0xBB, 0xBF])
    }

    @Test("refuses to add a key to a flow mapping, naming its line")
    func refusesFlowMapping() throws {
        let file = editable("---\ncompany: A\nposition: B\noffer: {verbal: 2026-11-20}\n---\n")
        let r = try #require(refusal { _ = try file.setting(path("offer.written"), to: "2026-11-22") })
        #expect(r.line == 4)
        #expect(r.message.contains("inline"))
    }

    @Test("refuses anything anchored or reached through an alias")
    func refusesAnchorsAndAliases() throws {
        let text = "---\ncompany: A\nposition: B\ncontacts:\n  - &ann\n    name: Ann Lee\nreferences:\n  - *ann\n---\n"
        let file = editable(text)
        #expect(try #require(refusal { _ = try file.setting(path("contacts[0].salutation"), to: "Ms. Lee") }).line == 5)
        #expect(try #require(refusal { _ = try file.setting(path("references[0].briefed"), to: "2026-11-20") }).line == 8)
    }

    @Test("refuses to replace a block of keys with one value, and unknown keys inside a part")
    func refusesBlockAndUnknown() throws {
        let file = editable(Self.odd)
        #expect(try #require(refusal { _ = try file.setting(path("interviews"), to: "none") }).line == 7)
        let unknown = try #require(refusal { _ = try file.setting(path("interviews[0].nextstep"), to: "2026-11-30") })
        #expect(unknown.message.contains("did you mean 'next-step'?"))
        #expect(refusal { _ = try file.setting(path("interviews[5].date"), to: "2026-11-30") }?.message == "'interviews' has 2 items, [0] to [1]")
    }

    @Test("refuses a file whose front matter has errors, and a value that makes one")
    func refusesErrors() throws {
        let broken = editable("---\ncompany: A\nposition: B\napplied: 2026-02-30\n---\n")
        #expect(try #require(refusal { _ = try broken.requireApplication() }).line == 4)
        let good = editable("---\ncompany: A\nposition: B\n---\n")
        let edit = try good.setting(path("applied"), to: "yesterday")
        #expect(try #require(refusal { _ = try good.applying([edit]) }).message.contains("applied should be a day"))
    }

    @Test("an own key at the top is set like any other", arguments: ["source", "salary-range"])
    func ownKeys(key: String) throws {
        let text = "---\ncompany: A\nposition: B\n---\n"
        let file = editable(text)
        expectEdit(text, try edited(file, [file.setting(path(key), to: "a friend")]), removed: [], added: ["\(key): a friend"])
    }
}

@Suite("Keys as set takes them")
struct YAMLPathTests {
    @Test("keys, positions and names, with dots inside names")
    func parses() throws {
        #expect(try path("offer.written").components == [.key("offer"), .key("written")])
        #expect(try path("interviews[0].next-step").components == [.key("interviews"), .index(0), .key("next-step")])
        #expect(try path("contacts[Mr. Jones].email").components == [.key("contacts"), .named("Mr. Jones"), .key("email")])
    }

    @Test("refuses what names no value", arguments: ["", "interviews[0]", ".status", "[0].date", "offer..written", "a[]"])
    func refuses(text: String) {
        #expect(throws: EditRefusal.self) { try YAMLPath(parsing: text) }
    }
}
