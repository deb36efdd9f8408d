import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Thank-you notes: send one within a day of every interview")
struct ThankYouRuleTests {
    let interview = acme + """

        interviews:
          - date: 2026-11-19
            with: [Robert Jones]
        """

    @Test("is due the day after the interview, on time through that day")
    func due() throws {
        #expect(dues(try actions(ThankYouRule(), interview, today: "2026-11-19")) == ["2026-11-20:upcoming"])
        #expect(dues(try actions(ThankYouRule(), interview, today: "2026-11-20")) == ["2026-11-20:today"])
        #expect(dues(try actions(ThankYouRule(), interview, today: "2026-11-21")) == ["2026-11-20:overdue"])
    }

    @Test("names the interviewer by salutation, the position, and their preferred channel")
    func wording() throws {
        let a = try #require(try actions(ThankYouRule(), interview, today: "2026-11-20").first)
        #expect(a.title == "Send a thank-you note to Mr. Jones for the Engineer interview")
        #expect(a.channel == .email && a.who == ["Mr. Jones"])
        #expect(a.id == "acme-engineer/thank-you/2026-11-19")
        #expect(a.explain.contains("You interviewed with Robert Jones on 2026-11-19"))
        #expect(a.line == 13)
    }

    @Test("done records the interview's thank-you: the day, or when and how it was sent")
    func done() throws {
        let app = try application("---\n" + interview + "\n---\n", path: "acme-engineer.md")
        let a = try #require(try actions(ThankYouRule(), interview, today: "2026-11-20").first)
        let field = DoneRecord.Field([.key("interviews"), .item(line: 13), .key("thank-you")])
        #expect(ThankYouRule().done(a, on: day("2026-11-20"), via: nil, in: app)
            == DoneRecord([.set(field, to: .scalar("2026-11-20"))], summary: "thank-you to Mr. Jones sent on 2026-11-20"))
        #expect(ThankYouRule().done(a, on: day("2026-11-20"), via: .card, in: app)
            == DoneRecord([.set(field, to: .mapping([.init("sent", "2026-11-20"), .init("via", "card")]))],
                          summary: "thank-you to Mr. Jones sent on 2026-11-20 by card"))
    }

    @Test("says to mail a card at once when that is how they asked, and email when nothing is recorded")
    func channels() throws {
        let card = try #require(try actions(ThankYouRule(), acme + "\ninterviews:\n  - date: 2026-11-19\n    with: [Ann Lee]", today: "2026-11-20").first)
        #expect(card.channel == .card && card.explain.contains("Mail a card at once"))
        let none = try #require(try actions(ThankYouRule(), acme + "\ninterviews:\n  - date: 2026-11-19\n    with: Pat Doe", today: "2026-11-20").first)
        #expect(none.channel == .email && none.explain.contains("no preferred channel is recorded"))
        let both = try #require(try actions(ThankYouRule(), acme + "\ninterviews:\n  - date: 2026-11-19\n    with: [Robert Jones, Ann Lee]", today: "2026-11-20").first)
        #expect(both.title == "Send a thank-you note to Mr. Jones and Ms. Lee for the Engineer interview")
        #expect(both.explain.contains("Send each a note: Mr. Jones by email and Ms. Lee by card."))
    }

    @Test("is satisfied by a recorded thank-you, in either form")
    func satisfied() throws {
        #expect(try actions(ThankYouRule(), interview + "\n    thank-you: 2026-11-19", today: "2026-11-25").isEmpty)
        #expect(try actions(ThankYouRule(), interview + "\n    thank-you: {sent: 2026-11-20, via: card}", today: "2026-11-25").isEmpty)
    }

    @Test("does not fire for a scheduled interview, nor for a closed application")
    func notFiring() throws {
        #expect(try actions(ThankYouRule(), interview, today: "2026-11-18").isEmpty)
        let closed = try application("---\n" + interview + "\nstatus: rejected\n---\n")
        #expect(Playbook.standard.actions(for: [closed], today: day("2026-11-25")).isEmpty)
    }

    @Test("fires once per interview without a note")
    func perInterview() throws {
        let two = acme + """

            interviews:
              - date: 2026-11-10
                with: [Ann Lee]
              - date: 2026-11-19
                with: [Robert Jones]
                thank-you: 2026-11-19
              - date: 2026-11-24
                with: [Robert Jones]
            """
        #expect(try actions(ThankYouRule(), two, today: "2026-11-25").map(\.id)
            == ["acme-engineer/thank-you/2026-11-10", "acme-engineer/thank-you/2026-11-24"])
    }
}
