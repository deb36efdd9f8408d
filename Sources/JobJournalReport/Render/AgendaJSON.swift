import JobJournalCore
import JobJournalIO
import JobJournalPlaybook

/// The agenda as JSON for `due --format json`, and the action object that `due` and
/// `report` share (documented in docs/json.md).
public enum AgendaJSON {
    /// `{"schema": 1, "today": ..., "actions": [...]}`.
    public static func render(_ actions: [DueAction], today: Day) -> String {
        JSONWriter.document(today: today, key: "actions", actions, write)
    }

    /// The same, written to `sink` as it goes.
    public static func render(_ actions: [DueAction], today: Day, to sink: inout some ByteSink) {
        JSONWriter.document(today: today, key: "actions", actions, write, to: &sink)
    }

    static func write(_ action: DueAction, to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", action.id)
        w.field("application", action.application)
        w.field("company", action.company)
        w.field("position", action.position)
        w.field("kind", action.kind.rawValue)
        w.field("due", action.due)
        w.field("status", action.status.rawValue)
        w.field("title", action.title)
        w.field("channel", action.channel?.description)
        w.field("who", action.who)
        w.field("explain", action.explain)
        w.field("line", action.line)
        w.key("commands")
        w.beginArray()
        action.withCommands { w.string(utf8: $0) }
        w.endArray()
        w.endObject()
    }
}
