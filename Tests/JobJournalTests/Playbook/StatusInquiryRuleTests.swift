import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Status inquiry: the promised next step has passed without news")
struct StatusInquiryRuleTests {
    let waiting = acme + """

        interviews:
          - date: 2026-11-19
            with: [Robert Jones]
            next-step: 2026-11-23
            thank-you: 2026-11-19
        """

    @Test("is due the day after the promised day, once that day has passed")
    func due() throws {
        #expect(try actions(StatusInquiryRule(), waiting, today: "2026-11-23").isEmpty)
        #expect(dues(try actions(StatusInquiryRule(), waiting, today: "2026-11-24")) == ["2026-11-24:today"])
        #expect(dues(try actions(StatusInquiryRule(), waiting, today: "2026-11-26")) == ["2026-11-24:overdue"])
    }

    @Test("reminds them when and for which position, by the channel they asked for")
    func wording() throws {
        let a = try #require(try actions(StatusInquiryRule(), waiting, today: "2026-11-26").first)
        #expect(a.title == "Ask Mr. Jones about the status: you expected to hear by 2026-11-23")
        #expect(a.channel == .email)
        #expect(a.explain.contains("You interviewed on 2026-11-19 for the Engineer position and expected to hear by 2026-11-23"))
        #expect(a.id == "acme-engineer/status-inquiry/2026-11-23")
    }

    @Test("says so when no channel was recorded: ask at the end of the interview")
    func noChannel() throws {
        let text = waiting.replacingOccurrences(of: "with: [Robert Jones]", with: "with: [Pat Doe]")
        let a = try #require(try actions(StatusInquiryRule(), text, today: "2026-11-26").first)
        #expect(a.channel == nil)
        #expect(a.explain.contains("No preferred channel is recorded: the article says to ask at the end of the interview"))
    }

    @Test("news after the promised day satisfies it, or the inquiry logged: a log entry, an offer, a new interview, a reference called")
    func news() throws {
        #expect(try actions(StatusInquiryRule(), waiting, body: "- 2026-11-24 Mr. Jones called: round 2 next week\n", today: "2026-11-26").isEmpty)
        #expect(try actions(StatusInquiryRule(), waiting, body: "- 2026-11-24 From Ms. Park: the panel meets on Friday\n", today: "2026-11-26").isEmpty)
        #expect(try actions(StatusInquiryRule(), waiting, body: "### 2026-11-25 From Mr. Jones: still deciding\n", today: "2026-11-26").isEmpty)
        #expect(try actions(StatusInquiryRule(), waiting + "\nreferences:\n  - name: D\n    contacted: 2026-11-25", today: "2026-11-26").isEmpty)
        #expect(try actions(StatusInquiryRule(), waiting + "\noffer:\n  verbal: 2026-11-24", today: "2026-11-26").isEmpty)
        #expect(try actions(StatusInquiryRule(), waiting + "\n  - date: 2026-12-02\n    with: [Robert Jones]", today: "2026-11-26").isEmpty)
    }

    @Test("a briefing is the job seeker's own act, not an answer: it does not settle the inquiry (issue 16)")
    func briefingIsNotAnswer() throws {
        let briefed = waiting + "\nreferences:\n  - name: D\n    briefed: 2026-11-25"
        #expect(dues(try actions(StatusInquiryRule(), briefed, today: "2026-11-26")) == ["2026-11-24:overdue"])
        // A dated heading of the job seeker's own notes is no answer either.
        #expect(try actions(StatusInquiryRule(), waiting, body: "### 2026-11-25 Thoughts on the role\n", today: "2026-11-26").count == 1)
    }

    @Test("news on the promised day itself does not count, nor does a log entry dated in the future")
    func notNews() throws {
        #expect(try actions(StatusInquiryRule(), waiting, body: "- 2026-11-23 Nothing yet.\n", today: "2026-11-26").count == 1)
        #expect(try actions(StatusInquiryRule(), waiting, body: "- 2026-11-30 planned\n", today: "2026-11-26").count == 1)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
