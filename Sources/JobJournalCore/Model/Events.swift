/// An interview, past or scheduled.
public struct Interview: Sendable, Hashable {
    public var date: Day
    /// Contact names as written.
    public var with: [String]
    public var round: Int?
    /// The last round before a decision.
    public var isFinal: Bool
    /// When they said the job seeker would hear back.
    public var nextStep: Day?
    public var thankYou: ThankYou?
    public var location: SourceLocation
    /// The position of the `- date:` item, to name in diagnostics and edits.
    public var index: Int

    public init(date: Day, with: [String] = [], round: Int? = nil, isFinal: Bool = false, nextStep: Day? = nil,
                thankYou: ThankYou? = nil, location: SourceLocation = .start, index: Int = 0) {
        self.date = date
        self.with = with
        self.round = round
        self.isFinal = isFinal
        self.nextStep = nextStep
        self.thankYou = thankYou
        self.location = location
        self.index = index
    }
}

/// A thank-you note that was sent.
public struct ThankYou: Sendable, Hashable {
    public var sent: Day
    public var via: Channel?
    public var location: SourceLocation

    public init(sent: Day, via: Channel? = nil, location: SourceLocation = .start) {
        self.sent = sent
        self.via = via
        self.location = location
    }
}

/// Something the job seeker promised the employer ("I'll send you a writing sample by Tuesday").
public struct Promise: Sendable, Hashable {
    public var what: String
    public var due: Day
    public var done: Day?
    public var location: SourceLocation

    public init(what: String, due: Day, done: Day? = nil, location: SourceLocation = .start) {
        self.what = what
        self.due = due
        self.done = done
        self.location = location
    }
}

/// A job offer, from the first phone call to the approved contract.
public struct Offer: Sendable, Hashable {
    public var verbal: Day?
    /// When the job seeker asked for the offer in writing.
    public var requested: Day?
    /// When the offer letter arrived.
    public var written: Day?
    public var accepted: Day?
    /// When its conditions (background check, ...) cleared.
    public var approved: Day?
    /// When the job seeker checked the letter and asked for the terms it left out.
    public var reviewed: Day?
    public var salary: String?
    public var benefits: String?
    /// Reimbursement of expenses.
    public var expenses: String?
    public var conditions: [String]?
    public var location: SourceLocation

    public init(verbal: Day? = nil, requested: Day? = nil, written: Day? = nil, accepted: Day? = nil, approved: Day? = nil,
                reviewed: Day? = nil, salary: String? = nil, benefits: String? = nil, expenses: String? = nil,
                conditions: [String]? = nil, location: SourceLocation = .start) {
        self.verbal = verbal
        self.requested = requested
        self.reviewed = reviewed
        self.written = written
        self.accepted = accepted
        self.approved = approved
        self.salary = salary
        self.benefits = benefits
        self.expenses = expenses
        self.conditions = conditions
        self.location = location
    }

    /// The terms the article says an offer letter should spell out.
    public enum Term: String, Sendable, CaseIterable {
        case salary, benefits, expenses, conditions
    }

    public func has(_ term: Term) -> Bool {
        switch term {
        case .salary: return salary != nil
        case .benefits: return benefits != nil
        case .expenses: return expenses != nil
        case .conditions: return conditions != nil
        }
    }

    /// The furthest stage reached: verbal, written, accepted, approved.
    public var stage: String? {
        if approved != nil { return "approved" }
        if accepted != nil { return "accepted" }
        if written != nil { return "written" }
        if verbal != nil { return "verbal" }
        return nil
    }

    public var days: [Day] { [verbal, requested, written, reviewed, accepted, approved].compactMap { $0 } }

    /// The days the employer acted: the verbal offer, the letter, the approval.
    public var employerDays: [Day] { [verbal, written, approved].compactMap { $0 } }
}
