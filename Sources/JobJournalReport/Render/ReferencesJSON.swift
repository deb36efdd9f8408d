import JobJournalCore
import JobJournalPlaybook

/// Reference statuses as JSON for `refs --format json`, and the reference object that
/// `refs` and `report` share (documented in docs/json.md).
public enum ReferencesJSON {
    /// `{"schema": 1, "today": ..., "references": [...]}`.
    public static func render(_ statuses: [ReferenceStatus], today: Day) -> String {
        JSONWriter.document(today: today, key: "references", statuses, write)
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
}
