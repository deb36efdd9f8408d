import JobJournalCore
import Dispatch

import Glibc

/// A cache file of one journal: for each file read, its stat (`FileStamp`), when it was
/// looked at, and a record of what was worked out from it, so that a file whose stat has not
/// changed is not worked on again. git's index, for Markdown applications. Two kinds are kept
/// (`Identity.purpose`): the parse cache (`CachedParse` in JobJournalParse: each file as
/// parsed) and the day's actions (`ActionMemo` in JobJournalReport: each application's
/// actions on one day); the records are theirs, the file around them is this.
///
/// The file, in order: the magic `JJPARSE\n`; the format version; what the cache is valid for
/// (`Identity`: the journal's real path, its purpose, the jobjournal version and build, the
/// settings); the number of files; for each its path in the journal, device, inode, size,
/// modification and change times, the time it was looked at, and the length of its record;
/// the records; and last a checksum of everything before it. Any difference in the identity,
/// a wrong length, a checksum that does not match: the cache is ignored whole, and written anew.
package struct CacheFile: Sendable {
    /// Bumped whenever the layout, the checksum, `ParsedFileCoding` or a `DayMemoRecord` changes.
    package static let formatVersion: UInt64 = 3
    package static let magic = Array("JJPARSE\n".utf8)
    /// The coarsest clock a journal's file system may keep times with (FAT keeps 2 s): a file
    /// whose modification or change time lies within this of the moment it was looked at may
    /// change again with no change to its stat, so its record is not trusted.
    package static let racyWindow: Int64 = 2_000_000_000
    /// Larger is not a cache jobjournal wrote (a 10,000-application journal's is a few MiB).
    package static let sizeLimit = 1 << 30

    /// What a cache was written for. Anything else: not used.
    package struct Identity: Equatable, Sendable {
        /// The journal's real path, so a cache never serves another journal.
        package var root: String
        /// What the records hold: `parse`, or `actions 2026-11-30` (one day's actions).
        package var purpose: String
        package var version: String = JobJournalVersion.string
        /// The executable's size and modification time: a build of the same version with
        /// another parser (a development build) rebuilds the cache too.
        package var build: (size: Int64, modified: Int64) = CacheFile.buildStamp
        /// A hash of `.jobjournal.yaml` (its key and status maps change what a file reads as).
        package var settings: UInt64

        package init(root: String, purpose: String, settings: UInt64) {
            self.root = root
            self.purpose = purpose
            self.settings = settings
        }

        package static func == (a: Identity, b: Identity) -> Bool {
            a.root == b.root && a.purpose == b.purpose && a.version == b.version && a.build == b.build
                && a.settings == b.settings
        }
    }

    /// One file's line in the cache.
    package struct Entry: Sendable {
        package var stamp: FileStamp
        /// The wall time just before the file was looked at, in nanoseconds.
        package var lookedAt: Int64
        /// Its record, in `bytes`.
        package var record: Range<Int>
        /// Its place among the cache's files, from 0.
        package var ordinal: Int = 0

        /// Whether the stat still proves the record current: equal in every field, and not
        /// changed within `racyWindow` of the moment it was looked at (else it might have
        /// changed again in the same tick of the file system's clock, after it was read).
        package func isFresh(for now: FileStamp) -> Bool {
            stamp == now && !CacheFile.isRacy(stamp, lookedAt: lookedAt)
        }
    }

    package static func isRacy(_ stamp: FileStamp, lookedAt: Int64) -> Bool {
        stamp.latest >= lookedAt &- racyWindow
    }

    /// The cache file, mapped (`MappedFile`), which `entries` point into.
    package let file: MappedFile
    package var bytes: UnsafeRawBufferPointer { file.bytes }
    package let entries: [String: Entry]
    /// What it was written for.
    package let identity: Identity

    // MARK: Reading

    /// The cache at `path` when it is whole and written for `identity`, else nil. Never
    /// waits for a lock: a cache is replaced by rename, so any open finds one whole file.
    /// A link where the cache goes is no cache, whatever it leads to.
    package static func read(_ path: String, identity: Identity) -> CacheFile? {
        read(path) { $0 == identity }
    }

    /// The same, for a cache whose identity `accepts` (checked in full later, by the caller).
    package static func read(_ path: String, accepting accepts: (Identity) -> Bool) -> CacheFile? {
        guard let file = MappedFile(path, limit: sizeLimit, followingLinks: false) else { return nil }
        return CacheFile(file, accepting: accepts)
    }

    /// A cache from bytes in memory (tests).
    package init?(bytes: [UInt8], identity: Identity) {
        self.init(MappedFile(copying: bytes), accepting: { $0 == identity })
    }

    /// Reads the header and the list of files, checking every length; nil when anything is
    /// amiss, or when `accepts` refuses the identity written.
    package init?(_ file: MappedFile, accepting accepts: (Identity) -> Bool) {
        var identity: Identity? = nil
        let parsed: [String: Entry]? = { (raw: UnsafeRawBufferPointer) -> [String: Entry]? in
            guard raw.count >= Self.magic.count + 16,
                  raw.prefix(Self.magic.count).elementsEqual(Self.magic) else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 8)])
            let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self))
            guard CacheChecksum.of(body) == stored else { return nil }
            var r = CacheReader(body, from: Self.magic.count)
            do {
                guard try r.fixed64() == Self.formatVersion else { return nil }
                var found = Identity(root: try r.string(), purpose: try r.string(), settings: 0)
                found.version = try r.string()
                found.build = (try r.fixedSigned64(), try r.fixedSigned64())
                found.settings = try r.fixed64()
                guard accepts(found) else { return nil }
                identity = found
                let count = try r.count()
                var list: [(String, FileStamp, Int64, Int)] = []
                list.reserveCapacity(count)
                for _ in 0..<count {
                    let name = try r.string()
                    let stamp = FileStamp(device: try r.fixed64(), inode: try r.fixed64(), size: try r.fixedSigned64(),
                                          modified: try r.fixedSigned64(), changed: try r.fixedSigned64())
                    let lookedAt = try r.fixedSigned64()
                    let length = try r.count()
                    list.append((name, stamp, lookedAt, length))
                }
                var entries: [String: Entry] = [:]
                entries.reserveCapacity(count)
                for (ordinal, (name, stamp, lookedAt, length)) in list.enumerated() {
                    let record = try r.slice(length)
                    entries[name] = Entry(stamp: stamp, lookedAt: lookedAt, record: record, ordinal: ordinal)
                }
                guard r.isAtEnd, entries.count == count else { return nil }
                return entries
            } catch {
                return nil
            }
        }(file.bytes)
        guard let parsed, let identity else { return nil }
        self.file = file
        self.identity = identity
        self.entries = parsed
    }

    // MARK: Writing

    /// One file as the next cache will hold it: its record copied from the cache read, or
    /// newly encoded.
    package struct Line: Sendable {
        package var name: String
        package var stamp: FileStamp
        package var lookedAt: Int64
        package var record: Record

        package enum Record: Sendable {
            case kept(Range<Int>)
            case new([UInt8])
        }

        package init(name: String, stamp: FileStamp, lookedAt: Int64, record: Record) {
            self.name = name
            self.stamp = stamp
            self.lookedAt = lookedAt
            self.record = record
        }
    }

    /// The whole cache file for `lines`, records of kept files copied from `previous`, given
    /// to `sink` in pieces: the header and the list of files; the records, each run of kept
    /// records that lay one after another in the old file in one piece, straight from its
    /// mapping; then the checksum of all that. Pieces under 64 KiB are gathered first, so a
    /// cache of new records is not written a record a call. (Built whole in memory first, the
    /// cache of 10,000 files took 12 MiB more: a second copy of all of it.)
    package static func encode(_ lines: [Line], identity: Identity, previous: CacheFile?, to sink: inout some ByteSink) {
        var w = CacheWriter(capacity: 256 + 80 * lines.count)
        magic.withUnsafeBytes { w.raw($0) }
        w.fixed64(formatVersion)
        w.string(identity.root)
        w.string(identity.purpose)
        w.string(identity.version)
        w.fixed64(identity.build.size)
        w.fixed64(identity.build.modified)
        w.fixed64(identity.settings)
        w.unsigned(UInt64(lines.count))
        var total = 0
        for line in lines {
            w.string(line.name)
            w.fixed64(line.stamp.device)
            w.fixed64(line.stamp.inode)
            w.fixed64(line.stamp.size)
            w.fixed64(line.stamp.modified)
            w.fixed64(line.stamp.changed)
            w.fixed64(line.lookedAt)
            let length: Int
            switch line.record {
            case .kept(let range): length = range.count
            case .new(let bytes): length = bytes.count
            }
            w.unsigned(UInt64(length))
            total += length
        }
        var sum = CacheChecksum.Running(count: w.bytes.count + total)
        let gather = 1 << 16
        var gathered: [UInt8] = []
        gathered.reserveCapacity(gather)
        func give(_ piece: UnsafeRawBufferPointer) {
            sum.add(piece)
            if gathered.count + piece.count > gather {
                sink.write(gathered)
                gathered.removeAll(keepingCapacity: true)
            }
            if piece.count >= gather { sink.write(piece) } else { gathered.append(contentsOf: piece) }
        }
        w.bytes.withUnsafeBytes { give($0) }
        var run: Range<Int>? = nil  // kept records not yet given, one after another in the old file
        func giveRun() {
            if let kept = run { give(UnsafeRawBufferPointer(rebasing: previous!.bytes[kept])) }
            run = nil
        }
        for line in lines {
            switch line.record {
            case .kept(let range):
                if let kept = run, kept.upperBound == range.lowerBound {
                    run = kept.lowerBound..<range.upperBound
                } else {
                    giveRun()
                    run = range
                }
            case .new(let bytes):
                giveRun()
                bytes.withUnsafeBytes { give($0) }
            }
        }
        giveRun()
        withUnsafeBytes(of: sum.value.littleEndian) { gathered.append(contentsOf: $0) }
        sink.write(gathered)
    }

    /// Puts the cache for `lines` in place of the one at `path` through `AtomicWrite` (written
    /// aside, renamed over: two processes writing at once leave one whole cache). Not flushed
    /// to disk: a crash may lose the cache or leave it torn, which its checksum tells, and a
    /// flush cost a fifth of a second for 10,000 applications. A cache that cannot be written
    /// is no failure of the command: the next run reads the files.
    package static func write(_ lines: [Line], identity: Identity, previous: CacheFile?, to path: String) {
        let folder = AtomicWrite.split(path).folder
        guard makeFolder(folder) else { return }
        // The cache file is jobjournal's own: put in by a plain rename, never written through
        // a link (no editor saves it, so no exchange is needed either).
        try? AtomicWrite.replaceOwn(path) { sink in
            encode(lines, identity: identity, previous: previous, to: &sink)
        }
    }

    /// Writes the cache as `write` does, on another thread, while the command goes on with
    /// what it read: the command need not wait for a file it does not read. The process waits
    /// for every such write before it ends (`exit` runs `waitForWrites`), so no write is cut
    /// short, nor a temporary file left behind.
    package static func writeAside(_ lines: [Line], identity: Identity, previous: CacheFile?, to path: String) {
        writesPending.enter()
        _ = waitsAtExit
        DispatchQueue.global().async {
            write(lines, identity: identity, previous: previous, to: path)
            writesPending.leave()
        }
    }

    /// Waits until every cache write begun aside has ended.
    package static func waitForWrites() { writesPending.wait() }

    private static let writesPending = DispatchGroup()
    /// `waitForWrites` made to run at exit, once (a static is made once, by whichever thread
    /// comes first).
    private static let waitsAtExit: Void = { atexit { CacheFile.waitForWrites() } }()

    /// Creates `folder` and those above it, readable by the user alone (the cache holds what
    /// the notes say); true when it is there and private (`isPrivate`).
    private static func makeFolder(_ folder: String) -> Bool {
        if FileSystem.kind(of: folder) == .missing {
            let parent = AtomicWrite.split(folder).folder
            if parent != folder, FileSystem.kind(of: parent) == .missing, !makeFolder(parent) { return false }
            guard mkdir(folder, 0o700) == 0 || errno == EEXIST else { return false }
        }
        return isPrivate(folder)
    }

    /// Whether the caches' folder is the user's own: a folder, not a link to one, owned by
    /// the user, that no one else may write into. Another's folder (`XDG_CACHE_HOME=/tmp`,
    /// with `/tmp/jobjournal` made by someone else) is not used: a cache found there could
    /// have been made up, and one written there could be swapped for a link.
    package static func isPrivate(_ folder: String) -> Bool {
        var st = stat()
        return lstat(folder, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR && st.st_uid == geteuid() && st.st_mode & 0o022 == 0
    }

    // MARK: Where

    /// The folder the caches are kept in: `$XDG_CACHE_HOME/jobjournal` (an absolute path, as
    /// the XDG spec asks), else `$HOME/.cache/jobjournal`; nil with neither.
    package static func folder(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return FileSystem.join(xdg, "jobjournal") }
        if let home = environment["HOME"], home.hasPrefix("/") { return FileSystem.join(FileSystem.join(home, ".cache"), "jobjournal") }
        return nil
    }

    /// The cache file of the journal whose real path is `realRoot`: its folder's name (to be
    /// told apart by a person), a hash of the whole path (to be told apart by jobjournal), and
    /// `kind`, what it holds.
    package static func file(forJournal realRoot: String, in folder: String, kind: String = "parse-cache") -> String {
        let last = realRoot.split(separator: "/").last.map(String.init) ?? "root"
        var name = ""
        for c in last.unicodeScalars.prefix(40) {
            name.unicodeScalars.append(c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_") ? c : "_")
        }
        var hex = String(CacheChecksum.fnv1a(realRoot.utf8), radix: 16)
        hex = String(repeating: "0", count: 16 - hex.count) + hex
        return FileSystem.join(folder, "\(name)-\(hex).\(kind)")
    }

    /// The executables a cache is valid for: by default the running one. A program made of
    /// several executables names them all (`useBuild(of:)`), so that each trusts the cache the
    /// others wrote rather than each rebuilding it in turn.
    nonisolated(unsafe) private static var executables = ["/proc/self/exe"]

    /// Names the executables of the build, before any cache is read or written.
    package static func useBuild(of paths: [String]) { executables = paths }

    /// The sizes of the build's executables added up, and the latest of their modification
    /// times: a rebuild of any of them changes one or the other.
    package static let buildStamp: (size: Int64, modified: Int64) = {
        var stamp: (size: Int64, modified: Int64) = (0, 0)
        for path in executables {
            var st = stat()
            guard stat(path, &st) == 0 else { continue }
            let file = FileStamp(st)
            stamp = (stamp.size &+ file.size, max(stamp.modified, file.modified))
        }
        return stamp
    }()
}
