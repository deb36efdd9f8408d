import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Promises: keep every promise made to the employer")
struct PromiseRuleTests {
    let promised = acme + """

        promises:
          - what: Send a writing sample
            due: 2026-11-24
          - what: Call Mr. Jones
            due: 2026-11-20
            done: 2026-11-20
        """

    @Test("an open promise is due on its day; a done one is not")
    func due() throws {
        let a = try actions(PromiseRule(), promised, today: "2026-11-24")
        #expect(dues(a) == ["2026-11-24:today"])
        #expect(a[0].title == "Keep your promise: Send a writing sample")
        #expect(a[0].explain.hasPrefix("You promised Acme to send a writing sample by 2026-11-24"))
        #expect(a[0].id == "acme-engineer/promise/2026-11-24/send-a-writing-sample")
        #expect(dues(try actions(PromiseRule(), promised, today: "2026-11-25")) == ["2026-11-24:overdue"])
        #expect(dues(try actions(PromiseRule(), promised, today: "2026-11-20")) == ["2026-11-24:upcoming"])
    }
}

@Suite("Tasks: dated to-dos in the notes")
struct TaskRuleTests {
    let body = """
        ## To do

        - [ ] 2026-11-27 Update the portfolio
        - [x] 2026-11-20 Print references
        - [ ] Bring the deck due 2026-11-30
        - [ ] Someday, no date
        """

    @Test("an open to-do with a date is due on that date; done and undated ones are not")
    func due() throws {
        let a = try actions(TaskRule(), acme, body: body, today: "2026-11-27")
        #expect(a.map(\.title) == ["Update the portfolio", "Bring the deck due 2026-11-30"])
        #expect(dues(a) == ["2026-11-27:today", "2026-11-30:upcoming"])
        #expect(a[0].id == "acme-engineer/task/2026-11-27/update-the-portfolio")
        #expect(a[0].line == 15)
    }

    @Test("two identical to-dos on one day keep distinct ids")
    func duplicates() throws {
        let a = try actions(TaskRule(), acme, body: "- [ ] 2026-11-27 Call\n- [ ] 2026-11-27 Call\n", today: "2026-11-27")
        #expect(Set(a.map(\.id)).count == 2)
    }
}
