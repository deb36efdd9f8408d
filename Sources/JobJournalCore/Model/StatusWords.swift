/// The words people and other tools use for where an application stands, read as
/// jobjournal's statuses. Case, `-`, `_` and spaces do not matter (`Phone Screen`,
/// `phone_screen`). docs/format.md has the table.
extension Status {
    /// What a status word says.
    public enum Reading: Sendable, Equatable {
        case status(Status)
        /// A word that could mean several statuses: read as `readAs` (nil: worked out from
        /// the dates), with a warning naming the choices.
        case ambiguous(readAs: Status?, choices: [Status])
        case unknown
    }

    /// Reads `text` by the user's own words first (`status-map:`), then the table.
    public static func read(_ text: String, map: [String: Status] = [:]) -> Reading {
        let word = fold(text)
        if let status = map[word] { return .status(status) }
        if let status = Status(rawValue: word), status != .unknown { return .status(status) }
        if let status = synonyms[word] { return .status(status) }
        if let reading = ambiguous[word] { return reading }
        return .unknown
    }

    /// Lower case, with runs of spaces, `_` and `-` as one `-`, trimmed of what is not a
    /// letter or digit at either end (`✅ Applied`, `Rejected.`).
    public static func fold(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        let letters = text.lowercased().drop { !($0.isLetter || $0.isNumber) }
        for c in letters {
            if !(c.isLetter || c.isNumber) {
                pendingDash = !out.isEmpty
            } else {
                if pendingDash { out.append("-") }
                pendingDash = false
                out.append(c)
            }
        }
        return out
    }

    /// The statuses a file may name, for messages: all but `unknown`.
    public static var names: String {
        allCases.filter { $0 != .unknown }.map(\.rawValue).joined(separator: ", ")
    }

    /// Other tools' and people's words for each status.
    public static let words: KeyValuePairs<Status, [String]> = [
        .saved: ["wishlist", "wish-list", "bookmarked", "bookmark", "draft", "queued", "interested", "to-apply",
                 "planned", "prospect", "not-applied", "not-yet-applied", "saved-job", "researching", "ready-to-apply",
                 "not-started", "todo", "to-do", "new"],
        .applied: ["submitted", "application-submitted", "sent", "application-sent", "under-review", "in-review"],
        .interviewing: ["interview", "interviews", "interviewed", "screen", "phone-screen", "screening", "onsite",
                        "on-site", "technical", "assessment", "in-progress", "first-round", "second-round",
                        "final-round", "take-home", "phone-interview", "video-interview"],
        .offer: ["offered", "negotiating", "offer-received", "offer-extended", "negotiation"],
        .accepted: ["hired", "offer-accepted", "signed"],
        .declined: ["offer-declined", "declined-offer", "turned-down"],
        .rejected: ["not-selected", "rejection", "denied", "unsuccessful", "not-moving-forward"],
        .withdrawn: ["discarded", "archived", "not-interested", "abandoned", "withdrew", "dropped"],
        .noResponse: ["ghosted", "no-reply", "expired", "no-answer", "no-news"],
    ]

    private static let synonyms: [String: Status] = {
        var table: [String: Status] = [:]
        for (status, others) in words { for word in others { table[word] = status } }
        return table
    }()

    /// Words that name no one status.
    private static let ambiguous: [String: Reading] = [
        "active": .ambiguous(readAs: nil, choices: [.applied, .interviewing, .offer]),
        "open": .ambiguous(readAs: nil, choices: [.applied, .interviewing, .offer]),
        "pending": .ambiguous(readAs: nil, choices: [.applied, .interviewing, .offer]),
        "on-hold": .ambiguous(readAs: nil, choices: [.applied, .interviewing, .offer]),
        "paused": .ambiguous(readAs: nil, choices: [.applied, .interviewing, .offer]),
        "waiting": .ambiguous(readAs: nil, choices: [.applied, .interviewing, .offer]),
        "closed": .ambiguous(readAs: .noResponse, choices: [.rejected, .withdrawn, .declined, .accepted, .noResponse]),
        "done": .ambiguous(readAs: .noResponse, choices: [.rejected, .withdrawn, .declined, .accepted, .noResponse]),
    ]
}
