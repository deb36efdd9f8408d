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

    static func normalize(_ name: String) -> String {
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
    public init(_ name: String) { self.name = name.lowercased() }

    public static let email = Channel("email")
    public static let phone = Channel("phone")
    public static let card = Channel("card")

    public var description: String { name }
}
