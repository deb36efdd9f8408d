import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

/// Notes kept with other tools (Obsidian vaults, other trackers, spreadsheets turned into
/// notes) are read for what they mean: their status words, their key names, their lists of
/// one, their links. What cannot be read is said, never guessed.
@Suite("Notes kept with other tools")
struct OtherToolsNotesTests {
    func status(_ word: String, settings: Settings = Settings()) -> (Status?, [String]) {
        let parsed = ApplicationFile.parse("---\ncompany: Acme\nposition: Analyst\nstatus: \(word)\n---\n", path: "a.md", settings: settings)
        return (parsed.application?.status, summary(parsed.diagnostics))
    }

    @Test("status words of other tools and people, in any case, with -, _ or spaces", arguments: [
        ("Wishlist", Status.saved), ("bookmarked", .saved), ("Draft", .saved), ("queued", .saved), ("To Apply", .saved),
        ("to_apply", .saved), ("Submitted", .applied), ("application submitted", .applied), ("Phone Screen", .interviewing),
        ("onsite", .interviewing), ("Technical", .interviewing), ("in-progress", .interviewing), ("offered", .offer),
        ("Negotiating", .offer), ("hired", .accepted), ("Rejected", .rejected), ("not selected", .rejected),
        ("discarded", .withdrawn), ("archived", .withdrawn), ("Not Interested", .withdrawn), ("ghosted", .noResponse),
        ("no response", .noResponse), ("expired", .noResponse), ("no-response", .noResponse), ("saved", .saved),
        ("\"✅ Applied\"", .applied), ("\"📞 Interview\"", .interviewing), ("Ready to Apply", .saved), ("Rejected.", .rejected),
    ])
    func statusWords(word: String, expected: Status) {
        let (read, diagnostics) = status(word)
        #expect(read == expected)
        #expect(diagnostics.isEmpty)
    }

    @Test("Obsidian's list property of one value is that value; several are an error naming them")
    func listsOfOne() {
        #expect(status("[rejected]").0 == .rejected)
        #expect(status("\n  - Rejected").0 == .rejected)
        let parsed = parseFile("---\ncompany: Acme\nposition: Analyst\nstatus: [rejected, withdrawn]\nlink: [https://jobs.example/1]\n---\n")
        #expect(parsed.application?.link == "https://jobs.example/1")
        #expect(parsed.diagnostics.map(\.message) == ["status should be a single value, not a list of 2 (rejected, withdrawn); keep one"])
    }

    @Test("a word that could mean several statuses is read one way and the choices are named")
    func ambiguousWords() {
        let active = parseFile("---\ncompany: Acme\nposition: Analyst\nstatus: active\ninterviews:\n  - date: 2026-11-02\n---\n")
        #expect(active.application?.status == .interviewing)
        #expect(active.diagnostics.map(\.message) == ["status 'active' could mean applied, interviewing, offer; it is read as interviewing, from the dates until you write one of them"])
        let (closed, said) = status("Closed")
        #expect(closed == .noResponse)
        #expect(said == ["4:ambiguous-status"])
    }

    @Test("a status that cannot be read is an error, and the application is status unknown, never applied")
    func unknownStatus() {
        let (read, said) = status("on the fence")
        #expect(read == .unknown)
        #expect(said == ["4:invalid-status"])
        #expect(!Status.unknown.isClosed)
    }

    @Test("status-map gives the user's own words a meaning")
    func statusMap() {
        var settings = Settings()
        settings.statusMap = ["on-hold": .interviewing]
        #expect(status("On Hold", settings: settings).0 == .interviewing)
        let (parsed, said) = Settings.parse("status-map:\n  On hold: interviewing\n  parked: sleeping\n", displayPath: ".jobjournal.yaml")
        #expect(parsed.statusMap == ["on-hold": .interviewing])
        #expect(said.map(\.message) == ["status-map gives 'parked' the status 'sleeping', which is not one; use one of saved, applied, interviewing, offer, accepted, declined, rejected, withdrawn, no-response"])
    }

    @Test("other tools' key names, and the keys setting for the user's own")
    func keyNames() throws {
        let app = try application("""
            ---
            Company: Acme
            Job-Title: Analyst
            App-Stage: interview
            application_date: 2026-11-02
            job_url: https://jobs.example/1
            follow_up: 2026-11-20
            ---
            """)
        #expect(app.position == "Analyst" && app.status == .interviewing && app.applied == day("2026-11-02"))
        #expect(app.link == "https://jobs.example/1" && app.followUp == day("2026-11-20"))
        var settings = Settings()
        settings.keyMap = ["firma": "company", "stelle": "position"]
        let own = ApplicationFile.parse("---\nFirma: Acme\nStelle: Analyst\n---\n", path: "a.md", settings: settings)
        #expect(own.application?.company == "Acme" && own.application?.position == "Analyst")
        let (parsed, _) = Settings.parse("keys:\n  Firma: company\n  Wann: nonsense\n", displayPath: ".jobjournal.yaml")
        #expect(parsed.keyMap == ["firma": "company"])
    }

    @Test("applied: true is a flag beside the applied day, not a duplicate of it")
    func appliedFlag() throws {
        let both = parseFile("---\nCompany: Acme\nPosition: Analyst\nApplied: true\nApplied-Date: 2025-12-06\n---\n")
        #expect(both.diagnostics.isEmpty)
        #expect(both.application?.applied == day("2025-12-06"))
        let flag = try application("---\ncompany: Acme\nposition: Analyst\napplied: true\n---\n")
        #expect(flag.appliedOnUnknownDay && flag.status == .applied)
        #expect(try application("---\ncompany: Acme\nposition: Analyst\napplied: false\n---\n").status == .saved)
    }

    @Test("a duplicate key names both keys as they are written")
    func duplicateNamesBoth() {
        let parsed = parseFile("---\ncompany: Acme\nposition: Analyst\nEmployer: Acme Ltd\n---\n")
        #expect(parsed.diagnostics.map(\.message) == ["duplicate key 'Employer' (first written as 'company' on line 2); the first is used"])
    }

    @Test("wikilinks show as their names and match contacts", arguments: [
        ("\"[[Sample Company 1]]\"", "Sample Company 1"), ("\"[[companies/sample|Sample Co]]\"", "Sample Co"),
        ("[[Sample Company 1]]", "Sample Company 1"), ("\"[[Acme#Teams]] (via [[Bo]])\"", "Acme (via Bo)"),
    ])
    func wikilinks(written: String, shown: String) throws {
        let app = try application("""
            ---
            company: \(written)
            position: Analyst
            contacts:
              - name: "[[Dana Smith]]"
            interviews:
              - date: 2026-11-02
                with: ["[[Dana Smith]]"]
            ---
            """)
        #expect(app.company == shown)
        #expect(app.interviewers(of: app.interviews[0]).map(\.name) == ["Dana Smith"])
        #expect(app.contact(named: "Dana Smith") != nil)
    }

    @Test("templates, notes without application keys and TOML are not applications, each with why")
    func notApplications() {
        let obsidian = parseFile("---\ncompany: \"{{title}}\"\napplied: {{date:YYYY-MM-DD}}\n---\n")
        #expect(obsidian.skipped == .template && obsidian.diagnostics.isEmpty && !obsidian.isApplication)
        let templater = parseFile("---\ncreated: <% tp.file.creation_date() %>\nstatus: queued\n---\n")
        #expect(templater.skipped == .template && templater.diagnostics.isEmpty)
        let callLog = parseFile("---\nContacts:\n  - name: Dana Smith\ntitle: Call with Dana\n---\nNotes.\n")
        #expect(callLog.skipped == .notAnApplication && callLog.diagnostics.isEmpty)
        let plain = parseFile("# Just notes\n")
        #expect(plain.skipped == .noFrontMatter)
        let hugo = parseFile("+++\ncompany = \"Acme\"\n+++\n")
        #expect(hugo.skipped == .toml && summary(hugo.diagnostics) == ["1:toml-front-matter"])
        let dashes = parseFile("---\napplied_at = \"2026-11-02T10:00:00Z\"\n\n[job]\ncompany = \"Acme\"\n---\n")
        #expect(dashes.skipped == .toml && summary(dashes.diagnostics) == ["2:toml-front-matter"])
        let missing = parseFile("---\nposition: Analyst\nstatus: applied\n---\n")
        #expect(missing.isApplication && missing.skipped == nil && summary(missing.diagnostics) == ["2:missing-key"])
    }

    @Test("status offer with no offer block is a warning, and the offer is listed with its stage unknown")
    func offerWithoutDates() throws {
        let parsed = parseFile("---\ncompany: Acme\nposition: Analyst\nstatus: offer\n---\n")
        #expect(summary(Findings.warnings(for: parsed)) == ["4:offer-without-dates"])
        let app = try #require(parsed.application)
        let offer = try #require(OfferSummary(app, today: day("2026-11-26")))
        #expect(offer.stage == nil)
    }
}
