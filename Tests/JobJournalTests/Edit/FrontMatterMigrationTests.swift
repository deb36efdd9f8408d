import Testing
@testable import JobJournalCore
@testable import JobJournalEdit

@Suite("migrating front matter")
struct FrontMatterMigrationTests {
    func migrated(_ text: String, settings: Settings = Settings()) throws -> (text: String, migration: FrontMatterMigration) {
        let file = editable(text)
        let migration = file.migration(settings: settings)
        return (String(decoding: try edited(file, migration.edits), as: UTF8.self), migration)
    }

    @Test("other spellings of keys become ours, in nested parts too; keys of the user's own stay")
    func keys() throws {
        let result = try migrated("---\nCompany: Acme\njob_title: Clerk\nhobby: chess\noffer:\n  Written: 2026-11-02\nreferences:\n  - name: Dana\n    called: 2026-11-01\n---\n")
        #expect(result.text == "---\ncompany: Acme\nposition: Clerk\nhobby: chess\noffer:\n  written: 2026-11-02\nreferences:\n  - name: Dana\n    contacted: 2026-11-01\n---\n")
        #expect(result.migration.changes.count == 4)
    }

    @Test("a flow list of one value becomes the value, a comment after it kept")
    func flowList() throws {
        #expect(try migrated("---\ncompany: Acme\nposition: Clerk\nstatus: [Rejected]  # by mail\n---\n").text
            == "---\ncompany: Acme\nposition: Clerk\nstatus: rejected  # by mail\n---\n")
    }

    @Test("a list of two is left for the user; so is a spelling that would duplicate a key")
    func leftAlone() throws {
        let text = "---\ncompany: Acme\nEmployer: Acme Inc\nposition: Clerk\nstatus: [rejected, withdrawn]\n---\n"
        let result = try migrated(text)
        #expect(result.text == text)
        #expect(result.migration.leftAlone == ["line 3: 'Employer' not renamed 'company': line 2 has that key already"])
    }

    @Test("a timestamp where a day belongs becomes its day as written; text that only starts with a day stays")
    func timestamps() throws {
        #expect(FrontMatterMigration.dayOfTimestamp("2024-11-20T23:30:00-08:00")?.description == "2024-11-20")
        #expect(FrontMatterMigration.dayOfTimestamp("2024-11-20 8:15")?.description == "2024-11-20")
        #expect(FrontMatterMigration.dayOfTimestamp("2024-11-20 or so") == nil)
        #expect(FrontMatterMigration.dayOfTimestamp("2024-11-20") == nil)
        let result = try migrated("---\ncompany: Acme\nposition: Clerk\napplied: \"2024-11-20T08:15:00Z\"\nnote: 2024-11-20T08:15:00Z\n---\n")
        #expect(result.text == "---\ncompany: Acme\nposition: Clerk\napplied: \"2024-11-20\"\nnote: 2024-11-20T08:15:00Z\n---\n")
    }

    @Test("a status word that could mean several statuses is left, and said")
    func ambiguousStatus() throws {
        let text = "---\ncompany: Acme\nposition: Clerk\nstatus: Active\n---\n"
        let result = try migrated(text)
        #expect(result.text == text)
        #expect(result.migration.leftAlone == ["line 4: status 'Active' could be applied, interviewing, offer; left as it is"])
    }

    @Test("a file already in this format has nothing to change")
    func nothing() throws {
        let result = try migrated("---\ncompany: Acme\nposition: Clerk\nstatus: applied\napplied: 2026-11-02\n---\n")
        #expect(result.migration.edits.isEmpty && result.migration.changes.isEmpty)
    }
}
