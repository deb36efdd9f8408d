import JobJournalCore

/// An offer as the report shows it: how far it has come and which terms the letter spells
/// out. "The offer letter should spell out the requirements of the position and the terms
/// of employment, including salary, benefits, reimbursement of expenses, and any conditions
/// of agreement."
public struct OfferSummary: Sendable, Hashable {
    public var file: String
    public var company: String
    public var position: String
    public var status: Status
    public var offer: Offer
    /// The furthest stage reached by today: verbal, written, accepted or approved (nil when
    /// every date is still ahead).
    public var stage: String?
    /// When that stage was reached.
    public var stageDay: Day?

    /// The summary of `app`'s offer, or nil when it has none. An application whose status
    /// says offer, with no `offer:` dates, is listed all the same, its stage unknown.
    public init?(_ app: Application, today: Day) {
        guard let offer = app.offer ?? (app.status == .offer ? Offer(location: app.statusLocation) : nil) else { return nil }
        file = app.file
        company = app.company
        position = app.position
        status = app.status
        self.offer = offer
        let reached: [(String, Day?)] = [("approved", offer.approved), ("accepted", offer.accepted),
                                         ("written", offer.written), ("verbal", offer.verbal)]
        let first = reached.first { $0.1.map { $0 <= today } ?? false }
        stage = first?.0
        stageDay = first?.1
    }

    /// Whether an offer letter has arrived by today.
    public var hasLetter: Bool { stage != nil && stage != "verbal" }

    /// The terms written down, in the article's order.
    public var spelledOut: [Offer.Term] { Offer.Term.allCases.filter { offer.has($0) } }
    /// The terms not written down.
    public var missing: [Offer.Term] { Offer.Term.allCases.filter { !offer.has($0) } }

    /// The letter's wording of a term: the conditions joined by commas.
    public func text(of term: Offer.Term) -> String? {
        switch term {
        case .salary: return offer.salary
        case .benefits: return offer.benefits
        case .expenses: return offer.expenses
        case .conditions: return offer.conditions.map { $0.isEmpty ? "none" : $0.joined(separator: ", ") }
        }
    }
}
