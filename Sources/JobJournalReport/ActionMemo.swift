import JobJournalCore
import JobJournalIO
import JobJournalPlaybook
import Dispatch
import Glibc

/// The day's actions of a journal read through its parse cache, kept beside that cache
/// (`CacheFile`, purpose `actions DAY`), so that a run on the same day takes each unchanged
/// application's actions from it rather than putting the application through every rule
/// again. What the playbook gives depends on the application, the day and the settings alone;
/// the record of an application is used only when the parse cache vouched for the very reading
/// of its file the actions were worked out from (`Revision`: the same stat, looked at on the
/// same run), on the same day, with the same settings and build. Any other application's
/// actions are worked out as without it, and kept for the next run.
///
/// Only `due` and `report` use it: they work out every application's actions, while the others
/// read a few or none. Like the parse cache, it is written aside, only when something is new,
/// and never trusted when anything about it is amiss.
public final class ActionMemo: ActionStore, @unchecked Sendable {
    private let path: String
    private let identity: CacheFile.Identity
    /// The memo read, until `finish`.
    private var previous: CacheFile?
    /// Each application's revision, in the order given to the playbook.
    private let revisions: [Revision?]
    /// The applications, in that order (the journal's array, shared).
    private let applications: [Application]
    /// The records this run worked out, by application; filled from several threads, each
    /// application's by one.
    private let worked: Slots<[UInt8]>
    /// The applications whose actions were taken from the memo.
    private let recalled: Slots<Bool>
    /// Actions decoded while the journal was loaded (`ReadAhead`), by their place in the memo.
    private let decoded: Slots<[DueAction?]>?
    private let today: Day
    /// The moment this run looked at the files (`CacheReading.lookedAt`).
    private let lookedAt: Int64
    /// Whether `finish` wrote the memo (for tests).
    package private(set) var wrote = false

    /// How many applications' actions were taken from the memo (for tests).
    package var taken: Int { revisions.indices.count { !recalled.isEmpty(at: $0) } }

    /// The memo of `journal` for `today`; nil when the journal was not read through the
    /// parse cache (`--no-cache`, or no cache folder of the user's own). With `ahead`, the
    /// memo file as read while the journal was loaded, and the actions decoded then.
    public init?(journal: Journal, today: Day, ahead: ReadAhead? = nil) {
        guard let reading = journal.cacheReading else { return nil }
        self.today = today
        identity = CacheFile.Identity(root: reading.realRoot, purpose: Self.purpose(today), settings: reading.settings)
        path = Self.path(realRoot: reading.realRoot, folder: reading.folder)
        revisions = reading.applicationRevisions(in: journal)
        lookedAt = reading.lookedAt
        applications = journal.applications
        worked = Slots(count: revisions.count)
        recalled = Slots(count: revisions.count)
        if let ahead {
            // Its settings are not compared: an application's record is used only when its
            // revision is the parse cache's, which was read with the same settings as then.
            ahead.done.wait()
            previous = ahead.memo?.file
            decoded = ahead.memo?.decoded
        } else {
            previous = CacheFile.read(path, identity: identity)
            decoded = nil
        }
    }

    private static func purpose(_ today: Day) -> String { "actions \(today)" }

    package static func path(realRoot: String, folder: String) -> String {
        CacheFile.file(forJournal: realRoot, in: folder, kind: "actions-cache")
    }

    /// The memo file of the journal at `root` (in the caches' `folder`), read on another
    /// thread while the journal is loaded: its 8.5 MB for 10,000 applications, checked and
    /// listed, take nearly as long as the parse cache's. Nil without a folder of the user's own.
    ///
    /// As the loader's `ReadingPlan`, it tells it to read no more than the summary of a closed
    /// application (which has no actions) and of one whose actions it has for the file as the
    /// parse cache vouches for it, decoding those actions there and then: for `due`, which
    /// shows actions and needs nothing else of the applications.
    public final class ReadAhead: ReadingPlan, @unchecked Sendable {
        private let today: Day
        let done = DispatchGroup()
        /// The memo, once `done`; written by the thread that reads it, before it signals.
        private(set) var memo: (file: CacheFile, decoded: Slots<[DueAction?]>)?

        public init?(root: String, folder: String?, today: Day) {
            // A folder not the user's own is not read from (`CacheFile.isPrivate`).
            guard let folder, CacheFile.isPrivate(folder), let real = FileSystem.realPath(root) else { return nil }
            self.today = today
            let path = ActionMemo.path(realRoot: real, folder: folder), purpose = ActionMemo.purpose(today)
            // What the journal's loading cannot change is checked here; the rest is in the
            // revisions of each application (see `init`).
            DispatchQueue.global().async(group: done) { [self] in
                let file = CacheFile.read(path) {
                    $0.root == real && $0.purpose == purpose && $0.version == JobJournalVersion.string && $0.build == CacheFile.buildStamp
                }
                memo = file.map { ($0, Slots(count: $0.entries.count)) }
            }
        }

        package func summaryIsEnough(_ summary: Application, revision: Revision) -> Bool {
            if summary.status.isClosed { return true }
            done.wait()
            guard let memo, let (ordinal, actions) = ActionMemo.actions(in: memo.file, of: summary, revision: revision, today: today)
            else { return false }
            memo.decoded.store(actions, at: ordinal)
            return true
        }
    }

    /// The actions `memo` keeps for `app`, and their record's place in it, when they were
    /// worked out from the file at `revision`; nil when they were not, or cannot be read.
    private static func actions(in memo: CacheFile, of app: Application, revision: Revision,
                                today: Day) -> (ordinal: Int, actions: [DueAction?])? {
        guard let entry = memo.entries[app.file], entry.lookedAt == revision.lookedAt, entry.stamp == FileStamp(revision)
        else { return nil }
        var r = CacheReader(memo.bytes, from: entry.record.lowerBound, to: entry.record.upperBound)
        guard let actions = try? decode(&r, of: app, today: today), r.isAtEnd else { return nil }
        return (entry.ordinal, actions)
    }

    public func recall(_ index: Int, of app: Application) -> [DueAction?]? {
        guard let previous, let revision = revisions[index] else { return nil }
        // Decoded while loading (`ReadAhead`): the same file, the same revision.
        if let entry = previous.entries[app.file], let actions = decoded?.take(at: entry.ordinal) {
            recalled.store(true, at: index)
            return actions
        }
        guard let (_, actions) = Self.actions(in: previous, of: app, revision: revision, today: today) else { return nil }
        recalled.store(true, at: index)
        return actions
    }

    public func keep(_ actions: [DueAction?], at index: Int) {
        // Only for a file the parse cache vouched for: one parsed on this run waits for the
        // next, which finds it vouched for (or parses it again, too recently changed). A run
        // that parsed every file (the first, or after a change of settings or build) so
        // writes the parse cache alone, as before there was a memo.
        guard let revision = revisions[index], revision.lookedAt != lookedAt else { return }
        var w = CacheWriter(capacity: 400 * max(actions.count, 1))
        Self.encode(actions, of: applications[index], into: &w)
        worked.store(w.bytes, at: index)
    }

    /// Once the playbook is done: writes the memo aside (`CacheFile.writeAside`) when it is
    /// worth it (`worthWriting`), and lets go of the memo read.
    public func finish() {
        // The memo read (8.5 MB, and a table of 10,000 names) is let go of on another thread:
        // the command need not wait while it is taken apart.
        defer {
            let read = previous
            previous = nil
            DispatchQueue.global().async { withExtendedLifetime(read) {} }
        }
        let workedOut = revisions.indices.count { !worked.isEmpty(at: $0) }
        let taken = revisions.indices.count { !recalled.isEmpty(at: $0) }
        guard Self.worthWriting(workedOut: workedOut, gone: (previous?.entries.count ?? 0) - taken,
                                open: workedOut + taken, memo: previous != nil), workedOut + taken > 0 else { return }
        var lines: [CacheFile.Line] = []
        for index in revisions.indices {
            guard let revision = revisions[index] else { continue }
            let stamp = FileStamp(revision)
            if let record = worked.take(at: index) {
                lines.append(CacheFile.Line(name: applications[index].file, stamp: stamp, lookedAt: revision.lookedAt, record: .new(record)))
            } else if !recalled.isEmpty(at: index), let entry = previous?.entries[applications[index].file] {
                lines.append(CacheFile.Line(name: applications[index].file, stamp: stamp, lookedAt: revision.lookedAt, record: .kept(entry.record)))
            }
        }
        CacheFile.writeAside(lines, identity: identity, previous: previous, to: path)
        wrote = true
    }

    /// Whether the memo is worth writing, when this run worked out the actions of `workedOut`
    /// of the `open` applications it put through the playbook and `gone` of the memo's records
    /// were of no use: when there is no memo for the day yet, or when at least one in a hundred
    /// was worked out or gone. Writing it costs about what working out a thousand
    /// applications' actions does (8.5 MB for 10,000 applications, each edited run's worth
    /// again); below that share, the next runs work those few out again instead, and the
    /// first run past it writes them all.
    static func worthWriting(workedOut: Int, gone: Int, open: Int, memo: Bool) -> Bool {
        guard memo else { return true }
        // An application edited is both: worked out, and its old record of no use.
        let changed = max(workedOut, gone)
        return changed > 0 && changed >= max(1, open / 100)
    }

    // MARK: One application's actions in binary

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
