import JobJournalCore

/// One piece of the follow-up playbook: given an open application and today, the actions
/// it calls for. Each rule lives in a file of its own, opening with the advice it encodes.
public protocol Rule: Sendable {
    var kind: DueAction.Kind { get }
    func actions(for app: ApplicationFacts) -> [DueAction]
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
