import Testing
@testable import JobJournalCore
@testable import JobJournalMail

/// GMime, through `HeaderDecoder`: what each header kind decodes to. One test at a time, as
/// `MailReader` decodes on one thread only: GMime, used without `g_mime_init`, is not safe to
/// call from several threads at once (a test here once read an encoded name as no address
/// while another decoded beside it).
@Suite("Mail headers", .serialized)
struct HeaderDecoderTests {
    func decode(_ text: String) throws -> MessageHeaders {
        var bytes = Array(text.utf8)
        let result = bytes.withUnsafeMutableBytes { HeaderDecoder.decode(UnsafeRawBufferPointer($0)) }
        return try result.get()
    }

    @Test("RFC 2047 names and subjects, in any charset; folded lines unfolded")
    func encodedWords() throws {
        let h = try decode("""
            From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <jm@example.com>\r
            Subject: =?iso-8859-1?q?Gr=FC=DFe?= and\r
             =?UTF-8?B?bmV4dCBzdGVwcw==?=\r
            """)
        #expect(h.from == [MailAddress(name: "Jürgen Müller", address: "jm@example.com")])
        #expect(h.subject == "Grüße and next steps")
    }

    @Test("address lists: several recipients, groups opened, comments and quoted names")
    func addressLists() throws {
        let h = try decode("""
            To: "Jones, Robert" <Jones@ABC.example> (interviewer), Panel: park@abc.example, Lee <pat@agency.example>;
            Cc: undisclosed-recipients:;
            To: second@example.org
            """)
        #expect(h.to.map(\.address) == ["Jones@ABC.example", "park@abc.example", "pat@agency.example", "second@example.org"])
        #expect(h.to.first?.name == "Jones, Robert")
        #expect(h.to.first?.key == "jones@abc.example")
        #expect(h.cc.isEmpty)
    }

    @Test("dates in RFC 5322 forms: zones, names, no weekday, obsolete two-digit years")
    func dates() throws {
        let cases: [(String, Int64, Int)] = [
            ("Tue, 24 Nov 2026 08:15:00 -0800", 1_795_536_900, -28_800),
            ("24 Nov 2026 16:15:00 +0000", 1_795_536_900, 0),
            ("Tue, 24 Nov 26 11:15:00 EST", 1_795_536_900, -18_000),
        ]
        for (text, seconds, offset) in cases {
            let h = try decode("Date: \(text)\n")
            #expect(h.date == MailDate(seconds: seconds, offset: offset), "\(text)")
        }
        #expect(try decode("Date: the day after tomorrow\n").date == nil)
    }

    @Test("message ids and thread headers without their angle brackets")
    func ids() throws {
        let h = try decode("Message-ID:  <abc@def.example> (x)\nIn-Reply-To: <p@q>\nReferences: <a@b> <c@d>\n\t<e@f>\n")
        #expect(h.messageID == "abc@def.example")
        #expect(h.inReplyTo == ["p@q"])
        #expect(h.references == ["a@b", "c@d", "e@f"])
    }

    @Test("NUL bytes are refused; broken encodings decode as well as they can, as UTF-8")
    func hostile() throws {
        var bytes = Array("From: a@b\u{0}c\n".utf8)
        let nul = bytes.withUnsafeMutableBytes { HeaderDecoder.decode(UnsafeRawBufferPointer($0)) }
        #expect(throws: HeaderDecoder.Problem.self) { try nul.get() }
        var latin1: [UInt8] = Array("Subject: caf".utf8) + [0xE9] + Array(" =?x-none?b?////?= =?utf-8?q?ok=ZZ?=\n".utf8)
        let broken = try latin1.withUnsafeMutableBytes { try HeaderDecoder.decode(UnsafeRawBufferPointer($0)).get() }
        #expect(broken.subject?.hasPrefix("café") == true)
    }

    @Test("an mbox is split at From lines after a blank line; each message's line is its From line")
    func mbox() throws {
        let text = """
            From a@b Tue Nov 24 12:00:00 2026
            From: jones@abc.example
            Date: Tue, 24 Nov 2026 12:00:00 +0000
            Message-ID: <one@x>

            Hello,
            From the body: not a separator, no blank line before it.

            From a@b Tue Nov 24 13:00:00 2026
            From: park@abc.example
            Date: Tue, 24 Nov 2026 13:00:00 +0000
            Message-ID: <two@x>

            body
            """
        var scan = MailReader.Scan()
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { Mbox.scanMessages(UnsafeRawBufferPointer($0), path: "in.mbox", into: &scan) }
        #expect(scan.messages.map(\.headers.messageID) == ["one@x", "two@x"])
        #expect(scan.messages.map(\.line) == [1, 9])
        #expect(scan.diagnostics.isEmpty)
    }
}
