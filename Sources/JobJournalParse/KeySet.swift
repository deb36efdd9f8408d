import JobJournalCore
import JobJournalIO

/// The keys jobjournal reads in each part of the front matter, with the other spellings it
/// accepts. Keys are compared after folding case and `_` to `-`, so `next_step`, `Next-Step`
/// and `next-step` are one key.
package struct KeySet: Sendable {
    /// What the part is called in messages ("interview", "offer").
    package let context: String
    /// Each spelling, folded, with the key it means. A short list scanned in order beats
    /// hashing: keys are small strings, compared in a word or two.
    package let spellings: [(spelling: String, key: String)]
    /// The keys themselves, in the order declared; a key's place here is its id.
    let names: [String]
    /// For each spelling, the id of the key it means.
    private let spellingIDs: [Int]
    /// The spellings' bytes, for near-miss distances.
    private let spellingBytes: [[UInt8]]
    /// How often each letter occurs in each spelling: half the difference between two words'
    /// letter counts is a lower bound on their edit distance, found without the distance table.
    private let spellingLetters: [[Int8]]

    init(_ context: String, _ keys: KeyValuePairs<String, [String]>) {
        self.context = context
        var spellings: [(String, String)] = []
        for (key, others) in keys {
            spellings.append((key, key))
            for other in others { spellings.append((other, key)) }
        }
        self.spellings = spellings
        self.names = keys.map(\.key)
        self.spellingIDs = spellings.map { spelling in keys.firstIndex { $0.key == spelling.1 }! }
        self.spellingBytes = spellings.map { Array($0.0.utf8) }
        self.spellingLetters = spellingBytes.map(KeySet.letterCounts)
    }

    /// Counts of a to z, with everything else counted together in the last slot.
    static func letterCounts(_ word: [UInt8]) -> [Int8] {
        var counts = [Int8](repeating: 0, count: 27)
        for c in word { counts[c >= 0x61 && c <= 0x7A ? Int(c - 0x61) : 26] &+= 1 }
        return counts
    }

    /// The id of the key a folded spelling means, if known.
    func id(for folded: String) -> Int? {
        let length = folded.utf8.count
        for i in spellings.indices where spellings[i].spelling.utf8.count == length && spellings[i].spelling == folded {
            return spellingIDs[i]
        }
        return nil
    }

    /// The id of a key by its own name (not another spelling).
    func id(of name: String) -> Int {
        let length = name.utf8.count
        for i in names.indices where names[i].utf8.count == length && names[i] == name { return i }
        preconditionFailure("'\(name)' is not a key of \(context)")
    }

    /// The key a folded spelling means, if known.
    package func key(for folded: String) -> String? {
        let length = folded.utf8.count
        for entry in spellings where entry.spelling.utf8.count == length && entry.spelling == folded { return entry.key }
        return nil
    }

    package static func fold(_ key: String) -> String {
        // Most keys are written canonically already: lower-case ASCII, digits and dashes.
        var canonical = true
        var key = key
        key.withUTF8 { bytes in
            for c in bytes where !((c >= 0x61 && c <= 0x7A) || c == 0x2D || (c >= 0x30 && c <= 0x39)) {
                canonical = false
                break
            }
        }
        if canonical { return key }
        var out: [UInt8] = []
        out.reserveCapacity(key.utf8.count)
        for c in key.utf8 {
            if c == 0x5F || c == 0x20 {
                out.append(0x2D)
            } else if c >= 0x41 && c <= 0x5A {
                out.append(c + 32)
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The known key a misspelt one most likely meant (`refrences` -> `references`).
    package func nearMiss(_ folded: String) -> String? {
        let word = Array(folded.utf8)
        guard word.count >= 3 else { return nil }
        let letters = KeySet.letterCounts(word)
        var best: (key: String, distance: Int)? = nil
        for (index, entry) in spellings.enumerated() {
            let spelling = spellingBytes[index]
            let limit = min(spelling.count, word.count) <= 5 ? 1 : 2
            guard abs(spelling.count - word.count) <= limit else { continue }
            var difference = 0
            for i in 0..<27 { difference += abs(Int(letters[i]) - Int(spellingLetters[index][i])) }
            // A transposition changes no counts, a substitution two, an insertion one.
            guard difference <= 2 * limit else { continue }
            let d = EditDistance.between(word, spelling, limit: limit)
            if d <= limit, best == nil || d < best!.distance || (d == best!.distance && entry.key < best!.key) {
                best = (entry.key, d)
            }
        }
        return best?.key
    }

    package static let application = KeySet("application", [
        "company": ["employer", "company-name", "organisation", "organization", "employer-name"],
        "position": ["role", "title", "job-title", "job", "position-title"],
        "status": ["job-status", "stage", "app-stage", "application-status", "application-stage", "state"],
        "applied": ["applied-on", "date-applied", "applied-date", "applied-at", "application-date", "date-of-application"],
        "link": ["job-url", "url", "job-link", "posting", "posting-url", "job-posting"],
        "follow-up": ["follow-up-date", "next-follow-up", "follow-up-reminder-date", "follow-up-on"],
        "source": ["found-via", "referral"],
        "contacts": [],
        "interviews": [],
        "references": [],
        "promises": [],
        "offer": [],
    ])

    package static let contact = KeySet("contact", [
        "name": [], "salutation": [], "role": ["title"], "email": [], "phone": [], "prefers": ["preferred"],
    ])

    package static let interview = KeySet("interview", [
        "date": [], "with": ["interviewers"], "round": [], "final": [], "next-step": [], "thank-you": [],
    ])

    package static let thankYou = KeySet("thank-you", ["sent": [], "via": []])

    package static let reference = KeySet("reference", [
        "name": [], "relation": [], "email": [], "phone": [], "briefed": [], "contacted": ["called"],
    ])

    package static let promise = KeySet("promise", ["what": [], "due": [], "done": []])

    package static let offer = KeySet("offer", [
        "verbal": [], "requested": [], "written": [], "reviewed": [], "accepted": [], "approved": [],
        "salary": [], "benefits": [], "expenses": [], "conditions": [],
    ])
}
