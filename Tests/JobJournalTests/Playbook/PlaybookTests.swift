import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("The whole playbook")
struct PlaybookTests {
    @Test("orders actions by due day, then application, then kind, and the agenda cuts at the horizon")
    func ordering() throws {
        let a = try application("---\n" + acme + "\ninterviews:\n  - date: 2026-11-19\n    with: [Robert Jones]\npromises:\n  - what: Send slides\n    due: 2026-11-20\n  - what: Call back\n    due: 2026-12-20\n---\n", path: "b.md")
        let b = try application("---\ncompany: Zeta\nposition: P\npromises:\n  - what: X\n    due: 2026-11-20\n---\n", path: "a.md")
        let all = Playbook.standard.actions(for: [a, b], today: day("2026-11-21"))
        #expect(all.map { "\($0.application) \($0.kind.rawValue) \($0.due)" } == [
            "a.md promise 2026-11-20", "b.md thank-you 2026-11-20", "b.md promise 2026-11-20",
            "b.md status-inquiry 2026-11-26", "b.md promise 2026-12-20",
        ])
        #expect(all.agenda(today: day("2026-11-21"), within: 7).count == 4)
        #expect(all.agenda(today: day("2026-11-21"), within: 4).count == 3)
        // Given in path order, as a journal gives them, the order is the same.
        #expect(Playbook.standard.actions(for: [b, a], today: day("2026-11-21")).map(\.id) == all.map(\.id))
    }

    @Test("the registry: each kind once, ranked by its rule's place; a kind is named by its rule")
    func registry() throws {
        let kinds = Playbook.standard.kinds
        #expect(kinds.map(\.rawValue) == [
            "thank-you", "brief-references", "status-inquiry", "promise", "task", "check-in", "ask-references",
            "request-written-offer", "review-offer-letter", "application-follow-up", "follow-up", "stale",
        ])
        #expect(Set(kinds).count == kinds.count)
        for rule in Playbook.standard.rules { #expect(Playbook.standard.rule(for: rule.kind)?.kind == rule.kind) }
        // One day, one application: the order is the registry's, whichever it is.
        let app = try application("---\n" + acme + "\ninterviews:\n  - date: 2026-11-19\n    with: [Robert Jones]\npromises:\n  - what: Send slides\n    due: 2026-11-20\n---\n- [ ] 2026-11-20 Call Ann\n")
        let sameDay = { (actions: [DueAction]) in actions.filter { $0.due == day("2026-11-20") }.map(\.kind) }
        let forward = sameDay(Playbook.standard.actions(for: [app], today: day("2026-11-21")))
        #expect(forward == [.thankYou, .promise, .task])
        let reversed = sameDay(Playbook(rules: Playbook.standard.rules.reversed()).actions(for: [app], today: day("2026-11-21")))
        #expect(reversed == [.task, .promise, .thankYou])
    }

    @Test("a kind's name is the same in its actions' ids and for draft, which still takes its former names")
    func oneName() throws {
        #expect(Drafting.kinds == [.thankYou, .briefReferences, .statusInquiry, .checkIn, .requestWrittenOffer, .applicationFollowUp])
        for kind in Drafting.kinds { #expect(Drafting.kind(named: kind.rawValue) == kind) }
        #expect(Drafting.kind(named: "reference-brief") == .briefReferences)
        #expect(Drafting.kind(named: "offer-request") == .requestWrittenOffer)
        #expect(Drafting.kind(named: "promise") == nil)
        #expect(Drafting.kind(named: "thanks") == nil)
        let app = try application("---\n" + acme + "\ninterviews:\n  - date: 2026-11-19\n    with: [Robert Jones]\n---\n", path: "acme.md")
        let action = try #require(Playbook.standard.actions(for: [app], today: day("2026-11-21")).first)
        #expect(action.id == "acme/\(action.kind.rawValue)/2026-11-19")
        let draft = try #require(try Drafting.drafts(.init(kind: action.kind, today: day("2026-11-21")), for: app).first)
        #expect(draft.kind == action.kind && draft.title == "Thank-you note to Mr. Jones")
        #expect(throws: DraftProblem.self) { try Drafting.drafts(.init(kind: .promise, today: day("2026-11-21")), for: app) }
    }

    @Test("ids stay the same across runs and after unrelated edits to the file")
    func stableIds() throws {
        let text = "---\n" + acme + "\ninterviews:\n  - date: 2026-11-19\n    with: [Robert Jones]\n---\n"
        let edited = "---\n# a comment\nsource: referral\n" + acme + "\nlink: https://x.example\ninterviews:\n  - date: 2026-11-19\n    with: [Robert Jones]\n---\nMore notes.\n"
        let before = Playbook.standard.actions(for: [try application(text)], today: day("2026-11-21")).map(\.id)
        let again = Playbook.standard.actions(for: [try application(text)], today: day("2026-11-21")).map(\.id)
        let after = Playbook.standard.actions(for: [try application(edited)], today: day("2026-11-21")).map(\.id)
        #expect(before == ["app/thank-you/2026-11-19", "app/status-inquiry/2026-11-19"])
        #expect(before == again && before == after)
    }

    @Test("no action for an accepted, declined, rejected or withdrawn application")
    func closed() throws {
        for status in ["accepted", "declined", "rejected", "withdrawn"] {
            let app = try application("---\n" + acme + "\nstatus: \(status)\ninterviews:\n  - date: 2026-11-19\n---\n- [ ] 2026-11-20 x\n")
            #expect(Playbook.standard.actions(for: [app], today: day("2026-11-25")).isEmpty)
        }
    }

    @Test("reference status: not briefed, briefed, called; days after today do not count")
    func referenceStatus() throws {
        let app = try application("---\n" + acme + "\nreferences:\n  - name: A\n  - name: B\n    briefed: 2026-11-20\n  - name: C\n    briefed: 2026-11-20\n    contacted: 2026-11-22\n  - name: D\n    briefed: 2026-11-30\n---\n")
        let statuses = ReferenceStatus.all([app], today: day("2026-11-25"))
        #expect(statuses.map(\.state.description) == ["not briefed", "briefed 2026-11-20", "called 2026-11-22", "not briefed"])
        #expect(statuses.calledSummary == "1 of 4 references called")
    }
}

@Suite("Hygiene warnings")
struct HygieneTests {
    @Test("no salutation, no preferred channel, a thank-you before the interview")
    func warnings() {
        let parsed = parseFile("""
            ---
            company: A
            position: B
            contacts:
              - name: Pat Doe
            interviews:
              - date: 2026-11-19
                with: [Pat Doe]
                thank-you: 2026-11-18
            ---
            """)
        #expect(summary(Hygiene.warnings(for: parsed)) == ["5:no-salutation", "7:no-preferred-channel", "9:thank-you-before-interview"])
    }
}
