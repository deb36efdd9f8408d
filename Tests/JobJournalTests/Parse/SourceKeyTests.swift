import Testing
@testable import JobJournalCore
@testable import JobJournalParse

@Suite("Where a posting was found: the source key")
struct SourceKeyTests {
    @Test("is read as source, found-via or referral; other keys stay the user's own")
    func spellings() throws {
        for key in ["source", "found-via", "Found_Via", "referral"] {
            let app = try application("---\ncompany: Acme\nposition: Engineer\n\(key): Tom Becker\nsalary-range: high\n---\n")
            #expect(app.source == "Tom Becker", "\(key)")
            #expect(app.ownFields.map(\.key) == ["salary-range"], "\(key)")
        }
        let none = try application("---\ncompany: Acme\nposition: Engineer\n---\n")
        #expect(none.source == nil)
    }

    @Test("written twice under two names is a duplicate, as for any key")
    func duplicate() {
        let parsed = parseFile("---\ncompany: Acme\nposition: Engineer\nsource: job board\nreferral: Tom\n---\n")
        #expect(summary(parsed.diagnostics).contains("5:duplicate-key"), "\(summary(parsed.diagnostics))")
        #expect(parsed.application?.source == "job board")
    }
}
