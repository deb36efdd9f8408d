import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Offers: get it in writing, and check the letter")
struct OfferRuleTests {
    @Test("a verbal offer calls for a written one the next day, until the letter arrives")
    func requestWritten() throws {
        let verbal = acme + "\noffer:\n  verbal: 2026-11-25"
        #expect(dues(try actions(RequestWrittenOfferRule(), verbal, today: "2026-11-26")) == ["2026-11-26:today"])
        #expect(try actions(RequestWrittenOfferRule(), verbal, today: "2026-11-24").isEmpty)
        #expect(try actions(RequestWrittenOfferRule(), verbal + "\n  written: 2026-11-27", today: "2026-11-28").isEmpty)
        let a = try #require(try actions(RequestWrittenOfferRule(), verbal, today: "2026-11-27").first)
        #expect(a.title == "Ask Acme for the offer in writing" && a.status == .overdue)
        #expect(a.explain.contains("not yours until the offer is received, accepted and approved"))
    }

    @Test("a letter that does not spell out salary, benefits, expenses and conditions needs a review")
    func reviewLetter() throws {
        let letter = acme + "\noffer:\n  verbal: 2026-11-20\n  written: 2026-11-24\n  salary: 90k\n  benefits: health"
        let a = try #require(try actions(ReviewOfferLetterRule(), letter, today: "2026-11-26").first)
        #expect(a.title == "Check the offer letter from Acme: it does not spell out expenses and conditions")
        #expect(dues([a]) == ["2026-11-25:overdue"])
        let complete = letter + "\n  expenses: relocation\n  conditions: [background check]"
        #expect(try actions(ReviewOfferLetterRule(), complete, today: "2026-11-26").isEmpty)
    }

    @Test("done records the request or the review in the offer, and says so in the log")
    func done() throws {
        let verbal = acme + "\noffer:\n  verbal: 2026-11-25"
        let app = try application("---\n" + verbal + "\n---\n", path: "acme-engineer.md")
        let a = try #require(try actions(RequestWrittenOfferRule(), verbal, today: "2026-11-26").first)
        let sentence = "Asked Acme by phone for the offer in writing."
        #expect(RequestWrittenOfferRule().done(a, on: day("2026-11-26"), via: .phone, in: app)
            == DoneRecord([.set(.key("offer", "requested"), to: .scalar("2026-11-26")), .log(sentence)], summary: sentence))
    }
}
