/// One job application: one Markdown file in the journal.
public struct Application: Sendable {
    /// The file's path relative to the journal root, with `/` separators.
    public var file: String
    /// The file's stem (`abc-company-senior-sales-consultant`), how commands name it.
    public var stem: String { Application.stem(of: file) }

    public var company: String
    public var position: String
    public var status: Status
    /// False when `status` was written in the file, true when worked out from the dates.
    public var statusIsDerived: Bool
    /// Where `status` is written (the company's line when it is not).
    public var statusLocation: SourceLocation
    public var applied: Day?
    /// Where `applied` is written (the company's line when it is not).
    public var appliedLocation: SourceLocation
    /// `applied: true`: applied, on a day not written down.
    public var appliedOnUnknownDay: Bool
    public var link: String?
    /// Where the posting was found or who referred (`source:`): what statistics group by.
    public var source: String?
    /// A day the job seeker set themselves to follow up (`follow-up:`), and where it is written.
    public var followUp: Day?
    public var followUpLocation: SourceLocation

    public var contacts: [Contact]
    public var interviews: [Interview]
    public var references: [Reference]
    public var promises: [Promise]
    public var offer: Offer?

    public var log: [LogEntry]
    public var toDos: [ToDo]
    public var entries: [JournalEntry]

    /// Keys jobjournal does not read, kept in the order written.
    public var ownFields: [(key: String, value: YAMLNode)]

    /// Where things are in the file, for diagnostics and edits.
    public var companyLocation: SourceLocation

    /// Only what sums the application up was read (its file, company, position, status,
    /// dates and links), not its people, events and notes, whose lists are left empty: for a
    /// command that had all else it needs of it already (`ReadingPlan`).
    package var isSummary = false

    public init(file: String, company: String, position: String) {
        self.file = file
        self.company = company
        self.position = position
        self.status = .applied
        self.statusIsDerived = true
        self.statusLocation = .start
        self.applied = nil
        self.appliedLocation = .start
        self.appliedOnUnknownDay = false
        self.link = nil
        self.source = nil
        self.followUp = nil
        self.followUpLocation = .start
        self.contacts = []
        self.interviews = []
        self.references = []
        self.promises = []
        self.offer = nil
        self.log = []
        self.toDos = []
        self.entries = []
        self.ownFields = []
        self.companyLocation = .start
    }

    /// The file's path in the journal without its extension: the start of every id made
    /// for this application (`closed/greenfield-media-account-manager`).
    package var idBase: String { Application.idBase(of: file) }

    package static func stem(of file: String) -> String {
        let bytes = file.utf8
        var start = bytes.startIndex
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")) { start = bytes.index(after: slash) }
        var name = Substring(file[start...])
        if name.utf8.count > 3, name.hasSuffix(".md") {
            name = name.dropLast(3)
        } else if name.hasSuffix(".markdown") {
            name = name.dropLast(9)
        }
        return String(name)
    }

    /// `idBase` for any file path: also a name for the application on the command line.
    public static func idBase(of file: String) -> String {
        if file.hasSuffix(".md") { return String(file.dropLast(3)) }
        if file.hasSuffix(".markdown") { return String(file.dropLast(9)) }
        return file
    }

    /// The contact with this name, compared without regard to case or surrounding spaces.
    public func contact(named name: String) -> Contact? {
        contacts.firstIndex { Contact.sameName($0.name, name) }.map { contacts[$0] }
    }

    /// The people an interview was with, as contact records where the name matches one.
    public func interviewers(of interview: Interview) -> [Contact] {
        interview.with.map { contact(named: $0) ?? Contact(name: $0) }
    }
}

/// Where an application stands, from found to closed.
public enum Status: String, Sendable, CaseIterable, Comparable {
    /// Found and kept, not applied for yet.
    case saved
    case applied, interviewing, offer, accepted, declined, rejected, withdrawn
    /// Closed without an answer from the employer.
    case noResponse = "no-response"
    /// The file's status could not be read: shown apart until it is fixed.
    case unknown

    /// Closed applications get no more actions.
    public var isClosed: Bool {
        switch self {
        case .accepted, .declined, .rejected, .withdrawn, .noResponse: return true
        case .saved, .applied, .interviewing, .offer, .unknown: return false
        }
    }

    /// Its place among the cases as declared (`allCases` builds an array at each use).
    private var rank: Int { Status.order.firstIndex(of: self)! }
    private static let order = allCases
    public static func < (a: Status, b: Status) -> Bool { a.rank < b.rank }
}
