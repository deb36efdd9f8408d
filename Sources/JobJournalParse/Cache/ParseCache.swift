import JobJournalCore
import JobJournalIO
import Dispatch

import Glibc

/// The parse cache of one journal: for each file read, its stat (`FileStamp`), when it was
/// looked at, and what parsing it gave (`ParsedFileCoding`), so that a file whose stat has
/// not changed is not read and parsed again. git's index, for Markdown applications.
///
/// The file, in order: the magic `JJPARSE\n`; the format version; what the cache is valid for
/// (`Identity`: the journal's real path, the jobjournal version and build, the settings); the
/// number of files; for each its path in the journal, device, inode, size, modification and
/// change times, the time it was looked at, and the length of its record; the records; and
/// last a checksum of everything before it. Any difference in the identity, a wrong length, a
/// checksum that does not match: the cache is ignored whole, and written anew.
package struct ParseCache: Sendable {
    /// Bumped whenever the layout or `ParsedFileCoding` changes.
    static let formatVersion: UInt64 = 1
    static let magic = Array("JJPARSE\n".utf8)
    /// The coarsest clock a journal's file system may keep times with (FAT keeps 2 s): a file
    /// whose modification or change time lies within this of the moment it was looked at may
    /// change again with no change to its stat, so its record is not trusted.
    static let racyWindow: Int64 = 2_000_000_000
    /// Larger is not a cache jobjournal wrote (a 10,000-application journal's is a few MiB).
    static let sizeLimit = 1 << 30

    /// What a cache was written for. Anything else: not used.
    package struct Identity: Equatable, Sendable {
        /// The journal's real path, so a cache never serves another journal.
        var root: String
        var version: String = JobJournalVersion.string
        /// The executable's size and modification time: a build of the same version with
        /// another parser (a development build) rebuilds the cache too.
        var build: (size: Int64, modified: Int64) = ParseCache.buildStamp
        /// A hash of `.jobjournal.yaml` (its key and status maps change what a file reads as).
        var settings: UInt64

        package init(root: String, settings: UInt64) {
            self.root = root
            self.settings = settings
        }

        package static func == (a: Identity, b: Identity) -> Bool {
            a.root == b.root && a.version == b.version && a.build == b.build && a.settings == b.settings
        }
    }

    /// One file's line in the cache.
    struct Entry: Sendable {
        var stamp: FileStamp
        /// The wall time just before the file was looked at, in nanoseconds.
        var lookedAt: Int64
        /// Its record, in `bytes`.
        var record: Range<Int>

        /// Whether the stat still proves the record current: equal in every field, and not
        /// changed within `racyWindow` of the moment it was looked at (else it might have
        /// changed again in the same tick of the file system's clock, after it was read).
        func isFresh(for now: FileStamp) -> Bool {
            stamp == now && !ParseCache.isRacy(stamp, lookedAt: lookedAt)
        }
    }

    static func isRacy(_ stamp: FileStamp, lookedAt: Int64) -> Bool {
        stamp.latest >= lookedAt &- racyWindow
    }

    /// The cache file, mapped (`MappedFile`), which `entries` point into.
    let file: MappedFile
    var bytes: UnsafeRawBufferPointer { file.bytes }
    let entries: [String: Entry]

    // MARK: Reading

    /// The cache at `path` when it is whole and written for `identity`, else nil. Never
    /// waits for a lock: a cache is replaced by rename, so any open finds one whole file.
    /// A link where the cache goes is no cache, whatever it leads to.
    static func read(_ path: String, identity: Identity) -> ParseCache? {
        guard let file = MappedFile(path, limit: sizeLimit, followingLinks: false) else { return nil }
        return ParseCache(file, identity: identity)
    }

    /// A cache from bytes in memory (tests).
    init?(bytes: [UInt8], identity: Identity) {
        self.init(MappedFile(copying: bytes), identity: identity)
    }

    /// Reads the header and the list of files, checking every length; nil when anything is amiss.
    init?(_ file: MappedFile, identity: Identity) {
        let parsed: [String: Entry]? = { (raw: UnsafeRawBufferPointer) -> [String: Entry]? in
            guard raw.count >= Self.magic.count + 16,
                  raw.prefix(Self.magic.count).elementsEqual(Self.magic) else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 8)])
            let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self))
            guard CacheChecksum.of(body) == stored else { return nil }
            var r = CacheReader(body, from: Self.magic.count)
            do {
                guard try r.fixed64() == Self.formatVersion else { return nil }
                var found = Identity(root: try r.string(), settings: 0)
                found.version = try r.string()
                found.build = (try r.fixedSigned64(), try r.fixedSigned64())
                found.settings = try r.fixed64()
                guard found == identity else { return nil }
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
                for (name, stamp, lookedAt, length) in list {
                    let record = try r.slice(length)
                    entries[name] = Entry(stamp: stamp, lookedAt: lookedAt, record: record)
                }
                guard r.isAtEnd, entries.count == count else { return nil }
                return entries
            } catch {
                return nil
            }
        }(file.bytes)
        guard let parsed else { return nil }
        self.file = file
        self.entries = parsed
    }

    /// `entry`'s record, the file `name`'s, decoded when `stamp` proves it current; nil when
    /// the file must be read again.
    func fresh(_ entry: Entry, name: String, stamp: FileStamp, displayPath: String) -> ParsedFile? {
        guard entry.isFresh(for: stamp) else { return nil }
        var r = CacheReader(bytes, from: entry.record.lowerBound, to: entry.record.upperBound)
        guard let file = try? ParsedFileCoding.decode(&r, path: name, displayPath: displayPath), r.isAtEnd else { return nil }
        return file
    }

    // MARK: Writing

    /// One file as the next cache will hold it: its record copied from the cache read, or
    /// newly encoded.
    struct Line: Sendable {
        var name: String
        var stamp: FileStamp
        var lookedAt: Int64
        var record: Record

        enum Record: Sendable {
            case kept(Range<Int>)
            case new([UInt8])
        }
    }

    /// The whole cache file for `lines`, records of kept files copied from `previous`, given
    /// to `sink` in pieces: the header and the list of files; the records, each run of kept
    /// records that lay one after another in the old file in one piece, straight from its
    /// mapping; then the checksum of all that. Pieces under 64 KiB are gathered first, so a
    /// cache of new records is not written a record a call. (Built whole in memory first, the
    /// cache of 10,000 files took 12 MiB more: a second copy of all of it.)
    static func encode(_ lines: [Line], identity: Identity, previous: ParseCache?, to sink: inout some ByteSink) {
        var w = CacheWriter(capacity: 256 + 80 * lines.count)
        magic.withUnsafeBytes { w.raw($0) }
        w.fixed64(formatVersion)
        w.string(identity.root)
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
    static func write(_ lines: [Line], identity: Identity, previous: ParseCache?, to path: String) {
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
    static func writeAside(_ lines: [Line], identity: Identity, previous: ParseCache?, to path: String) {
        writesPending.enter()
        _ = waitsAtExit
        DispatchQueue.global().async {
            write(lines, identity: identity, previous: previous, to: path)
            writesPending.leave()
        }
    }

    /// Waits until every cache write begun aside has ended.
    static func waitForWrites() { writesPending.wait() }

    private static let writesPending = DispatchGroup()
    /// `waitForWrites` made to run at exit, once (a static is made once, by whichever thread
    /// comes first).
    private static let waitsAtExit: Void = { atexit { ParseCache.waitForWrites() } }()

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
    static func isPrivate(_ folder: String) -> Bool {
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
    /// told apart by a person) and a hash of the whole path (to be told apart by jobjournal).
    static func file(forJournal realRoot: String, in folder: String) -> String {
        let last = realRoot.split(separator: "/").last.map(String.init) ?? "root"
        var name = ""
        for c in last.unicodeScalars.prefix(40) {
            name.unicodeScalars.append(c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_") ? c : "_")
        }
        var hex = String(CacheChecksum.fnv1a(realRoot.utf8), radix: 16)
        hex = String(repeating: "0", count: 16 - hex.count) + hex
        return FileSystem.join(folder, "\(name)-\(hex).parse-cache")
    }

    /// The executables a cache is valid for: by default the running one. A program made of
    /// several executables names them all (`useBuild(of:)`), so that each trusts the cache the
    /// others wrote rather than each rebuilding it in turn.
    nonisolated(unsafe) private static var executables = ["/proc/self/exe"]

    /// Names the executables of the build, before any cache is read or written.
    package static func useBuild(of paths: [String]) { executables = paths }

    /// The sizes of the build's executables added up, and the latest of their modification
    /// times: a rebuild of any of them changes one or the other.
    static let buildStamp: (size: Int64, modified: Int64) = {
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
