import Testing
@testable import JobJournalCore
@testable import JobJournalParse
@testable import JobJournalImport

@Suite("A sheet's rows as applications")
struct SheetImportTests {
    func imported(_ text: String, _ options: SheetImport.Options = .init()) throws -> SheetImport {
        SheetImport(try Sheet.read(Array(text.utf8)), file: "apps.csv", options: options)
    }

    @Test("usual header names, status words through the journal's table, unknown columns as own keys")
    func headers() throws {
        let result = try imported("""
            Organisation,Job Title,Stage,Submitted,Job URL,Salary,Referred by,Notes
            Acme,Seller,Phone Screen,2024-11-02,https://acme.example/1,"$60,000",Dana,"Met at the fair.
            Call back Monday."
            """)
        #expect(result.problems.isEmpty)
        let app = try #require(result.applications.first)
        #expect(app.company == "Acme" && app.position == "Seller")
        #expect(app.status == .interviewing)
        #expect(app.applied == Day(iso: "2024-11-02"))
        #expect(app.link == "https://acme.example/1")
        #expect(app.fields.map(\.key) == ["salary", "referred-by"])
        #expect(app.notes == "Met at the fair.\nCall back Monday.")
    }

    @Test("a row without an employer is an error at its line; blank position, words for a date and an unknown status are warnings and the row comes in")
    func rowProblems() throws {
        let result = try imported("""
            Company,Position,Applied,Status
            ,Seller,2024-11-02,applied
            Beta,,2024-11-03,applied
            Gamma,Buyer,last week,Circling back
            """)
        #expect(result.applications.map(\.company) == ["Beta", "Gamma"])
        #expect(result.problems.map { "\($0.location.line) \($0.severity) \($0.id)" } ==
            ["2 error import-row", "3 warning import-position", "4 warning import-date", "4 warning import-status"])
        #expect(result.applications[1].fields.first { $0.key == "original-status" }?.value == "Circling back")
    }

    @Test("--map names a column, and - leaves one out; the status map of .jobjournal.yaml is honoured")
    func map() throws {
        let options = SheetImport.Options(map: ["firm": "company", "internal-id": "-"], statusMap: ["parked": .withdrawn])
        let result = try imported("Firm,Position,Internal ID,Status\nAcme,Seller,77,Parked\n", options)
        #expect(result.applications.first?.company == "Acme")
        #expect(result.applications.first?.status == .withdrawn)
        #expect(result.applications.first?.fields.isEmpty == true)
        #expect(result.leftOut.map(\.header) == ["Internal ID"])
    }

    @Test("03/04/2024 alone is not guessed; with a 13/04/2024 in the column it is day first")
    func dates() throws {
        let alone = try imported("Company,Position,Applied\nAcme,Seller,03/04/2024\n")
        #expect(alone.applications.first?.applied == nil)
        #expect(alone.problems.map(\.id) == ["import-date"])
        let proven = try imported("Company,Position,Applied\nAcme,Seller,03/04/2024\nBeta,Buyer,13/04/2024\n")
        #expect(proven.applications.map(\.applied) == [Day(iso: "2024-04-03"), Day(iso: "2024-04-13")])
    }

    @Test("a sheet without an employer column imports nothing and says which column to name")
    func noCompany() throws {
        let result = try imported("Firm,Position\nAcme,Seller\n")
        #expect(result.applications.isEmpty)
        #expect(result.problems.first?.message.contains("--map 'Header=company'") == true)
    }
}
