/// A calendar day: what the journal's dates mean. No time of day and no time zone inside,
/// so "due on the 24th" is on time through the whole of the 24th wherever the user is.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01: all a day needs to store (journals hold many of them), and what
    /// makes arithmetic and comparison trivial.
    public let ordinal: Int32

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// A valid day, or nil when the month has no such day (`2026-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.ordinal = Int32(Day.ordinal(year: year, month: month, day: day))
    }

    /// The day `ordinal` days after 1970-01-01, kept within the years 1 to 9999 that dates
    /// are written in: a day computed past them (a large number of days added) is the first
    /// or last day, rather than a year printed wrapped.
    public init(ordinal: Int) {
        self.ordinal = Int32(min(max(ordinal, Day.first), Day.last))
    }

    /// 0001-01-01 and 9999-12-31, as ordinals.
    private static let first = -719_162
    private static let last = 2_932_896

    /// Howard Hinnant's civil_from_days.
    private var civil: (year: Int, month: Int, day: Int) {
        let z = Int(ordinal) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (`26-11-2026`, `tomorrow`) is nil.
    @inlinable public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard let parsed = Day.parse(bytes[...]) else { return nil }
        self = parsed
    }

    /// Parses `YYYY-MM-DD` at the start of `bytes` when exactly ten bytes long.
    @usableFromInline package static func parse(_ bytes: ArraySlice<UInt8>) -> Day? {
        guard bytes.count == 10 else { return nil }
        let b = bytes.startIndex
        guard bytes[b + 4] == UInt8(ascii: "-"), bytes[b + 7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let c = bytes[b + i]
                guard c >= 0x30, c <= 0x39 else { return nil }
                value = value * 10 + Int(c - 0x30)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// True when `bytes` has the shape `NNNN-NN-NN`, valid day or not: used to tell a
    /// mistyped date (`2026-11-31`) from text that is not meant as a date at all.
    @inlinable package static func looksLikeISODate(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count == 10 else { return false }
        for (i, c) in bytes.enumerated() {
            if i == 4 || i == 7 {
                if c != UInt8(ascii: "-") { return false }
            } else if c < 0x30 || c > 0x39 {
                return false
            }
        }
        return true
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `days` later (earlier when negative), kept within the years 1 to 9999.
    public func adding(days: Int) -> Day {
        let (sum, overflow) = Int(ordinal).addingReportingOverflow(days)
        return Day(ordinal: overflow ? (days > 0 ? Int.max : Int.min) : sum)
    }

    /// Whole days from `other` to `self` (positive when `self` is later).
    public func days(since other: Day) -> Int { Int(ordinal) - Int(other.ordinal) }

    /// 0 = Monday ... 6 = Sunday.
    public var weekday: Int { ((Int(ordinal) % 7) + 7 + 3) % 7 }

    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        appendISO(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `YYYY-MM-DD`.
    package func appendISO(to bytes: inout [UInt8]) {
        withISO { bytes.append(contentsOf: $0) }
    }

    /// The ten bytes of `YYYY-MM-DD`, handed to `body` from the stack.
    package func withISO<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let (year, month, day) = civil
        var text: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            0x30 + UInt8(year / 1000 % 10), 0x30 + UInt8(year / 100 % 10), 0x30 + UInt8(year / 10 % 10), 0x30 + UInt8(year % 10),
            0x2D, 0x30 + UInt8(month / 10), 0x30 + UInt8(month % 10),
            0x2D, 0x30 + UInt8(day / 10), 0x30 + UInt8(day % 10))
        return withUnsafeBytes(of: &text) { body($0.bindMemory(to: UInt8.self)) }
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }
    public static func == (a: Day, b: Day) -> Bool { a.ordinal == b.ordinal }
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}

extension Day {
    /// "today", "1 day ago", "12 days ago"; "in 3 days" for a day ahead.
    public func ago(from today: Day) -> String {
        let d = today.days(since: self)
        switch d {
        case 0: return "today"
        case 1: return "1 day ago"
        case 2...: return "\(d) days ago"
        case -1: return "tomorrow"
        default: return "in \(-d) days"
        }
    }
}
