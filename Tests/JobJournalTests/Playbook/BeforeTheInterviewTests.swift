import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

/// Most applications wait weeks before a first interview, and many never get one. The
/// playbook follows them up too: once after applying, on a day the job seeker set, when they
/// go stale, and after a round that left no next step.
@Suite("Follow-up before and between interviews")
struct BeforeTheInterviewTests {
    let sent = "---\ncompany: Acme\nposition: Analyst\napplied: 2026-11-16\ncontacts:\n  - name: Dana Smith\n    salutation: Ms. Smith\n---\n"

    func actions(_ text: String, today: String, settings: Settings = Settings()) throws -> [DueAction] {
        Playbook.standard.actions(for: [try application(text, path: "acme.md")], today: day(today), settings: settings)
    }

    @Test("an application with no word is due one polite follow-up follow-up-days after applying")
    func applicationFollowUp() throws {
        #expect(try actions(sent, today: "2026-11-20").map(\.id) == ["acme/application-follow-up/2026-11-16"])
        let action = try #require(try actions(sent, today: "2026-11-26").first)
        #expect(action.kind == .applicationFollowUp && action.due == day("2026-11-23") && action.status == .overdue)
        #expect(action.who == ["Ms. Smith"] && action.line == 4)
        var patient = Settings()
        patient.followUpDays = 14
        #expect(try actions(sent, today: "2026-11-26", settings: patient).first?.due == day("2026-11-30"))
        // Anything since applying (the follow-up itself, logged) settles it.
        #expect(try actions(sent + "- 2026-11-24 Followed up with Ms. Smith.\n", today: "2026-11-26").isEmpty)
        // Not before applying, nor once an interview is set.
        #expect(try actions(sent.replacingOccurrences(of: "applied: 2026-11-16\n", with: "status: saved\n"), today: "2026-11-26").isEmpty)
        let scheduled = "---\ncompany: Acme\nposition: Analyst\napplied: 2026-11-16\ninterviews:\n  - date: 2026-12-02\n---\n"
        #expect(try actions(scheduled, today: "2026-11-26").isEmpty)
    }

    @Test("done records the follow-up as a log entry, which settles it")
    func applicationFollowUpDone() throws {
        let app = try application(sent, path: "acme.md")
        let action = try #require(try actions(sent, today: "2026-11-26").first)
        let record = ApplicationFollowUpRule().done(action, on: day("2026-11-26"), via: .email, in: app)
        #expect(record.changes == [.log("Followed up on the application with Ms. Smith by email: asked whether it arrived and where the process stands.")])
    }

    @Test("months of silence call for one last follow-up or closing it, and nothing else")
    func stale() throws {
        let old = sent.replacingOccurrences(of: "2026-11-16", with: "2026-06-18")
        let found = try actions(old, today: "2026-11-26")
        #expect(found.map(\.id) == ["acme/stale/2026-06-18"])
        #expect(found[0].due == day("2026-07-18"))
        #expect(found[0].title == "Acme has been quiet since 2026-06-18: follow up once more, or close it as no-response")
        var slow = Settings()
        slow.staleDays = 200
        #expect(try actions(old, today: "2026-11-26", settings: slow).map(\.kind) == [.applicationFollowUp])
        #expect(try actions(old.replacingOccurrences(of: "position: Analyst\n", with: "position: Analyst\nstatus: ghosted\n"), today: "2026-11-26").isEmpty)
    }

    @Test("a follow-up day the user set is due that day, until a dated entry on or after it")
    func followUpDay() throws {
        let text = "---\ncompany: Acme\nposition: Analyst\nstatus: saved\nfollow-up: 2026-11-28\n---\n"
        let found = try actions(text, today: "2026-11-26")
        #expect(found.map(\.id) == ["acme/follow-up/2026-11-28"])
        #expect(found[0].line == 5 && found[0].status == .upcoming)
        #expect(try actions(text + "- 2026-11-27 Called early.\n", today: "2026-11-30").map(\.kind) == [.followUp])
        #expect(try actions(text + "- 2026-11-28 Called Dana.\n", today: "2026-11-30").isEmpty)
    }

    @Test("after a round with no next step and no news, a status inquiry falls due check-in-days later")
    func noNextStep() throws {
        let text = """
            ---
            company: Acme
            position: Analyst
            applied: 2026-10-20
            contacts:
              - name: Dana Smith
                salutation: Ms. Smith
            interviews:
              - date: 2026-11-01
                round: 1
                with: [Dana Smith]
                thank-you: 2026-11-02
            ---

            """
        let found = try actions(text, today: "2026-11-26")
        #expect(found.map(\.id) == ["acme/status-inquiry/2026-11-01"])
        #expect(found[0].due == day("2026-11-08") && found[0].who == ["Ms. Smith"])
        // News from the employer since the interview: nothing to ask.
        #expect(try actions(text + "- 2026-11-05 From Ms. Smith: the team decides next week.\n", today: "2026-11-26").isEmpty)
        // The job seeker's own notes are not news, but an inquiry made settles it.
        #expect(try actions(text + "- 2026-11-04 Sent Dana the portfolio link.\n", today: "2026-11-26").count == 1)
        #expect(try actions(text + "- 2026-11-09 Asked Ms. Smith about the status.\n", today: "2026-11-26").isEmpty)
        // A final round waits for the check-in instead; a promised day for the usual inquiry.
        #expect(try actions(text.replacingOccurrences(of: "round: 1", with: "final: true"), today: "2026-11-26").map(\.kind) == [.checkIn])
    }

    @Test("news is a dated entry that begins 'From' and a name, then a colon")
    func newsMarker() {
        #expect(News.isNews("From Ms. Smith: see you Friday".utf8))
        #expect(News.isNews("from Acme HR: rejected".utf8))
        #expect(!News.isNews("Emailed Ms. Smith: see you Friday".utf8))
        #expect(!News.isNews("From here on I apply daily".utf8))
        #expect(!News.isNews("From :".utf8))
    }

    @Test("draft status-inquiry before any interview writes the application follow-up")
    func draftBeforeInterview() throws {
        let app = try application(sent, path: "acme.md")
        let draft = try #require(try Drafting.drafts(.init(kind: .statusInquiry, today: day("2026-11-26"), signature: "Jo Doe"), for: app).first)
        #expect(draft.subject == "My application for the Analyst position")
        #expect(draft.paragraphs[0] == "Dear Ms. Smith,")
        #expect(draft.paragraphs[1].hasPrefix("My name is Jo Doe, and I applied on"))
        #expect(try Drafting.drafts(.init(kind: .applicationFollowUp, today: day("2026-11-26")), for: app).first?.kind == .applicationFollowUp)
    }
}
