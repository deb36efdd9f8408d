import JobJournalCore

/// A day read from a spreadsheet cell. ISO days are read always, with any time after them
/// (`2024-11-20T08:15:00Z`, `2024-11-20 08:15`: the day as written, no time zone applied).
/// Days with the month as a word (`Nov 20, 2024`, `20 November 2024`) are read too. Numeric
/// days (`11/20/24`, `20.11.2024`) are read in the order `--date-format` names, else in the
/// order the column itself proves (a first number above 12 makes it day first), else only
/// when both orders give the same day: `03/04/2024` is never guessed.
package enum DateCell {
    /// The order of day, month and year in a numeric date.
    package enum Order: String, Sendable, CaseIterable {
        case dayMonthYear = "DMY"
        case monthDayYear = "MDY"
        case yearMonthDay = "YMD"

        /// `DD/MM/YYYY`, `mm-dd-yy`, `dmy`, `%d.%m.%Y`: the order its letters come in.
        package init?(format: String) {
            var letters = ""
            for c in format.uppercased() where "DMY".contains(c) && !letters.contains(c) { letters.append(c) }
            self.init(rawValue: letters)
        }
    }

    package enum Reading: Sendable, Equatable {
        case day(Day)
        /// Numbers that could be read in either order; the two days it could be.
        case ambiguous(Day, Day)
        /// Not a date.
        case notADate
    }

    /// Reads `text` with `order` for numeric dates (nil: only unambiguous ones).
    package static func read(_ text: String, order: Order?) -> Reading {
        let trimmed = text.trimmingSpaces
        if let day = iso(trimmed) { return .day(day) }
        if let day = withMonthName(trimmed) { return .day(day) }
        guard let numbers = numeric(trimmed) else { return .notADate }
        let (a, b, c) = numbers
        if a >= 1000 { return Day(year: a, month: b, day: c).map(Reading.day) ?? .notADate }
        let year = c < 100 ? 2000 + c : c
        switch order {
        case .dayMonthYear?: return Day(year: year, month: b, day: a).map(Reading.day) ?? .notADate
        case .monthDayYear?: return Day(year: year, month: a, day: b).map(Reading.day) ?? .notADate
        case .yearMonthDay?: return Day(year: a < 100 ? 2000 + a : a, month: b, day: c).map(Reading.day) ?? .notADate
        case nil:
            let dayFirst = Day(year: year, month: b, day: a)
            let monthFirst = Day(year: year, month: a, day: b)
            switch (dayFirst, monthFirst) {
            case let (d?, m?): return d == m ? .day(d) : .ambiguous(d, m)
            case let (d?, nil): return .day(d)
            case let (nil, m?): return .day(m)
            case (nil, nil): return .notADate
            }
        }
    }

    /// The order a column of cells proves: day first when a first number is above 12, month
    /// first when a second one is; nil when neither, or both (then each cell on its own).
    package static func order(of cells: [String]) -> Order? {
        var dayFirst = false
        var monthFirst = false
        for cell in cells {
            guard let (a, b, _) = numeric(cell.trimmingSpaces), a < 1000 else { continue }
            if a > 12 && b <= 12 { dayFirst = true }
            if b > 12 && a <= 12 { monthFirst = true }
        }
        return dayFirst == monthFirst ? nil : (dayFirst ? .dayMonthYear : .monthDayYear)
    }

    /// `YYYY-MM-DD`, alone or before `T`, a space or a comma and a time.
    private static func iso(_ text: String) -> Day? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self)) else { return nil }
        if bytes.count == 10 { return day }
        return [UInt8(ascii: "T"), UInt8(ascii: " "), UInt8(ascii: ",")].contains(bytes[10]) ? day : nil
    }

    /// Three numbers separated by `/`, `.` or `-`, then nothing or a time (`, 8:15 AM`).
    private static func numeric(_ text: String) -> (Int, Int, Int)? {
        var numbers: [Int] = []
        var current = ""
        var separator: Character? = nil
        var rest = Substring(text)
        while let c = rest.first {
            if c.isASCII && c.isNumber {
                current.append(c)
                guard current.count <= 4 else { return nil }
            } else if (c == "/" || c == "." || c == "-") && !current.isEmpty && numbers.count < 2 && (separator == nil || separator == c) {
                separator = c
                numbers.append(Int(current)!)
                current = ""
            } else {
                break
            }
            rest = rest.dropFirst()
        }
        guard !current.isEmpty, numbers.count == 2 else { return nil }
        numbers.append(Int(current)!)
        let after = String(rest).trimmingSpaces
        guard after.isEmpty || after.hasPrefix(",") || after.hasPrefix("T") || after.first?.isNumber == true else { return nil }
        if numbers[2] >= 100 && numbers[2] < 1000 { return nil }
        return (numbers[0], numbers[1], numbers[2])
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `Nov 20, 2024`, `November 20 2024`, `20 Nov 2024`, `20. November 2024`, `Nov 20 2024 8:15`.
    private static func withMonthName(_ text: String) -> Day? {
        let words = text.split { $0 == " " || $0 == "," || $0 == "." || $0 == "-" || $0 == "/" }
        guard words.count >= 3 else { return nil }
        func month(_ word: Substring) -> Int? {
            let lower = word.lowercased()
            guard lower.count >= 3, lower.allSatisfy(\.isLetter) else { return nil }
            return months.firstIndex { lower.hasPrefix($0) && (lower.count == 3 || fullNames[$0]?.hasPrefix(lower) == true) }.map { $0 + 1 }
        }
        func number(_ word: Substring) -> Int? {
            var digits = word
            for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) { digits = digits.dropLast(2) }
            return digits.allSatisfy(\.isNumber) && !digits.isEmpty && digits.count <= 4 ? Int(digits) : nil
        }
        if let m = month(words[0]), let d = number(words[1]), let y = number(words[2]), y >= 1000 {
            return Day(year: y, month: m, day: d)
        }
        if let d = number(words[0]), let m = month(words[1]), let y = number(words[2]), y >= 1000 {
            return Day(year: y, month: m, day: d)
        }
        return nil
    }

    private static let fullNames: [String: String] = [
        "jan": "january", "feb": "february", "mar": "march", "apr": "april", "may": "may", "jun": "june",
        "jul": "july", "aug": "august", "sep": "september", "oct": "october", "nov": "november", "dec": "december",
    ]
}
