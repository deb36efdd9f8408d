import JobJournalCore
import JobJournalIO
import JobJournalPlaybook
import Glibc

/// The day's actions kept beside the parse cache (`NAME-HASH.actions-cache`), for `due` as
/// text and iCalendar and for `report`: each application's as the playbook gave them.
package typealias ActionMemo = DayMemo<KeptActions>

/// The playbook takes an application's actions from the memo, and gives it those it works out.
extension DayMemo: ActionStore where Record == KeptActions {}

/// An application's actions in binary: as the playbook gave them, but for what the
/// application itself says (its file, company and position) and what the day says (each
/// action's timing).
package enum KeptActions: DayMemoRecord {
    package static let kind = "actions"

    /// The playbook's kinds, in rank order: a kind is kept as its place here.
    private static let kinds = Playbook.standard.kinds
    private static let rank = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })

    /// `idBase/kind/` and the rest of an id read from `r`, made in one string.
    private static func id(_ idBase: String, _ kind: DueAction.Kind, _ r: inout CacheReader) throws(CacheCorrupt) -> String {
        let rest = try r.slice(try r.count())
        var base = idBase, name = kind.rawValue
        let bytes = r.base
        return base.withUTF8 { base in
            name.withUTF8 { name in
                String(unsafeUninitializedCapacity: base.count + name.count + 2 + rest.count) { out in
                    var at = 0
                    func put(_ part: UnsafeRawBufferPointer) {
                        UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: out[at..<(at + part.count)])).copyMemory(from: part)
                        at += part.count
                    }
                    put(UnsafeRawBufferPointer(base))
                    out[at] = UInt8(ascii: "/")
                    at += 1
                    put(UnsafeRawBufferPointer(name))
                    out[at] = UInt8(ascii: "/")
                    at += 1
                    put(UnsafeRawBufferPointer(rebasing: bytes[rest]))
                    return at
                }
            }
        }
    }

    /// The actions as the playbook gave them, but for what the application itself says
    /// (its file, company and position) and what the day says (each action's timing).
    package static func encode(_ actions: [DueAction?], of app: Application, into w: inout CacheWriter) {
        w.unsigned(UInt64(actions.count { $0 != nil }))
        var idBase = app.idBase
        for case let action? in actions {
            w.unsigned(UInt64(rank[action.kind] ?? kinds.count))
            // An id is nearly always the application's `idBase`, the kind and what follows
            // (`DUE/thank-you/2026-11-19`): only what follows is kept, a sixth of the record.
            var id = action.id, kind = action.kind.rawValue
            let after = id.withUTF8 { id in
                idBase.withUTF8 { base in
                    kind.withUTF8 { kind -> Int? in
                        let length = base.count + kind.count + 2
                        guard id.count >= length, id[base.count] == UInt8(ascii: "/"), id[length - 1] == UInt8(ascii: "/"),
                              let start = id.baseAddress, let baseStart = base.baseAddress, let kindStart = kind.baseAddress,
                              memcmp(start, baseStart, base.count) == 0,
                              memcmp(start + base.count + 1, kindStart, kind.count) == 0 else { return nil }
                        return length
                    }
                }
            }
            w.bool(after != nil)
            if let after {
                id.withUTF8 { id in
                    w.unsigned(UInt64(id.count - after))
                    w.raw(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(id)[after...]))
                }
            } else {
                w.string(id)
            }
            w.int(Int(action.due.ordinal))
            w.string(action.title)
            w.bool(action.channel != nil)
            if let channel = action.channel { w.string(channel.name) }
            w.unsigned(UInt64(action.who.count))
            for name in action.who { w.string(name) }
            w.string(action.explain)
            w.int(action.line)
        }
    }

    package static func decode(_ r: inout CacheReader, of app: Application, today: Day) throws(CacheCorrupt) -> [DueAction?] {
        let count = try r.count()
        let idBase = app.idBase
        var actions: [DueAction?] = []
        actions.reserveCapacity(count)
        for _ in 0..<count {
            let rank = try r.unsigned()
            guard rank < kinds.count else { throw CacheCorrupt() }
            let kind = kinds[Int(rank)]
            let id = try r.bool() ? try Self.id(idBase, kind, &r) : try r.string()
            let due = Day(ordinal: try r.int())
            let title = try r.string()
            let channel = try r.bool() ? Channel(try r.string()) : nil
            var who: [String] = []
            let people = try r.count()
            who.reserveCapacity(people)
            for _ in 0..<people { who.append(try r.string()) }
            let explain = try r.string()
            let line = try r.int()
            actions.append(DueAction(id: id, application: app.file, company: app.company, position: app.position, kind: kind,
                                     due: due, status: DueAction.Timing(due: due, today: today), title: title,
                                     channel: channel, who: who, explain: explain, line: line))
        }
        return actions
    }
}
