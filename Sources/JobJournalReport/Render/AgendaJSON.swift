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

    /// The agenda of `journal` as JSON, written to `sink`: what `due --format json` shows.
    /// With `memo`, each open application's actions are copied out as the memo keeps them when
    /// its file is unchanged, and otherwise worked out and written, and kept for the next run;
    /// the memo is finished (`DayMemo.finish`) once they are written. Without one, the
    /// playbook's actions are written (`render(_:today:to:)`): the same bytes. So are they
    /// when the memo is of no use on this run (`DayMemo.isOfUse`): streamed as they are
    /// written, not held until all are (23 MB for 10,000 applications).
    package static func render(_ journal: Journal, today: Day, within days: Int, memo: AgendaMemo?,
                               to sink: inout some ByteSink) {
        guard let memo, memo.isOfUse else {
            var actions = Playbook.standard.actions(for: journal, today: today)
            actions.keepAgenda(today: today, within: days)
            render(actions, today: today, to: &sink)
            return
        }
        let applications = journal.applications, settings = journal.settings
        // What this run wrote, held until it is written out.
        let written = Slots<OutputBytes>(count: applications.count)
        let perApplication = Parallel.map(Array(applications.indices)) { index -> [RenderedAction] in
            let app = applications[index]
            guard !app.status.isClosed else { return [] }
            if let kept = memo.recall(index, of: app) { return kept }
            let actions = Playbook.standard.actions(of: app, today: today, settings: settings)
            // Each object's place in the writer's bytes, which may move until all are written.
            var w = JSONWriter(valueAtDepth: 2, capacity: 4096)
            var spans: [(due: Day, range: Range<Int>)] = []
            for case let action? in actions {
                let start = w.written.bytes.count
                write(action, to: &w)
                spans.append((action.due, start..<w.written.bytes.count))
            }
            let (bytes, owner) = w.written
            written.store(owner, at: index)
            let rendered = spans.map { RenderedAction(due: $0.due, json: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[$0.range])) }
            memo.keep(rendered, at: index)
            return rendered
        }
        let horizon = today.adding(days: days)
        var keys: [Playbook.AgendaKey] = []
        for part in perApplication.indices {
            for item in perApplication[part].indices where perApplication[part][item].due <= horizon {
                keys.append(Playbook.AgendaKey(due: perApplication[part][item].due, part: part, item: item))
            }
        }
        JSONWriter.document(today: today, key: "actions", to: &sink) { w, sink in
            for key in Playbook.agendaOrder(keys, of: applications) {
                w.element(json: perApplication[Int(key.part)][Int(key.item)].json)
                if w.written.bytes.count >= 1 << 16 { w.flush(into: &sink) }
            }
        }
        withExtendedLifetime(written) { memo.finish() }
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
