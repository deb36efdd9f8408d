import Testing
@testable import JobJournalCore
@testable import JobJournalParse
@testable import JobJournalImport

@Suite("CSV export")
struct CSVExportTests {
    @Test("cells a spreadsheet would run get a leading quote mark, and import takes it off again", arguments: ["=1+1", "+1 555 0100", "-5", "@SUM(A1)", "\tx", "\rx"])
    func neutralised(_ cell: String) {
        #expect(CSVExport.neutralised(cell) == "'" + cell)
        #expect(SheetImport.unneutralised(CSVExport.neutralised(cell)) == cell)
    }

    @Test("other cells are left as they are, and so is a quote mark before ordinary text")
    func ordinary() {
        #expect(CSVExport.neutralised("Acme") == "Acme")
        #expect(SheetImport.unneutralised("'tis the season") == "'tis the season")
    }

    @Test("one row an application, with a header, quoted where needed, CRLF")
    func sheet() {
        let file = ApplicationFile.parse("---\ncompany: \"Acme, Inc.\"\nposition: Seller\napplied: 2024-11-02\nlocation: Köln\n---\n", path: "acme.md")
        let bytes = CSVExport.sheet(Journal(root: ".", files: [file]), today: Day(iso: "2024-11-25")!)
        #expect(String(decoding: bytes, as: UTF8.self) == """
            File,Company,Position,Status,Applied,Last Activity,Next Action,Next Action Day,Link,Source,Location,Salary\r
            acme.md,"Acme, Inc.",Seller,applied,2024-11-02,2024-11-02,"Follow up on your application for Seller: sent 2024-11-02, no word since",2024-11-09,,,Köln,\r

            """)
    }
}
