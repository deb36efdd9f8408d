import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Briefing references: tell each one about the latest interview at once")
struct BriefReferencesRuleTests {
    func journal(briefed: String? = nil, contacted: String? = nil) -> String {
        var text = acme + """

            interviews:
              - date: 2026-11-10
                with: [Ann Lee]
              - date: 2026-11-19
                with: [Robert Jones]
            references:
              - name: Dana Smith
            """
        if let briefed { text += "\n    briefed: \(briefed)" }
        if let contacted { text += "\n    contacted: \(contacted)" }
        text += "\n  - name: Tom Becker\n    briefed: 2026-11-20"
        return text
    }

    @Test("one action per reference not briefed since the latest interview, due the day after it")
    func due() throws {
        let a = try actions(BriefReferencesRule(), journal(), today: "2026-11-20")
        #expect(a.map(\.id) == ["acme-engineer/brief-references/2026-11-19/dana-smith"])
        #expect(dues(a) == ["2026-11-20:today"])
        #expect(a[0].title == "Brief Dana Smith about the 2026-11-19 interview")
        #expect(a[0].explain.contains("has not been briefed"))
    }

    @Test("a briefing before the latest interview does not count; one on its day does")
    func briefedWhen() throws {
        #expect(try actions(BriefReferencesRule(), journal(briefed: "2026-11-12"), today: "2026-11-21").map(\.explain.count).count == 1)
        #expect(try actions(BriefReferencesRule(), journal(briefed: "2026-11-19"), today: "2026-11-21").isEmpty)
    }

    @Test("a reference already called since the interview needs no briefing")
    func alreadyCalled() throws {
        #expect(try actions(BriefReferencesRule(), journal(contacted: "2026-11-20"), today: "2026-11-21").isEmpty)
    }

    @Test("quotes what the interviewer was interested in, from the interview's notes")
    func notes() throws {
        let body = "### 2026-11-19 Interview\n\n- Interested in: the Benelux accounts\n"
        let a = try actions(BriefReferencesRule(), journal(), body: body, today: "2026-11-20")
        #expect(a.first?.explain.contains("the interviewer was interested in the Benelux accounts") == true)
    }

    @Test("notes written as sentences read as one sentence in the explanation")
    func sentenceNotes() throws {
        let body = "### 2026-11-19 Interview\n\n- Interested in: the Benelux accounts.\n- Interested in: my time in Belgium.\n"
        let a = try actions(BriefReferencesRule(), journal(), body: body, today: "2026-11-20")
        #expect(a.first?.explain.contains("interested in the Benelux accounts and my time in Belgium, and ask them") == true)
    }

    @Test("nothing before any interview has happened")
    func noInterview() throws {
        #expect(try actions(BriefReferencesRule(), journal(), today: "2026-11-09").isEmpty)
    }
}
