import JobJournalCore
import JobJournalPlaybook

/// `jobjournal done ACTION-ID`: applies what the action's rule records for it (`Rule.done`,
/// in the rule's file), so that the action is settled and leaves the agenda.
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

    /// The edits that record `action` as done on `day`, checked to settle it. `note` ends the
    /// log entry the record writes, if it writes one (`mail` names the message there).
    public static func record(_ id: String, in file: EditableFile, today: Day, settings: Settings, on day: Day,
                              via channel: Channel?, note: String = "") throws(EditRefusal) -> Record {
        let app = try file.requireApplication()
        guard let action = action(id, in: app, today: today, settings: settings) else {
            throw EditRefusal("\(id) is not due as of \(today) (run 'jobjournal due --explain' for the ids)")
        }
        guard let rule = Playbook.standard.rule(for: action.kind) else {
            throw EditRefusal("\(id): the playbook has no rule for \(action.kind)")
        }
        let record = rule.done(action, on: day, via: channel, in: app)
        var edits: [LineEdit] = []
        for change in record.changes {
            switch change {
            case .set(let field, let value):
                edits.append(try file.setting(YAMLPath(field), to: FrontMatterEditor.Value(value)))
            case .tickToDo(let line):
                edits.append(try file.tickingToDo(at: line))
            case .log(let sentence):
                edits.append(file.appendingLog(day, sentence + note))
            }
        }
        let edited = try file.applying(edits)
        if let after = edited.application, self.action(id, in: after, today: today, settings: settings) != nil {
            throw EditRefusal("recording it on \(day) would not settle \(id): \(day > today ? "that day is after today" : "the playbook needs a later day") (\(action.explain))")
        }
        return Record(edits: edits, summary: record.summary)
    }

    /// Every action id due in the journal on `today`: what completion offers for `done`.
    public static func ids(in journal: Journal, today: Day) -> [String] {
        Playbook.standard.actions(for: journal, today: today).map(\.id)
    }
}

extension YAMLPath {
    /// A field as the playbook names it: keys, and list items by the line they are written on.
    init(_ field: DoneRecord.Field) {
        self.init(field.steps.map { step in
            switch step {
            case .key(let key): return .key(key)
            case .item(let line): return .line(line)
            }
        })
    }
}

extension FrontMatterEditor.Value {
    init(_ value: DoneRecord.Value) {
        switch value {
        case .scalar(let text): self = .scalar(text)
        case .mapping(let pairs): self = .flowMapping(pairs.map { .init(key: $0.key, value: $0.value) })
        }
    }
}
