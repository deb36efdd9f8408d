/// Someone at the employer: an interviewer, the HR person, the hiring manager.
public struct Contact: Sendable, Hashable {
    public var name: String
    /// How to address them in writing ("Mr. Jones"); the article: never a first name unless
    /// they asked for it.
    public var salutation: String?
    public var role: String?
    public var email: String?
    public var phone: String?
    /// How they asked to be followed up.
    public var prefers: Channel?
    public var location: SourceLocation

    public init(name: String, salutation: String? = nil, role: String? = nil, email: String? = nil,
                phone: String? = nil, prefers: Channel? = nil, location: SourceLocation = .start) {
        self.name = name
        self.salutation = salutation
        self.role = role
        self.email = email
        self.phone = phone
        self.prefers = prefers
        self.location = location
    }

    /// "Mr. Jones" when known, else the full name.
    public var addressedAs: String { salutation ?? name }

    /// Whether two written names mean the same person: case and spacing aside. Compares
    /// bytes without building new strings; only non-ASCII names take the slow way.
    static func sameName(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        var x = a.utf8.makeIterator(), y = b.utf8.makeIterator()
        func next(_ it: inout String.UTF8View.Iterator, _ lastWasSpace: inout Bool) -> UInt8? {
            while let c = it.next() {
                if c == 0x20 || c == 0x09 {
                    if !lastWasSpace { lastWasSpace = true; return 0x20 }
                    continue
                }
                lastWasSpace = false
                return c >= 0x41 && c <= 0x5A ? c + 32 : c
            }
            return nil
        }
        var xs = true, ys = true  // leading spaces are skipped
        while true {
            var cx = next(&x, &xs), cy = next(&y, &ys)
            // A trailing space on one side only does not make a difference.
            if cx == 0x20, cy == nil { cx = next(&x, &xs) }
            if cy == 0x20, cx == nil { cy = next(&y, &ys) }
            if cx != cy {
                if (cx ?? 0) >= 0x80 || (cy ?? 0) >= 0x80 { return normalize(a) == normalize(b) }
                return false
            }
            if cx == nil { return true }
        }
    }

    package static func normalize(_ name: String) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ").lowercased()
    }
}

/// Someone who vouches for the job seeker.
public struct Reference: Sendable, Hashable {
    public var name: String
    public var relation: String?
    public var email: String?
    public var phone: String?
    /// When they were last told about an interview.
    public var briefed: Day?
    /// When they said the employer (or a reference-check company) called them.
    public var contacted: Day?
    public var location: SourceLocation

    public init(name: String, relation: String? = nil, email: String? = nil, phone: String? = nil,
                briefed: Day? = nil, contacted: Day? = nil, location: SourceLocation = .start) {
        self.name = name
        self.relation = relation
        self.email = email
        self.phone = phone
        self.briefed = briefed
        self.contacted = contacted
        self.location = location
    }
}

/// How to reach someone.
public struct Channel: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public init(_ name: String) {
        // Channels are almost always written in lower case already; lowercased() is costly.
        self.name = name.utf8.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 } ? name.lowercased() : name
    }

    public static let email = Channel("email")
    public static let phone = Channel("phone")
    public static let card = Channel("card")

    public var description: String { name }
}
