import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("A calendar day")
struct DayTests {
    @Test("is read only from YYYY-MM-DD")
    func readsISODates() {
        #expect(Day(iso: "2026-11-19")?.description == "2026-11-19")
        #expect(Day(iso: "26-11-2026") == nil)
        #expect(Day(iso: "tomorrow") == nil)
        #expect(Day(iso: "2026-11-19T10:00") == nil)
        #expect(Day(iso: "2026-1-9") == nil)
    }

    @Test("refuses days the month does not have")
    func refusesImpossibleDays() {
        #expect(Day(iso: "2026-11-31") == nil)
        #expect(Day(iso: "2026-02-29") == nil)
        #expect(Day(iso: "2028-02-29") != nil)
        #expect(Day(iso: "2100-02-29") == nil)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "2026-00-10") == nil)
    }

    @Test("adds days across months, years and leap days")
    func arithmetic() throws {
        let day = try #require(Day(iso: "2026-11-30"))
        #expect(day.adding(days: 1).description == "2026-12-01")
        #expect(try #require(Day(iso: "2026-12-31")).adding(days: 1).description == "2027-01-01")
        #expect(try #require(Day(iso: "2028-02-28")).adding(days: 1).description == "2028-02-29")
        #expect(try #require(Day(iso: "2026-03-01")).adding(days: -1).description == "2026-02-28")
        #expect(try #require(Day(iso: "2026-11-26")).days(since: try #require(Day(iso: "2026-11-19"))) == 7)
    }

    @Test("stays within the years 1 to 9999 whatever is added, rather than wrap or trap")
    func addingStaysInTheCalendar() throws {
        let last = try #require(Day(iso: "9999-12-31")), first = try #require(Day(iso: "0001-01-01"))
        #expect(last.adding(days: 7).description == "9999-12-31")
        #expect(last.adding(days: Int.max) == last)
        #expect(first.adding(days: -1) == first)
        #expect(first.adding(days: Int.min) == first)
        #expect(try #require(Day(iso: "2026-11-26")).adding(days: 9_223_372_036_854_775_807) == last)
        #expect(Day(ordinal: Int.max) == last && Day(ordinal: Int.min) == first)
    }

    @Test("round-trips every day of four centuries")
    func roundTrip() {
        let start = Int(Day(year: 1900, month: 1, day: 1)!.ordinal)
        for ordinal in start..<(start + 146_097) {
            let day = Day(ordinal: ordinal)
            #expect(Day(year: day.year, month: day.month, day: day.day).map { Int($0.ordinal) } == ordinal)
        }
    }

    @Test("knows the weekday: 2026-11-23 is a Monday")
    func weekday() {
        #expect(Day(iso: "2026-11-23")?.weekday == 0)
        #expect(Day(iso: "2026-11-26")?.weekday == 3)
        #expect(Day(iso: "1970-01-01")?.weekday == 3)
    }

    @Test("orders by date")
    func ordering() {
        #expect(Day(iso: "2026-11-19")! < Day(iso: "2026-11-20")!)
        #expect(Day(iso: "2025-12-31")! < Day(iso: "2026-01-01")!)
    }
}
