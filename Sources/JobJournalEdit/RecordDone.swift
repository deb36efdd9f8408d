import JobJournalCore
import JobJournalPlaybook

/// What `jobjournal done ACTION-ID` writes: for each kind of action, the field the playbook
/// reads, so that the action is settled and leaves the agenda.
///
/// | Action | Written |
/// |---|---|
/// | thank-you | the interview's `thank-you: D` (`{sent: D, via: card}` with a channel) |
/// | brief-references | the reference's `briefed: D` |
/// | promise | the promise's `done: D` |
/// | task | `- [ ]` becomes `- [x]` |
/// | status-inquiry, check-in, ask-references | a log entry on D saying what was done |
/// | request-written-offer | `offer.requested: D` and a log entry |
/// | review-offer-letter | `offer.reviewed: D` and a log entry |
public enum RecordDone {
    public struct Record: Sendable {
        public var edits: [LineEdit]
        /// What was recorded, in a sentence.
        public var summary: String
    }

    /// The action with this id among the file's actions on `today`.
    public static func action(_ id: String, in app: Application, today: Day, settings: Settings) -> DueAction? {
        Playbook.standard.actions(for: [app], today: today, settings: settings).first { $0.id == id }
    }

    /// The edits that record `action` as done on `day`, checked to settle it.
    public static func record(_ id: String, in file: EditableFile, today: Day, settings: Settings, on day: Day,
                              via channel: Channel?) throws(EditRefusal) -> Record {
        let app = try file.requireApplication()
        guard let action = action(id, in: app, today: today, settings: settings) else {
            throw EditRefusal("\(id) is not due as of \(today) (run 'jobjournal due --explain' for the ids)")
        }
        let by = channel.map { " by \($0)" } ?? ""
        let who = Wording.list(action.who)
        var edits: [LineEdit] = []
        var summary: String
        switch action.kind {
        case .thankYou:
            let value: FrontMatterEditor.Value = channel.map { .flowMapping([.init(key: "sent", value: day.description), .init(key: "via", value: $0.name)]) }
                ?? .scalar(day.description)
            edits.append(try file.setting(YAMLPath([.key("interviews"), .line(action.line), .key("thank-you")]), to: value))
            summary = "thank-you to \(who) sent on \(day)\(by)"
        case .briefReferences:
            edits.append(try file.setting(YAMLPath([.key("references"), .line(action.line), .key("briefed")]), to: day.description))
            summary = "\(who) briefed on \(day)\(by)"
        case .promise:
            edits.append(try file.setting(YAMLPath([.key("promises"), .line(action.line), .key("done")]), to: day.description))
            summary = "promise kept on \(day): \(action.title)"
        case .task:
            edits.append(try file.tickingToDo(at: action.line))
            summary = "task done: \(action.title)"
        case .statusInquiry:
            summary = "Asked \(who) about the status of the hiring process\(by)."
            edits.append(file.appendingLog(day, summary))
        case .checkIn:
            summary = "Checked in with \(who)\(by): asked whether they need anything else from me to make the decision."
            edits.append(file.appendingLog(day, summary))
        case .askReferences:
            summary = "Asked \(who)\(by) whether \(app.company) or a reference-check company has called."
            edits.append(file.appendingLog(day, summary))
        case .requestWrittenOffer:
            edits.append(try file.setting(YAMLPath([.key("offer"), .key("requested")]), to: day.description))
            summary = "Asked \(app.company)\(by) for the offer in writing."
            edits.append(file.appendingLog(day, summary))
        case .reviewOfferLetter:
            edits.append(try file.setting(YAMLPath([.key("offer"), .key("reviewed")]), to: day.description))
            let missing = Offer.Term.allCases.filter { !(app.offer?.has($0) ?? false) }.map(\.rawValue)
            summary = "Checked the offer letter and asked \(app.company)\(by) to spell out \(Wording.list(missing))."
            edits.append(file.appendingLog(day, summary))
        }
        let edited = try file.applying(edits)
        if let after = edited.application, self.action(id, in: after, today: today, settings: settings) != nil {
            throw EditRefusal("recording it on \(day) would not settle \(id): \(day > today ? "that day is after today" : "the playbook needs a later day") (\(action.explain))")
        }
        return Record(edits: edits, summary: summary)
    }

    /// Every action id due in the journal on `today`: what completion offers for `done`.
    public static func ids(in journal: Journal, today: Day) -> [String] {
        Playbook.standard.actions(for: journal, today: today).map(\.id)
    }
}
