import JobJournalCore
import JobJournalIO
import JobJournalPlaybook
import Dispatch
import Glibc

/// What a `DayMemo` keeps of each open application for the day, and how it is kept in binary:
/// its actions (`KeptActions`, for `due` and `report`), or the agenda's JSON objects of them
/// (`KeptAgenda`, for `due --format json`).
package protocol DayMemoRecord: SendableMetatype {
    associatedtype Value
    /// The memo's name: its file is `NAME-HASH.KIND-cache` beside the parse cache, and its
    /// purpose `KIND DAY`.
    static var kind: String { get }
    /// `value` of `app`, written to `w`; what the application itself says (its file, company
    /// and position) need not be, as `decode` is given it again.
    static func encode(_ value: Value, of app: Application, into w: inout CacheWriter)
    /// The value `encode` wrote, read from `r`, whose bytes stay where they are while the
    /// memo is held.
    static func decode(_ r: inout CacheReader, of app: Application, today: Day) throws(CacheCorrupt) -> Value
}

/// What the playbook worked out on a day, for each application of a journal read through its
/// parse cache, kept beside that cache (`CacheFile`, purpose `KIND DAY`), so that a run on the
/// same day takes each unchanged application's from it rather than putting the application
/// through every rule again (and, for the agenda as JSON, writing each action out again).
/// What the playbook gives depends on the application, the day and the settings alone; the
/// record of an application is used only when the parse cache vouched for the very reading of
/// its file it was worked out from (`Revision`: the same stat, looked at on the same run), on
/// the same day, with the same settings and build. Any other application's is worked out as
/// without it, and kept for the next run.
///
/// Only `due` and `report` use one: they work out every application's actions, while the
/// others read a few or none. Like the parse cache, it is written aside, only when something
/// is new, and never trusted when anything about it is amiss.
package final class DayMemo<Record: DayMemoRecord>: @unchecked Sendable {
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
    /// The applications whose record was taken from the memo.
    private let recalled: Slots<Bool>
    /// Records decoded while the journal was loaded (`ReadAhead`), by their place in the memo.
    private let decoded: Slots<Record.Value>?
    private let today: Day
    /// The moment this run looked at the files (`CacheReading.lookedAt`).
    private let lookedAt: Int64
    /// Whether `finish` wrote the memo (for tests).
    package private(set) var wrote = false

    /// Whether this run can take anything from the memo or keep anything in it: not when there
    /// is no memo for the day and the parse cache vouched for no file (a cold run, or one after
    /// a change of settings or build), when the caller may as well do without it.
    package var isOfUse: Bool {
        previous != nil || revisions.contains { $0.map { $0.lookedAt != lookedAt } ?? false }
    }

    /// How many applications' records were taken from the memo (for tests).
    package var taken: Int { revisions.indices.count { !recalled.isEmpty(at: $0) } }

    /// The memo of `journal` for `today`; nil when the journal was not read through the
    /// parse cache (`--no-cache`, or no cache folder of the user's own). With `ahead`, the
    /// memo file as read while the journal was loaded, and the records decoded then.
    package init?(journal: Journal, today: Day, ahead: ReadAhead? = nil) {
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

    private static func purpose(_ today: Day) -> String { "\(Record.kind) \(today)" }

    package static func path(realRoot: String, folder: String) -> String {
        CacheFile.file(forJournal: realRoot, in: folder, kind: "\(Record.kind)-cache")
    }

    /// The memo file of the journal at `root` (in the caches' `folder`), read on another
    /// thread while the journal is loaded: the actions' 8.5 MB for 10,000 applications, checked
    /// and listed, take nearly as long as the parse cache's. Nil without a folder of the
    /// user's own.
    ///
    /// As the loader's `ReadingPlan`, it tells it to read no more than the summary of a closed
    /// application (which has no actions) and of one whose record it has for the file as the
    /// parse cache vouches for it, decoding that record there and then: for `due`, which
    /// shows actions and needs nothing else of the applications.
    package final class ReadAhead: ReadingPlan, @unchecked Sendable {
        private let today: Day
        let done = DispatchGroup()
        /// The memo, once `done`; written by the thread that reads it, before it signals.
        private(set) var memo: (file: CacheFile, decoded: Slots<Record.Value>)?

        package init?(root: String, folder: String?, today: Day) {
            // A folder not the user's own is not read from (`CacheFile.isPrivate`).
            guard let folder, CacheFile.isPrivate(folder), let real = FileSystem.realPath(root) else { return nil }
            self.today = today
            let path = DayMemo.path(realRoot: real, folder: folder), purpose = DayMemo.purpose(today)
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
            guard let memo, let (ordinal, value) = DayMemo.record(in: memo.file, of: summary, revision: revision, today: today)
            else { return false }
            memo.decoded.store(value, at: ordinal)
            return true
        }
    }

    /// The record `memo` keeps for `app`, decoded, and its place in the memo, when it was
    /// worked out from the file at `revision`; nil when it was not, or cannot be read.
    private static func record(in memo: CacheFile, of app: Application, revision: Revision,
                               today: Day) -> (ordinal: Int, value: Record.Value)? {
        guard let entry = memo.entries[app.file], entry.lookedAt == revision.lookedAt, entry.stamp == FileStamp(revision)
        else { return nil }
        var r = CacheReader(memo.bytes, from: entry.record.lowerBound, to: entry.record.upperBound)
        guard let value = try? Record.decode(&r, of: app, today: today), r.isAtEnd else { return nil }
        return (entry.ordinal, value)
    }

    /// What the memo keeps for the open application at `index` of the journal's, when it was
    /// worked out from the file as it is; nil when it was not. Its bytes stay in the memo read
    /// until `finish`.
    package func recall(_ index: Int, of app: Application) -> Record.Value? {
        guard let previous, let revision = revisions[index] else { return nil }
        // Decoded while loading (`ReadAhead`): the same file, the same revision.
        if let entry = previous.entries[app.file], let value = decoded?.take(at: entry.ordinal) {
            recalled.store(true, at: index)
            return value
        }
        guard let (_, value) = Self.record(in: previous, of: app, revision: revision, today: today) else { return nil }
        recalled.store(true, at: index)
        return value
    }

    /// What this run worked out for the open application at `index`, to keep.
    package func keep(_ value: Record.Value, at index: Int) {
        // Only for a file the parse cache vouched for: one parsed on this run waits for the
        // next, which finds it vouched for (or parses it again, too recently changed). A run
        // that parsed every file (the first, or after a change of settings or build) so
        // writes the parse cache alone, as before there was a memo.
        guard let revision = revisions[index], revision.lookedAt != lookedAt else { return }
        var w = CacheWriter(capacity: 1024)
        Record.encode(value, of: applications[index], into: &w)
        worked.store(w.bytes, at: index)
    }

    /// Once the playbook is done, and what was recalled is no longer needed: writes the memo
    /// aside (`CacheFile.writeAside`) when it is worth it (`worthWriting`), and lets go of the
    /// memo read.
    package func finish() {
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

    /// Whether the memo is worth writing, when this run worked out the record of `workedOut`
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
}
