import JobJournalCore

/// "The offer letter should spell out the requirements of the position and the terms of
/// employment, including salary, benefits, reimbursement of expenses, and any conditions of
/// agreement (for example, hiring conditional on a successful background check or credit
/// check)." So: an offer letter (`written`) missing any of those terms calls for a review
/// the day after it arrived, until the review is recorded (`reviewed`, on or after the day
/// the letter came).
public struct ReviewOfferLetterRule: Rule {
    public let kind = DueAction.Kind.reviewOfferLetter
    public init() {}

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        guard let offer = app.application.offer, let written = offer.written, written <= app.today else { return [] }
        if let reviewed = offer.reviewed, reviewed >= written, reviewed <= app.today { return [] }
        let missing = Offer.Term.allCases.filter { !offer.has($0) }.map(\.rawValue)
        guard !missing.isEmpty else { return [] }
        return [action(
            app, event: written, due: written.adding(days: 1),
            title: "Check the offer letter from \(app.application.company): it does not spell out \(Wording.list(missing))",
            explain: "The offer letter arrived on \(written) and the journal records no \(Wording.list(missing, "or")). A letter should spell out salary, benefits, reimbursement of expenses and any conditions; ask for what is missing before you accept.",
            line: offer.location.line)]
    }
}

// MARK: Kind

extension DueAction.Kind {
    /// `review-offer-letter`: see `ReviewOfferLetterRule`.
    public static let reviewOfferLetter = Self(rawValue: "review-offer-letter")
}

// MARK: Done

extension ReviewOfferLetterRule {
    /// `offer.reviewed: D`, and a log entry naming the terms asked for.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        let missing = Offer.Term.allCases.filter { !(app.offer?.has($0) ?? false) }.map(\.rawValue)
        let sentence = "Checked the offer letter and asked \(app.company)\(Wording.by(channel)) to spell out \(Wording.list(missing))."
        return DoneRecord([.set(.key("offer", "reviewed"), to: .day(day)), .log(sentence)], summary: sentence)
    }
}
