import Testing
@testable import JobJournalCore
@testable import JobJournalImport

@Suite("Dates in a sheet: ISO always, other forms only when they say one day")
struct DateCellTests {
    func day(_ text: String) -> Day { Day(iso: text)! }

    @Test("ISO days, with or without a time, are read as the day written")
    func iso() {
        #expect(DateCell.read("2024-11-20", order: nil) == .day(day("2024-11-20")))
        #expect(DateCell.read("2024-11-20T23:15:00Z", order: nil) == .day(day("2024-11-20")))
        #expect(DateCell.read(" 2024-11-20 08:15 ", order: nil) == .day(day("2024-11-20")))
        #expect(DateCell.read("2024-11-31", order: nil) == .notADate)
    }

    @Test("03/04/2024 is never guessed; 13/04/2024 and 04/13/2024 can only be one day")
    func ambiguity() {
        #expect(DateCell.read("03/04/2024", order: nil) == .ambiguous(day("2024-04-03"), day("2024-03-04")))
        #expect(DateCell.read("13/04/2024", order: nil) == .day(day("2024-04-13")))
        #expect(DateCell.read("04/13/2024", order: nil) == .day(day("2024-04-13")))
        #expect(DateCell.read("05.05.2024", order: nil) == .day(day("2024-05-05")))
        #expect(DateCell.read("03/04/2024", order: .dayMonthYear) == .day(day("2024-04-03")))
        #expect(DateCell.read("03/04/2024", order: .monthDayYear) == .day(day("2024-03-04")))
    }

    @Test("LinkedIn's '11/20/24, 8:15 AM' is a day, read month first")
    func linkedIn() {
        #expect(DateCell.read("11/20/24, 8:15 AM", order: .monthDayYear) == .day(day("2024-11-20")))
        #expect(DateCell.read("11/02/24, 9:30 AM", order: .monthDayYear) == .day(day("2024-11-02")))
    }

    @Test("a column proves its order when one of its days has a number above 12")
    func columnOrder() {
        #expect(DateCell.order(of: ["03.11.2024", "14.11.2024", ""]) == .dayMonthYear)
        #expect(DateCell.order(of: ["11/03/2024", "11/14/2024"]) == .monthDayYear)
        #expect(DateCell.order(of: ["03/04/2024", "05/06/2024"]) == nil)
        #expect(DateCell.order(of: ["13/04/2024", "04/13/2024"]) == nil)
    }

    @Test("months as words, in either order; words that are no date are not one")
    func words() {
        #expect(DateCell.read("Nov 20, 2024", order: nil) == .day(day("2024-11-20")))
        #expect(DateCell.read("20 November 2024", order: nil) == .day(day("2024-11-20")))
        #expect(DateCell.read("Sept 3rd 2024", order: nil) == .day(day("2024-09-03")))
        #expect(DateCell.read("last week", order: nil) == .notADate)
        #expect(DateCell.read("ASAP", order: nil) == .notADate)
        #expect(DateCell.read("1/2/345", order: nil) == .notADate)
    }

    @Test("--date-format is read by the order of its letters")
    func format() {
        #expect(DateCell.Order(format: "DD/MM/YYYY") == .dayMonthYear)
        #expect(DateCell.Order(format: "mdy") == .monthDayYear)
        #expect(DateCell.Order(format: "%Y-%m-%d") == .yearMonthDay)
        #expect(DateCell.Order(format: "week") == nil)
    }
}
