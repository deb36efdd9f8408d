import Testing
@testable import JobJournalCore
@testable import JobJournalImport

@Suite("Reading a sheet: delimiter, byte order mark, CRLF, cells over several lines")
struct SheetTests {
    func sheet(_ text: String) throws -> Sheet { try Sheet.read(Array(text.utf8)) }

    @Test("semicolons with a BOM and CRLF; a quoted cell over two lines keeps the next row's line right")
    func semicolons() throws {
        let s = try sheet("\u{FEFF}Company;Notes\r\nAcme;\"one\r\ntwo\"\r\n\r\nBeta;x\r\n")
        #expect(s.delimiter == ";")
        #expect(s.header == ["Company", "Notes"])
        #expect(s.rows.map(\.cells) == [["Acme", "one\r\ntwo"], ["Beta", "x"]])
        #expect(s.rows.map(\.line) == [2, 5])
        #expect(s.rows.map(\.number) == [2, 4])
    }

    @Test("the delimiter is the one the header has most of outside quotes")
    func delimiter() throws {
        #expect(try sheet("Company\tPosition\nAcme, Inc.\tSeller\n").rows[0].cells == ["Acme, Inc.", "Seller"])
        #expect(try sheet("\"Company, name\";Position;Status\nA;B;C\n").delimiter == ";")
        #expect(try sheet("Company,Position\n\"Acme; Labs\",Seller\n").rows[0].cells == ["Acme; Labs", "Seller"])
    }

    @Test("bytes that are not UTF-8 are an error at their line and column")
    func notUTF8() {
        #expect(throws: Sheet.Failure.self) { try Sheet.read(Array("Company\nAcme\n".utf8) + [0x43, 0xE9, 0x0A]) }
        do {
            _ = try Sheet.read(Array("Company\nAcme\n".utf8) + [0x43, 0xE9, 0x0A])
        } catch {
            #expect(error.line == 3 && error.column == 2)
        }
    }

    @Test("an empty file has no header")
    func empty() {
        #expect(throws: Sheet.Failure.self) { try Sheet.read([]) }
        #expect(throws: Sheet.Failure.self) { try Sheet.read(Array("\n\n".utf8)) }
    }
}
