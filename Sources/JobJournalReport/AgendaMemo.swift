import JobJournalCore
import JobJournalIO
import JobJournalPlaybook

/// The day's agenda as JSON kept beside the parse cache (`NAME-HASH.agenda-cache`), for
/// `due --format json`: each application's actions as the JSON objects that command writes,
/// and the day each falls due. A warm run copies them out in agenda order: writing 25,000
/// actions' objects again, escaping every string and shell-quoting every command, had been
/// the larger part of its work.
package typealias AgendaMemo = DayMemo<KeptAgenda>

/// One action of the agenda, written out: its due day and its JSON object, as `AgendaJSON`
/// writes it in the document's array (its members indented for that depth). The bytes lie in
/// the memo read or in what this run wrote, held until the agenda is written out.
package struct RenderedAction: @unchecked Sendable {
    package var due: Day
    package var json: UnsafeRawBufferPointer
}

/// An application's actions as `RenderedAction`s, in the order the playbook gave them.
package enum KeptAgenda: DayMemoRecord {
    package static let kind = "agenda"

    package static func encode(_ actions: [RenderedAction], of app: Application, into w: inout CacheWriter) {
        w.unsigned(UInt64(actions.count))
        for action in actions {
            w.int(Int(action.due.ordinal))
            w.unsigned(UInt64(action.json.count))
            w.raw(action.json)
        }
    }

    package static func decode(_ r: inout CacheReader, of app: Application, today: Day) throws(CacheCorrupt) -> [RenderedAction] {
        let count = try r.count()
        var actions: [RenderedAction] = []
        actions.reserveCapacity(count)
        for _ in 0..<count {
            let due = Day(ordinal: try r.int())
            let json = try r.slice(try r.count())
            actions.append(RenderedAction(due: due, json: UnsafeRawBufferPointer(rebasing: r.base[json])))
        }
        return actions
    }
}
