import Testing
@testable import JobJournalCore
@testable import JobJournalParse
@testable import JobJournalImport
@testable import JobJournalEdit

@Suite("What an import creates, and what is already there")
struct ImportPlanTests {
    let today = Day(iso: "2024-11-25")!

    func app(_ company: String, _ position: String, applied: String? = nil, link: String? = nil, row: Int = 2) -> ImportedApplication {
        var app = ImportedApplication(origin: .init(file: "apps.csv", row: row, line: row), company: company, position: position)
        app.applied = applied.flatMap { Day(iso: $0) }
        app.link = link
        return app
    }

    func journal(_ files: [String: String]) -> Journal {
        Journal(root: ".", files: files.sorted { $0.key < $1.key }.map { ApplicationFile.parse($0.value, path: $0.key) })
    }

    @Test("matched by link (scheme, www and a trailing slash aside), else by company, position and applied day")
    func alreadyThere() {
        let existing = journal([
            "acme-seller.md": "---\ncompany: Acme\nposition: Seller\napplied: 2024-11-02\nlink: https://www.acme.example/jobs/1/\n---\n",
            "beta-buyer.md": "---\ncompany: Beta\nposition: Buyer\napplied: 2024-11-03\n---\n",
        ])
        let plan = ImportPlan([
            app("ACME", "Seller (renamed)", link: "http://acme.example/jobs/1", row: 2),
            app("beta", "BUYER", applied: "2024-11-03", row: 3),
            app("Beta", "Buyer", applied: "2024-11-04", row: 4),
        ], journal: existing, template: NewApplication.builtInTemplate, today: today) { ["acme-seller.md", "beta-buyer.md"].contains($0) }
        #expect(plan.alreadyThere.map(\.file) == ["acme-seller.md", "beta-buyer.md"])
        #expect(plan.alreadyThere.map(\.sameLink) == [true, false])
        #expect(plan.creations.map(\.name) == ["beta-buyer-2024-11-04.md"])
    }

    @Test("a name already taken gets the applied day, then a number; the same row twice in one sheet comes in once")
    func names() {
        let plan = ImportPlan([
            app("Acme", "Seller", applied: "2024-11-02", row: 2),
            app("Acme", "Seller", applied: "2024-11-05", row: 3),
            app("Acme", "Seller", row: 4),
            app("Acme", "Seller", applied: "2024-11-02", row: 5),
        ], journal: journal([:]), template: NewApplication.builtInTemplate, today: today) { $0 == "acme-seller.md" }
        #expect(plan.creations.map(\.name) == ["acme-seller-2024-11-02.md", "acme-seller-2024-11-05.md", "acme-seller-2.md"])
        #expect(plan.alreadyThere.map(\.file) == ["row 2 of apps.csv"])
    }

    @Test("each file is the template new fills in, reading back as the application imported")
    func text() throws {
        var imported = app("Fairhaven Tools, Inc.", "Inside Sales: East", applied: "2024-11-20", link: "https://example.net/1")
        imported.status = .interviewing
        imported.fields = [("salary", "$60,000: base"), ("source", "LinkedIn")]
        imported.contact = ("Dana Reyes", "dana@example.net", "+1 555 0100")
        imported.notes = "First line.\nSecond line."
        let plan = ImportPlan([imported], journal: journal([:]), template: NewApplication.builtInTemplate, today: today) { _ in false }
        let creation = try #require(plan.creations.first)
        let parsed = ApplicationFile.parse(creation.text, path: creation.name)
        #expect(parsed.diagnostics.isEmpty)
        let app = try #require(parsed.application)
        #expect(app.company == "Fairhaven Tools, Inc." && app.position == "Inside Sales: East")
        #expect(app.status == .interviewing && app.applied == Day(iso: "2024-11-20") && app.link == "https://example.net/1")
        #expect(app.contacts.map(\.name) == ["Dana Reyes"] && app.contacts.first?.phone == "+1 555 0100")
        #expect(app.ownFields.map(\.key) == ["salary"] && app.source != nil)
        #expect(creation.text.contains("## Notes\n\nFirst line.\nSecond line.\n"))
        #expect(creation.text.contains("- 2024-11-20 Applied."))
    }
}
