import JobJournalCore

/// Messages for dates that are not days, shared by the front matter and the body.
package enum DateText {
    /// `2026-11-31` has the right shape but no such day exists.
    static func notADay(_ text: String) -> String {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if parts.count == 3, (1...12).contains(parts[1]) {
            let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                          "September", "October", "November", "December"]
            let days = Day.daysIn(month: parts[1], year: parts[0])
            return "\(text) is not a day: \(months[parts[1] - 1]) \(parts[0]) has \(days) days"
        }
        return "\(text) is not a day: there is no month \(parts.count == 3 ? String(parts[1]) : "?")"
    }

    /// Anything else where a day was expected.
    static func notADate(_ text: String, key: String) -> String {
        // Left from the template of `new`: YYYY-MM-DD, or {{applied}} when filled by hand.
        if text.uppercased().contains("YYYY") || text.hasPrefix("{{") {
            return "\(key) is still the template's placeholder '\(text)': fill in the day or remove the line"
        }
        if text.count > 10, Day(iso: text.prefix(10)) != nil {
            return "\(key) should be a day written YYYY-MM-DD, without a time: '\(text)'"
        }
        return "\(key) should be a day written YYYY-MM-DD, not '\(text)'"
    }
}
