import JobJournalCore

/// How hover and hints say a day: "Thursday 2026-11-19", "in 2 days", "due tomorrow".
enum DayWording {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static func day(_ day: Day) -> String { "\(weekdays[day.weekday]) \(day)" }

    /// "today", "tomorrow", "yesterday", "in 3 days", "3 days ago".
    static func distance(_ day: Day, from today: Day) -> String {
        let d = day.days(since: today)
        switch d {
        case 0: return "today"
        case 1: return "tomorrow"
        case -1: return "yesterday"
        case 2...: return "in \(d) days"
        default: return "\(-d) days ago"
        }
    }

    /// "due today", "due tomorrow", "due in 3 days", "1 day overdue".
    static func due(_ due: Day, today: Day) -> String {
        let d = due.days(since: today)
        switch d {
        case ..<(-1): return "\(-d) days overdue"
        case -1: return "1 day overdue"
        case 0: return "due today"
        case 1: return "due tomorrow"
        default: return "due in \(d) days"
        }
    }

    /// The `YYYY-MM-DD` around byte `column` of a line, with its columns.
    static func date(in line: ArraySlice<UInt8>, at column: Int) -> (Day, Range<Int>)? {
        let base = line.startIndex
        let at = base + column
        for start in max(base, at - 10)...min(at, line.endIndex) where start + 10 <= line.endIndex {
            let candidate = line[start..<(start + 10)]
            if Day.looksLikeISODate(candidate), let day = Day.parse(ArraySlice(candidate)) {
                return (day, (start - base)..<(start + 10 - base))
            }
        }
        return nil
    }
}
