import JobJournalCore

/// "The job isn't yours until you receive an offer, accept it, and it's approved. ... So,
/// if you are offered a job verbally, ask for the offer in writing." So: an offer with
/// `verbal` and no `written` calls for a request the day after the call, until the request
/// is recorded (`requested`).
public struct RequestWrittenOfferRule: Rule {
    public let kind = DueAction.Kind.requestWrittenOffer
    public init() {}

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        guard let offer = app.application.offer, let verbal = offer.verbal, verbal <= app.today, offer.written == nil,
            offer.requested.map({ $0 > app.today }) ?? true
        else {
            return []
        }
        return [action(
            app, event: verbal, due: verbal.adding(days: 1),
            title: "Ask \(app.application.company) for the offer in writing",
            explain: "\(app.application.company) offered the \(app.application.position) position verbally on \(verbal) and no offer letter is recorded. The job is not yours until the offer is received, accepted and approved: ask for a letter that spells out salary, benefits, reimbursement of expenses and any conditions.",
            line: offer.location.line)]
    }
}

// MARK: Kind

extension DueAction.Kind {
    /// `request-written-offer`: see `RequestWrittenOfferRule`.
    public static let requestWrittenOffer = Self(rawValue: "request-written-offer")
}

// MARK: Done

extension RequestWrittenOfferRule {
    /// `offer.requested: D`, and a log entry saying so.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        let sentence = "Asked \(app.company)\(Wording.by(channel)) for the offer in writing."
        return DoneRecord([.set(.key("offer", "requested"), to: .day(day)), .log(sentence)], summary: sentence)
    }
}

// MARK: The draft

/// Getting the offer in writing: "if you are offered a job verbally, ask for the offer in
/// writing. The offer letter should spell out the requirements of the position and the terms
/// of employment, including salary, benefits, reimbursement of expenses, and any conditions
/// of agreement (for example, hiring conditional on a successful background check or credit
/// check)." Once a letter has come, the draft asks for the terms it leaves out.
extension RequestWrittenOfferRule: DraftingRule {
    /// What `draft` called it before it took the action's name.
    package var formerDraftNames: [String] { ["offer-request"] }

    package func drafts(_ c: DraftContext) throws(DraftProblem) -> [Draft] {
        guard let offer = c.app.offer, offer.verbal != nil || offer.written != nil else {
            throw DraftProblem("\(c.app.company) has made no offer yet (offer.verbal or offer.written)")
        }
        let interview = try? c.interview()
        let people = try interview.map { i throws(DraftProblem) in try c.interviewers(of: i) } ?? []
        var contact = people.first
        if contact == nil, let to = c.request.to {
            contact = c.app.contacts.first { DraftContext.matches($0.name, $0.salutation, to) }
            if contact == nil { throw DraftProblem("no contact of \(c.app.company) matches '\(to)'") }
        }
        let channel = c.channel(contact)
        var paragraphs = [c.salutation(contact)]
        if let written = offer.written {
            let missing = Offer.Term.allCases.filter { !offer.has($0) }.map { term -> String in
                switch term {
                case .salary: return "the salary"
                case .benefits: return "the benefits"
                case .expenses: return "the reimbursement of expenses"
                case .conditions: return "any conditions of the offer (for example, a background check or credit check)"
                }
            }
            guard !missing.isEmpty else {
                throw DraftProblem("the offer letter of \(written) already spells out salary, benefits, expenses and conditions")
            }
            paragraphs.append("Thank you for the offer letter for \(c.position), which I received \(c.when(written)). Before I respond, could you confirm in writing \(Wording.list(missing))?")
        } else if let verbal = offer.verbal {
            paragraphs.append("Thank you for offering me \(c.position) \(c.when(verbal)); I am delighted. Could you send me the offer in writing? I would like the letter to spell out the requirements of the position and the terms of employment, including the salary, benefits, reimbursement of expenses, and any conditions of the offer (for example, a background check or credit check).")
        }
        paragraphs.append("Thank you again. I look forward to receiving it.")
        paragraphs.append(c.signature)
        return [Draft(kind: kind, what: "Offer request", to: c.addressed(contact), channel: channel,
                      subject: channel == .email ? "The \(c.app.position) offer in writing" : nil, paragraphs: paragraphs)]
    }
}
