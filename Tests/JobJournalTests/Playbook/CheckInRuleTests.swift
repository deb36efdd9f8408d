import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Check-in and asking references: waiting after the final round")
struct CheckInRuleTests {
    let finalRound = acme + """

        interviews:
          - date: 2026-11-17
            with: [Robert Jones]
            final: true
            thank-you: 2026-11-17
        references:
          - name: Dana Smith
            briefed: 2026-11-18
          - name: Tom Becker
            briefed: 2026-11-18
            contacted: 2026-11-20
          - name: Never Briefed
        """

    @Test("is due check-in-days after the last activity, and shows as upcoming before then")
    func due() throws {
        #expect(dues(try actions(CheckInRule(), finalRound, today: "2026-11-21")) == ["2026-11-27:upcoming"])
        #expect(dues(try actions(CheckInRule(), finalRound, today: "2026-11-27")) == ["2026-11-27:today"])
        var settings = Settings()
        settings.checkInDays = 3
        #expect(dues(try actions(CheckInRule(), finalRound, today: "2026-11-24", settings: settings)) == ["2026-11-23:overdue"])
    }

    @Test("asks the article's one question, by their channel")
    func wording() throws {
        let a = try #require(try actions(CheckInRule(), finalRound, today: "2026-11-21").first)
        #expect(a.explain.contains("\"Do you need anything else from me to help you make the hiring decision?\""))
        #expect(a.channel == .email && a.who == ["Mr. Jones"])
    }

    @Test("a later log entry moves the check-in")
    func moves() throws {
        #expect(dues(try actions(CheckInRule(), finalRound, body: "- 2026-11-24 Sent the case study\n", today: "2026-11-25")) == ["2026-12-01:upcoming"])
    }

    @Test("not before a final round, with an interview ahead, a next step ahead, an overdue next step, or an offer")
    func notFiring() throws {
        #expect(try actions(CheckInRule(), finalRound.replacingOccurrences(of: "final: true", with: "final: false"), today: "2026-11-21").isEmpty)
        #expect(try actions(CheckInRule(), finalRound.replacingOccurrences(of: "final: true", with: "final: true\n    next-step: 2026-11-25"), today: "2026-11-21").isEmpty)
        #expect(try actions(CheckInRule(), finalRound.replacingOccurrences(of: "final: true", with: "final: true\n    next-step: 2026-11-22"), today: "2026-11-26").isEmpty)
        #expect(try actions(CheckInRule(), finalRound + "\noffer:\n  verbal: 2026-11-20", today: "2026-11-21").isEmpty)
        let ahead = finalRound.replacingOccurrences(of: "references:", with: "  - date: 2026-11-30\n    with: [Ann Lee]\nreferences:")
        #expect(try actions(CheckInRule(), ahead, today: "2026-11-21").isEmpty)
    }

    @Test("a next step that has passed with news since lets the check-in fire")
    func nextStepPassedWithNews() throws {
        let text = finalRound.replacingOccurrences(of: "final: true", with: "final: true\n    next-step: 2026-11-19")
        #expect(dues(try actions(CheckInRule(), text, body: "- 2026-11-20 They need another week\n", today: "2026-11-21")) == ["2026-11-27:upcoming"])
    }

    @Test("asks each briefed reference not yet called, on the same day as the check-in")
    func askReferences() throws {
        let a = try actions(AskReferencesRule(), finalRound, today: "2026-11-21")
        #expect(a.map(\.who) == [["Dana Smith"]])
        #expect(dues(a) == ["2026-11-27:upcoming"])
        #expect(a[0].title == "Ask Dana Smith whether Acme or a reference-check company has called")
        #expect(try actions(AskReferencesRule(), finalRound + "\noffer:\n  verbal: 2026-11-20", today: "2026-11-21").isEmpty)
    }
}
