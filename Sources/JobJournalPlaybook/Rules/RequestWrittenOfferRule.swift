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
