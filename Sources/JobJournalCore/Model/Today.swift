import Glibc

extension Day {
    /// The local calendar day now: the one moment the clock and time zone are consulted.
    public static func today() -> Day {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}

/// Where "today" comes from for a command: `--today`, else `JOBJOURNAL_TODAY`, else the
/// clock. Every command, completion and the fast path resolve it here and nowhere else.
public enum Today {
    /// The day, or the usage error naming where the bad day came from.
    public static func resolve(option: String?, environment: String?) -> Result<Day, UsageError> {
        if let option {
            guard let day = Day(iso: option) else {
                return .failure(UsageError("--today should be a day written YYYY-MM-DD, not '\(option)'"))
            }
            return .success(day)
        }
        if let environment, !environment.isEmpty {
            guard let day = Day(iso: environment) else {
                return .failure(UsageError("JOBJOURNAL_TODAY should be a day written YYYY-MM-DD, not '\(environment)'"))
            }
            return .success(day)
        }
        return .success(Day.today())
    }

    /// A mistake in how a command was called, worded for the user.
    public struct UsageError: Error, Sendable, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }
}
