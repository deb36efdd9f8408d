import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("The body's log, to-dos and dated headings")
struct BodyParserTests {
    /// Parses `body` as if it started on file line `firstLine`.
    func parse(_ body: String, firstLine: Int = 1) -> BodyParser.Result {
        var text = body
        return text.withUTF8 { BodyParser(file: "a.md", firstLine: firstLine).parse(UnsafeRawBufferPointer($0)) }
    }

    @Test("a list item that begins with a date is a log entry on that day")
    func logEntries() {
        let r = parse("""
            ## Log

            - 2026-11-19 Interviewed with Mr. Jones.
            - 2026-11-20: Briefed Dana.
            - 2026-11-21 — Called the recruiter.
            - Not dated.
            - 2026-11-22x is not a date
            """, firstLine: 10)
        #expect(r.log.map(\.day.description) == ["2026-11-19", "2026-11-20", "2026-11-21"])
        #expect(r.log.map(\.line) == [12, 13, 14])
        #expect(r.diagnostics.isEmpty)
    }

    @Test("task items are to-dos, open or done, with a leading or a 'due' date")
    func toDos() {
        let r = parse("""
            - [ ] 2026-11-27 Update the portfolio
            - [x] Send the writing sample due 2026-11-24
            - [X] done without a date
            - [ ] Print the references sheet (due 2026-11-28)
            - [ ]
            """)
        #expect(r.toDos.map(\.isDone) == [false, true, true, false, false])
        #expect(r.toDos.map { $0.day?.description } == ["2026-11-27", "2026-11-24", nil, "2026-11-28", nil])
        #expect(r.toDos[0].text == "Update the portfolio")
        #expect(r.toDos[1].text == "Send the writing sample due 2026-11-24")
        #expect(r.log.isEmpty)
    }

    @Test("task items in nested lists and with emphasis or links are read whole")
    func nestedAndInline() {
        let r = parse("""
            - Follow-ups
              - [ ] 2026-11-29 Email *Ms. Lee* the [deck](https://x.example)
            """)
        #expect(r.toDos.count == 1)
        #expect(r.toDos[0].text == "Email Ms. Lee the deck")
        #expect(r.toDos[0].line == 2)
    }

    @Test("a heading that begins with a date is a dated entry collecting the notes under it")
    func entries() {
        let r = parse("""
            ## Notes

            ### 2026-11-19 Interview with Mr. Jones

            - Resonated: the expansion into the European commodities market
            - Interested in: my time in Belgium
            - Clarify: my lesson-planning experience

            ### Other thoughts

            - Resonated: not under a dated heading
            """)
        #expect(r.entries.count == 1)
        #expect(r.entries[0].title == "Interview with Mr. Jones")
        #expect(r.entries[0].line == 3)
        #expect(r.entries[0].notes.map(\.kind) == [.resonated, .interestedIn, .clarify])
        #expect(r.entries[0].notes[0].text == "the expansion into the European commodities market")
        #expect(r.headings.filter { $0.level == 2 }.map(\.title) == ["Notes"])
        #expect(r.headings.map(\.level) == [2, 3, 3])
    }

    @Test("a date-shaped start that is no day is an error at its line")
    func invalidDates() {
        let r = parse("intro\n\n- 2026-11-31 Called\n- [ ] Call due 2026-02-30\n", firstLine: 5)
        #expect(r.log.isEmpty)
        #expect(r.diagnostics.map(\.id) == ["invalid-date", "invalid-date"])
        #expect(r.diagnostics.map(\.location.line) == [7, 8])
        #expect(r.diagnostics[0].message == "2026-11-31 is not a day: November 2026 has 30 days")
    }

    @Test("50,000 nested block quotes do not overflow the stack")
    func deepNesting() {
        let r = parse(String(repeating: ">", count: 50_000) + " - 2026-11-19 deep\n")
        #expect(r.log.count <= 1)
    }
}
