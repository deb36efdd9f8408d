import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Tables for the terminal")
struct TextTableTests {
    func table() -> TextTable {
        var t = TextTable([.init(title: "Application"), .init(title: "Last activity", shrinks: false)])
        t.add([.init("Summit Ridge Outfitters: Wholesale Account Representative"), .init("2026-11-20, 6 days ago")])
        t.add([.init("ABC Company: Senior Sales Consultant"), .init("2026-11-23, 3 days ago", .red)])
        return t
    }

    @Test("columns as wide as their widest cell when there is room")
    func natural() {
        let lines = table().render(style: TextStyle(width: 120))
        #expect(lines.header == "  Application                                                Last activity")
        #expect(lines.rows[1] == "  ABC Company: Senior Sales Consultant                       2026-11-23, 3 days ago")
    }

    @Test("the widest text column is cut at a word boundary to fit, dates never")
    func fits() {
        for width in [60, 70, 80] {
            let lines = table().render(style: TextStyle(width: width))
            for line in [lines.header] + lines.rows { #expect(line.count <= width, "\(width): \(line)") }
            #expect(lines.rows[0].hasSuffix("2026-11-20, 6 days ago"))
        }
        #expect(table().render(style: TextStyle(width: 80)).rows[0] == "  Summit Ridge Outfitters: Wholesale Account…" + String(repeating: " ", count: 13) + "2026-11-20, 6 days ago")
    }

    @Test("colour codes do not count toward widths")
    func colour() {
        let plain = table().render(style: TextStyle(color: false, width: 80))
        let coloured = table().render(style: TextStyle(color: true, width: 80))
        #expect(coloured.rows[1].contains("\u{1B}[31m2026-11-23, 3 days ago\u{1B}[0m"))
        #expect(coloured.rows[1].replacingEscapes() == plain.rows[1])
    }
}

extension String {
    /// The text without ANSI colour sequences.
    func replacingEscapes() -> String {
        var out = ""
        var skipping = false
        for c in self {
            if c == "\u{1B}" { skipping = true; continue }
            if skipping { if c == "m" { skipping = false }; continue }
            out.append(c)
        }
        return out
    }
}

@Suite("Terminal columns")
struct TerminalColumnTests {
    @Test("a character takes one column; East Asian wide characters and emoji take two")
    func columns() {
        #expect(TextStyle.columns("Acme Corp") == 9)
        #expect(TextStyle.columns("José Müller") == 11)
        #expect(TextStyle.columns("Jose\u{301}") == 4)
        #expect(TextStyle.columns("東京商事") == 8)
        #expect(TextStyle.columns("삼성전자") == 8)
        #expect(TextStyle.columns("ＡＢＣ") == 6)
        #expect(TextStyle.columns("Call 📞 back") == 12)
    }

    @Test("a table lines up under wide characters")
    func table() {
        var t = TextTable([.init(title: "Application"), .init(title: "Last activity", shrinks: false)])
        t.add([.init("東京商事: 営業"), .init("2026-11-20")])
        t.add([.init("Acme: Sales"), .init("2026-11-23")])
        let lines = t.render(style: TextStyle(width: 80))
        // Where the second column starts, in terminal columns, on each line.
        let starts = ([lines.header] + lines.rows).map { line in
            TextStyle.columns(line[..<(line.range(of: "Last") ?? line.range(of: "2026-")!).lowerBound])
        }
        #expect(starts[0] == starts[1] && starts[1] == starts[2], "\(lines)")
    }

    @Test("cut and wrapped text fits its columns, wide characters included")
    func fitting() {
        let name = "東京商事株式会社 営業本部 法人営業部"
        for width in 2...30 {
            let cut = TextStyle.truncate(name, to: width)
            #expect(TextStyle.columns(cut) <= width, "\(width): \(cut)")
            #expect(cut.hasSuffix("…"))
        }
        let wrapped = TextStyle.wrap(String(repeating: "営業部の面接 ", count: 20) + String(repeating: "営", count: 50), width: 40, indent: "  ")
        for line in wrapped.split(separator: "\n") {
            #expect(TextStyle.columns(line) <= 40, "\(line)")
        }
        #expect(wrapped.filter { $0 == "営" }.count == 20 + 50)
    }
}
