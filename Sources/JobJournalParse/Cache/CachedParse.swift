import JobJournalCore
import JobJournalIO
import Dispatch
import Glibc

/// Reading a whole journal through its parse cache: each file's stat is compared with the
/// cache's; a file it proves unchanged is taken from the cache, every other file is read and
/// parsed as without one. Then, only when something changed (a file new, changed, gone, or
/// one that was too recently changed to be trusted now provably settled), the cache is
/// written anew, the records of unchanged files copied over as they were.
struct CachedParse {
    let folder: String
    let path: String
    let identity: CacheFile.Identity
    let previous: CacheFile?
    /// The wall time before any file of this run is looked at.
    let startedAt: Int64

    /// Nil when the journal has no real path, or the caches' folder is not the user's own
    /// (then no cache is used).
    init?(root: String, folder: String, settings: UInt64) {
        guard let real = FileSystem.realPath(root) else { return nil }
        startedAt = FileStamp.now()
        self.folder = folder
        identity = CacheFile.Identity(root: real, purpose: "parse", settings: settings)
        path = CacheFile.file(forJournal: real, in: folder)
        // A folder of another's, or open to others, is not used at all (`isPrivate`); one not
        // there yet is made private when the cache is first written.
        let usable = FileSystem.kind(of: folder) == .missing || CacheFile.isPrivate(folder)
        guard usable else { return nil }
        previous = CacheFile.read(path, identity: identity)
    }

    /// A file's line in the next cache (none when it could not be read), and what it tells
    /// the next run that this run's cache does not.
    private struct Outcome {
        var line: CacheFile.Line?
        var parsed: Bool
        /// The cache had a line for the file.
        var known: Bool
        /// Its line differs from the cache's, or is new: worth writing.
        var news: Bool
    }

    /// What a read through the cache did, for tests and measurements.
    struct Run {
        var files: [ParsedFile]
        /// Each file's revision (`Revision`): nil for a file that could not be read.
        var revisions: [Revision?]
        /// How many files were taken from the cache rather than read.
        var fromCache: Int
        /// Whether the cache was written.
        var wrote: Bool
    }

    /// Reads the files through the cache, then writes it when something changed: before
    /// returning, or with `writeAside` on another thread (`CacheFile.writeAside`).
    ///
    /// With a `plan`, an application it needs only the summary of is read no further.
    func run(_ targets: [(path: String, open: String)], settings: Settings, workers: Int, writeAside: Bool = false,
             plan: (any ReadingPlan)? = nil) -> Run {
        let files = Slots<ParsedFile>(count: targets.count)
        let results = Slots<Outcome>(count: targets.count)
        let workerCount = max(1, min(workers, targets.count / 8))
        // Each file's stat is taken from the journal's folder, held open: looking up every
        // part of each path from the current folder was a tenth of a warm run's system time.
        let root = open(identity.root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if root >= 0 { close(root) } }
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            var buffer: [UInt8] = []
            var index = worker
            while index < targets.count {
                let (file, outcome) = self.outcome(targets[index], root: root, settings: settings, plan: plan, buffer: &buffer)
                files.store(file, at: index)
                results.store(outcome, at: index)
                index += workerCount
            }
        }
        let outcomes = results.take()
        let wrote = needsWriting(outcomes)
        if wrote {
            let lines = outcomes.compactMap(\.line)
            if writeAside {
                CacheFile.writeAside(lines, identity: identity, previous: previous, to: path)
            } else {
                CacheFile.write(lines, identity: identity, previous: previous, to: path)
            }
        }
        return Run(files: files.take(), revisions: outcomes.map { $0.line.map { $0.stamp.revision(lookedAt: $0.lookedAt) } },
                   fromCache: outcomes.count { !$0.parsed }, wrote: wrote)
    }

    /// `root`: the journal's folder, open (-1 when it could not be opened); the targets' paths
    /// are relative to it.
    private func outcome(_ target: (path: String, open: String), root: Int32, settings: Settings, plan: (any ReadingPlan)?,
                         buffer: inout [UInt8]) -> (ParsedFile, Outcome) {
        let shown = JournalLoader.display(target.open)
        // A file the cache has a record of is looked at before it is read: a change after
        // this moment moves the stat away from the one kept, and the next run reads it again.
        let entry = previous?.entries[target.path]
        if let previous, let entry, let stamp = root >= 0 ? FileStamp.of(target.path, in: root) : FileStamp.of(target.open),
           let file = Self.fresh(entry, of: previous, name: target.path, stamp: stamp, displayPath: shown, plan: plan) {
            let line = CacheFile.Line(name: target.path, stamp: stamp, lookedAt: entry.lookedAt, record: .kept(entry.record))
            return (file, Outcome(line: line, parsed: false, known: true, news: false))
        }
        // Any other file's stamp is the stat of the file opened, taken before it is read.
        let (file, stamp) = JournalLoader.readAndParse(target, settings: settings, buffer: &buffer)
        guard let stamp else { return (file, Outcome(line: nil, parsed: true, known: false, news: false)) }
        // Room for most records at once (1.2 KiB on average for a generated application):
        // growing the buffer twice on the way cost a sixth of encoding.
        var w = CacheWriter(capacity: 2048)
        ParsedFileCoding.encode(file, into: &w)
        let line = CacheFile.Line(name: target.path, stamp: stamp, lookedAt: startedAt, record: .new(w.bytes))
        // Parsed again with the same stat: the record was too recent to trust. Writing helps
        // only once this run's look proves it settled.
        let news = entry.map { $0.stamp != stamp || !CacheFile.isRacy(stamp, lookedAt: startedAt) } ?? true
        return (file, Outcome(line: line, parsed: true, known: entry != nil, news: news))
    }

    /// `entry`'s record in `cache`, the file `name`'s, decoded when `stamp` proves it current;
    /// nil when the file must be read again.
    private static func fresh(_ entry: CacheFile.Entry, of cache: CacheFile, name: String, stamp: FileStamp,
                              displayPath: String, plan: (any ReadingPlan)?) -> ParsedFile? {
        guard entry.isFresh(for: stamp) else { return nil }
        var r = CacheReader(cache.bytes, from: entry.record.lowerBound, to: entry.record.upperBound)
        let revision = stamp.revision(lookedAt: entry.lookedAt)
        let enough = plan.map { plan in { (summary: Application) in plan.summaryIsEnough(summary, revision: revision) } }
        guard let file = try? ParsedFileCoding.decode(&r, path: name, displayPath: displayPath, summaryIsEnough: enough),
              r.isAtEnd else { return nil }
        return file
    }

    /// Whether writing the cache would tell the next run anything this one's cache does not:
    /// a file's line new or changed, or a file of the cache's gone.
    private func needsWriting(_ outcomes: [Outcome]) -> Bool {
        guard let previous else { return true }
        var known = 0
        for outcome in outcomes {
            if outcome.news { return true }
            if outcome.known { known += 1 }
        }
        return known != previous.entries.count
    }
}
