import JobJournalCore
import JobJournalPlaybook

/// Actions and reference statuses as JSON objects: the shape `due`, `refs` and `report`
/// share (documented in docs/json.md).
package enum ActionJSON {
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
        w.endObject()
    }

    static func write(_ status: ReferenceStatus, to w: inout JSONWriter) {
        w.beginObject()
        w.field("application", status.application)
        w.field("company", status.company)
        w.field("position", status.position)
        w.field("reference", status.reference)
        w.field("relation", status.relation)
        w.field("state", status.state.name)
        w.field("briefed", status.briefed)
        w.field("called", { if case .called(let d) = status.state { return d } else { return nil } }())
        w.endObject()
    }

    /// `{"schema": 1, "today": ..., "actions": [...]}` for `due --format json`.
    public static func agenda(_ actions: [DueAction], today: Day) -> String {
        document(today: today, key: "actions", actions, write)
    }

    /// `{"schema": 1, "today": ..., "references": [...]}` for `refs --format json`.
    public static func references(_ statuses: [ReferenceStatus], today: Day) -> String {
        document(today: today, key: "references", statuses, write)
    }

    /// `{"schema": 1, "today": ..., KEY: [...]}`.
    private static func document<Element>(today: Day, key: String, _ elements: [Element],
                                          _ write: (Element, inout JSONWriter) -> Void) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("schema", 1)
        w.field("today", today)
        w.key(key)
        w.beginArray()
        for element in elements { write(element, &w) }
        w.endArray()
        w.endObject()
        return w.output
    }
}

public enum AgendaJSON {
    public static func render(_ actions: [DueAction], today: Day) -> String { ActionJSON.agenda(actions, today: today) }
}

public enum ReferencesJSON {
    public static func render(_ statuses: [ReferenceStatus], today: Day) -> String { ActionJSON.references(statuses, today: today) }
}
