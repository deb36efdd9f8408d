/// The keys jobjournal reads in each part of the front matter, with the other spellings it
/// accepts. Keys are compared after folding case and `_` to `-`, so `next_step`, `Next-Step`
/// and `next-step` are one key.
struct KeySet: Sendable {
    /// What the part is called in messages ("interview", "offer").
    let context: String
    /// Each spelling, folded, mapped to the key it means.
    let spellings: [String: String]

    init(_ context: String, _ keys: [String: [String]]) {
        self.context = context
        var spellings: [String: String] = [:]
        for (key, others) in keys {
            spellings[key] = key
            for other in others { spellings[other] = key }
        }
        self.spellings = spellings
    }

    static func fold(_ key: String) -> String {
        var out = ""
        out.reserveCapacity(key.utf8.count)
        for c in key.unicodeScalars {
            if c == "_" || c == " " {
                out.unicodeScalars.append("-")
            } else if c.value >= 65 && c.value <= 90 {
                out.unicodeScalars.append(Unicode.Scalar(c.value + 32)!)
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The known key a misspelt one most likely meant (`refrences` -> `references`).
    func nearMiss(_ folded: String) -> String? {
        guard folded.count >= 3 else { return nil }
        var best: (key: String, distance: Int)? = nil
        for (spelling, key) in spellings {
            let limit = min(spelling.count, folded.count) <= 5 ? 1 : 2
            let d = KeySet.editDistance(Array(folded.utf8), Array(spelling.utf8), limit: limit)
            if d <= limit, best == nil || d < best!.distance || (d == best!.distance && key < best!.key) {
                best = (key, d)
            }
        }
        return best?.key
    }

    /// Optimal string alignment distance (a transposition counts as one edit), giving up
    /// past `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    v = min(v, previous2[j - 2] + 1)
                }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    static let application = KeySet("application", [
        "company": [],
        "position": ["role", "title"],
        "status": ["job-status", "stage"],
        "applied": ["applied-on", "date-applied", "applied-date", "applied-at"],
        "link": [],
        "contacts": [],
        "interviews": [],
        "references": [],
        "promises": [],
        "offer": [],
    ])

    static let contact = KeySet("contact", [
        "name": [], "salutation": [], "role": ["title"], "email": [], "phone": [], "prefers": ["preferred"],
    ])

    static let interview = KeySet("interview", [
        "date": [], "with": ["interviewers"], "round": [], "final": [], "next-step": [], "thank-you": [],
    ])

    static let thankYou = KeySet("thank-you", ["sent": [], "via": []])

    static let reference = KeySet("reference", [
        "name": [], "relation": [], "email": [], "phone": [], "briefed": [], "contacted": ["called"],
    ])

    static let promise = KeySet("promise", ["what": [], "due": [], "done": []])

    static let offer = KeySet("offer", [
        "verbal": [], "written": [], "accepted": [], "approved": [],
        "salary": [], "benefits": [], "expenses": [], "conditions": [],
    ])
}
