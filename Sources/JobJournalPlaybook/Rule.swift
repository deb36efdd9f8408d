import JobJournalCore

/// One piece of the follow-up playbook. Each rule lives in a file of its own, opening with
/// the advice it encodes, and owns everything about that advice: its kind (declared beside
/// it), the actions it calls for, what `done` records for them, and, where the article gives
/// a message to send, its draft (`DraftingRule`). Its rank is its place in `Playbook.standard`.
public protocol Rule: Sendable {
    var kind: DueAction.Kind { get }
    /// Given an open application and today, the actions it calls for.
    func actions(for app: ApplicationFacts) -> [DueAction]
    /// What `jobjournal done` records for one of its actions, done on `day` (`via` a channel
    /// when one is given): the facts it reads, so that the action is settled.
    func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord
}

/// A rule whose advice comes with a message to send: `jobjournal draft KIND`, where KIND is
/// the rule's kind.
package protocol DraftingRule: Rule {
    /// Other names `draft` has taken for this kind, still accepted since users may have typed them.
    var formerDraftNames: [String] { get }
    /// The messages for one application; one per person where each gets their own.
    func drafts(_ context: DraftContext) throws(DraftProblem) -> [Draft]
}

extension DraftingRule {
    package var formerDraftNames: [String] { [] }
}

extension Rule {
    /// An action of this rule's kind for `app`, with the id built from the event's day and,
    /// where one event concerns several people or items, a slug of the one concerned.
    func action(_ app: ApplicationFacts, event: Day, key: String? = nil, slug: String? = nil, due: Day, title: String,
                channel: Channel? = nil, who: [String] = [], explain: String, line: Int) -> DueAction {
        let slug = slug ?? key.map { Slug.make($0) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(app.idBase.utf8.count + kind.rawValue.utf8.count + 13 + (slug.map { $0.utf8.count + 1 } ?? 0))
        bytes += app.idBase.utf8
        bytes.append(UInt8(ascii: "/"))
        bytes += kind.rawValue.utf8
        bytes.append(UInt8(ascii: "/"))
        event.appendISO(to: &bytes)
        if let slug {
            bytes.append(UInt8(ascii: "/"))
            bytes += slug.utf8
        }
        let id = String(decoding: bytes, as: UTF8.self)
        return DueAction(
            id: id, application: app.application.file, company: app.application.company,
            position: app.application.position, kind: kind, due: due, status: .init(due: due, today: app.today),
            title: title, channel: channel, who: who, explain: explain, line: line)
    }
}
