import Dispatch
import Foundation
import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse

#if canImport(Glibc)
import Glibc
#endif

/// The parse cache (`CacheFile`, `CachedParse`): a journal read through it is the journal
/// read file by file, whatever happened to the files, the settings or the cache in between.
@Suite("The parse cache")
struct ParseCacheTests {
    static let exampleJournal = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("journal-example").path

    /// Everything a command could see of a journal, as text: every stored property of every
    /// file, by reflection, so a field the cache forgot shows as a difference.
    static func everything(_ journal: Journal) -> String {
        var text = ""
        dump(journal.files, to: &text)
        dump(journal.journalDiagnostics, to: &text)
        dump(journal.settings, to: &text)
        return text
    }

    /// A folder of its own under the temporary folder, removed by the caller.
    static func folder(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// The cache file of the journal at `root` in `cacheFolder`.
    static func cacheFile(_ root: String, in cacheFolder: String) -> String {
        CacheFile.file(forJournal: FileSystem.realPath(root)!, in: cacheFolder)
    }

    static let acme = """
        ---
        company: Acme Freight
        position: Account Executive
        status: interviewing
        applied: 2026-11-02
        source: referral
        follow-up: 2026-11-30
        contacts:
          - name: Ann Lee
            salutation: Ms. Lee
            role: Recruiter
            email: ann@acme.example
            prefers: email
        interviews:
          - date: 2026-11-24
            with: [Ann Lee, Bob Stone]
            round: 2
            final: true
            next-step: 2026-12-01
            thank-you: { sent: 2026-11-24, via: email }
        references:
          - name: Dana Smith
            relation: former manager
            briefed: 2026-11-20
        promises:
          - what: Send a writing sample
            due: 2026-11-27
        offer:
          verbal: 2026-11-25
          salary: 70,000
          conditions: [background check]
        mood: &m { energy: high, tags: [a, "b", 'c'] }
        again: *m
        notes: |
          kept as written
        ---
        # Acme

        ## Log
        - 2026-11-24 Interviewed with Ms. Lee.
        - 2026-11-25 From Ann Lee: an offer is coming

        - [ ] 2026-11-27 Send the writing sample
        - [x] Update the portfolio

        ### 2026-11-24 Interview with Ms. Lee
        - Resonated: the team's pace
        - Clarify: the travel
        - Interested in: the new region

        ## Drafts
        ### Thank-you note to Ms. Lee
        Dear Ms. Lee, thank you.
        """

    @Test("a parsed file written to the cache and read back is the same in every stored property")
    func roundTrip() throws {
        var files = [ApplicationFile.parse(Self.acme, path: "acme.md", displayPath: "jobs/acme.md")]
        files.append(ApplicationFile.parse("---\ncompany: [broken\n---\n", path: "b.md", displayPath: "jobs/b.md"))
        files.append(ApplicationFile.parse("", path: "empty.md", displayPath: "jobs/empty.md"))
        files.append(ApplicationFile.parse("+++\ntitle = 1\n+++\n", path: "t.md", displayPath: "jobs/t.md"))
        files.append(ApplicationFile.parse("---\ncompany: X\nposition: Y\nstatus: weird\napplied: 2026-02-30\n---\n\u{FFFD}", path: "w.md", displayPath: "w.md"))
        for file in files {
            var w = CacheWriter()
            ParsedFileCoding.encode(file, into: &w)
            let back = try w.bytes.withUnsafeBytes { raw in
                var r = CacheReader(raw)
                defer { #expect(r.isAtEnd) }
                return try ParsedFileCoding.decode(&r, path: file.path, displayPath: file.displayPath)
            }
            var a = "", b = ""
            dump(file, to: &a)
            dump(back, to: &b)
            #expect(a == b)
        }
        // The fixture uses every part of the model, or the test would prove little.
        let acme = try #require(files[0].application)
        #expect(!acme.ownFields.isEmpty && acme.offer != nil && !acme.entries.isEmpty && !files[0].drafts.isEmpty)
        #expect(acme.interviews.first?.thankYou != nil && !acme.toDos.isEmpty && !acme.promises.isEmpty)
        #expect(!files[1].diagnostics.isEmpty && files[2].skipped == .empty)
    }

    @Test("a record read as a summary holds the application's summary as written, its lists empty, and is read to its end")
    func summaryOfARecord() throws {
        let file = ApplicationFile.parse(Self.acme, path: "acme.md", displayPath: "jobs/acme.md")
        var w = CacheWriter()
        ParsedFileCoding.encode(file, into: &w)
        var asked: [String] = []
        let summary = try w.bytes.withUnsafeBytes { raw in
            var r = CacheReader(raw)
            defer { #expect(r.isAtEnd) }
            return try ParsedFileCoding.decode(&r, path: file.path, displayPath: file.displayPath) { summary in
                asked.append(summary.company)
                return true
            }
        }
        let whole = try #require(file.application), read = try #require(summary.application)
        #expect(asked == ["Acme Freight"])
        #expect(read.isSummary && !whole.isSummary)
        #expect(read.file == whole.file && read.company == whole.company && read.position == whole.position)
        #expect(read.status == whole.status && read.applied == whole.applied && read.followUp == whole.followUp)
        #expect(read.link == whole.link && read.source == whole.source && read.companyLocation == whole.companyLocation)
        #expect(read.contacts.isEmpty && read.interviews.isEmpty && read.entries.isEmpty && summary.headings.isEmpty)
        #expect(summary.diagnostics.count == file.diagnostics.count)
        // Refused: the record is read whole, as without the question.
        let refused = try w.bytes.withUnsafeBytes { raw in
            var r = CacheReader(raw)
            return try ParsedFileCoding.decode(&r, path: file.path, displayPath: file.displayPath) { _ in false }
        }
        var a = "", b = ""
        dump(file, to: &a)
        dump(refused, to: &b)
        #expect(a == b)
    }

    @Test("journal-example reads the same through the cache, cold and warm, and under another spelling of its path")
    func exampleJournal() throws {
        let cache = try Self.folder("cache")
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let plain = Self.everything(try JournalLoader.load(root: Self.exampleJournal))
        let cold = Self.everything(try JournalLoader.load(root: Self.exampleJournal, cacheFolder: cache))
        #expect(FileManager.default.fileExists(atPath: Self.cacheFile(Self.exampleJournal, in: cache)))
        let warm = Self.everything(try JournalLoader.load(root: Self.exampleJournal, cacheFolder: cache))
        #expect(cold == plain)
        #expect(warm == plain)
        // The paths in diagnostics follow the name the journal is given, not the cache's.
        let other = Self.exampleJournal + "/./"
        #expect(Self.everything(try JournalLoader.load(root: other, cacheFolder: cache))
                == Self.everything(try JournalLoader.load(root: other)))
    }

    /// Reads the whole journal through the cache as the loader does, saying what it did.
    static func cachedRun(_ root: String, cache: String) throws -> CachedParse.Run {
        let (settings, _, hash) = JournalLoader.readSettings(root: root)
        let targets = FileSystem.listMarkdown(under: root).files.map { ($0, FileSystem.join(root, $0)) }
        let session = try #require(CachedParse(root: root, folder: cache, settings: hash))
        return session.run(targets, settings: settings, workers: 2)
    }

    @Test("files unchanged and settled are taken from the cache, not read; the cache is written only when something changed")
    func servedFromCache() throws {
        let root = try Self.folder("journal"), cache = try Self.folder("cache")
        defer { for p in [root, cache] { try? FileManager.default.removeItem(atPath: p) } }
        for i in 0..<20 { try Self.write(Self.acme.replacingOccurrences(of: "Acme", with: "Acme \(i)"), to: root + "/a\(i).md") }
        var run = try Self.cachedRun(root, cache: cache)
        #expect(run.fromCache == 0 && run.wrote)
        // Just written: too recent to trust (see racyFiles), so read again, and not written
        // again while that proves nothing new.
        run = try Self.cachedRun(root, cache: cache)
        #expect(run.fromCache == 0 && !run.wrote)
        // Once settled, the next run records them as proven; from then on they come from the cache.
        usleep(2_100_000)
        run = try Self.cachedRun(root, cache: cache)
        #expect(run.fromCache == 0 && run.wrote)
        run = try Self.cachedRun(root, cache: cache)
        #expect(run.fromCache == 20 && !run.wrote)
        #expect(Self.everything(Journal(root: root, files: run.files)) == Self.everything(Journal(root: root, files: try JournalLoader.load(root: root).files)))
        // One file changed, one gone, one new: only those are read, and the cache is written.
        try Self.write("---\ncompany: Changed\nposition: P\n---\n", to: root + "/a3.md")
        try FileManager.default.removeItem(atPath: root + "/a4.md")
        try Self.write("---\ncompany: New\nposition: P\n---\n", to: root + "/b.md")
        run = try Self.cachedRun(root, cache: cache)
        #expect(run.fromCache == 18 && run.wrote)
        #expect(run.files.compactMap(\.application).map(\.company).filter { !$0.hasPrefix("Acme") }.sorted() == ["Changed", "New"])
        // A file only gone: written, so the next run does not look for it.
        try FileManager.default.removeItem(atPath: root + "/a5.md")
        run = try Self.cachedRun(root, cache: cache)
        #expect(run.wrote)
    }

    @Test("a file edited twice within a second, keeping its size, is read again after each edit")
    func twoEditsInOneSecond() throws {
        let root = try Self.folder("journal"), cache = try Self.folder("cache")
        defer { for p in [root, cache] { try? FileManager.default.removeItem(atPath: p) } }
        let file = root + "/acme.md"
        for name in ["AAAA", "BBBB", "CCCC"] {
            try Self.write("---\ncompany: Acme\nposition: \(name)\n---\n", to: file)
            let journal = try JournalLoader.load(root: root, cacheFolder: cache)
            #expect(journal.applications.map(\.position) == [name])
        }
        // Even with the modification time put back to what it was, as a coarse clock would
        // leave it: the change time, and the racy-file rule, still tell.
        let before = try #require(FileStamp.of(file))
        try Self.write("---\ncompany: Acme\nposition: DDDD\n---\n", to: file)
        var times = [timespec(tv_sec: Int(before.modified / 1_000_000_000), tv_nsec: Int(before.modified % 1_000_000_000)),
                     timespec(tv_sec: Int(before.modified / 1_000_000_000), tv_nsec: Int(before.modified % 1_000_000_000))]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        #expect(try JournalLoader.load(root: root, cacheFolder: cache).applications.map(\.position) == ["DDDD"])
    }

    @Test("a record is trusted only when every stat field matches and it changed well before it was looked at")
    func racyFiles() {
        let stamp = FileStamp(device: 1, inode: 2, size: 3, modified: 10_000_000_000, changed: 10_000_000_000)
        let settled = CacheFile.Entry(stamp: stamp, lookedAt: 12_000_000_001, record: 0..<0)
        #expect(settled.isFresh(for: stamp))
        // Changed within the window before it was looked at: it may have changed again since,
        // in the same tick, with the same stat.
        #expect(!CacheFile.Entry(stamp: stamp, lookedAt: 11_999_999_999, record: 0..<0).isFresh(for: stamp))
        var other = stamp
        for change in [{ other.device += 1 }, { other.inode += 1 }, { other.size += 1 }, { other.modified += 1 }, { other.changed += 1 }] {
            other = stamp
            change()
            #expect(!settled.isFresh(for: other))
        }
        // A change time that is recent makes the record racy even with an old modification time.
        var touched = stamp
        touched.changed = 11_500_000_000
        #expect(!CacheFile.Entry(stamp: touched, lookedAt: 12_000_000_001, record: 0..<0).isFresh(for: touched))
    }

    @Test("a change to the settings, the journal's path or the format makes the whole cache unused")
    func identity() throws {
        let root = try Self.folder("journal"), cache = try Self.folder("cache")
        defer { for p in [root, cache] { try? FileManager.default.removeItem(atPath: p) } }
        try Self.write("---\nfirma: Acme\nposition: Buyer\n---\n", to: root + "/acme.md")
        #expect(try JournalLoader.load(root: root, cacheFolder: cache).applications.isEmpty)
        try Self.write("key-map:\n  firma: company\n", to: root + "/.jobjournal.yaml")
        #expect(try JournalLoader.load(root: root, cacheFolder: cache).applications.map(\.company) == ["Acme"])
        let bytes = try #require(FileManager.default.contents(atPath: Self.cacheFile(root, in: cache)))
        let (_, _, settings) = JournalLoader.readSettings(root: root)
        let real = try #require(FileSystem.realPath(root))
        #expect(CacheFile(bytes: Array(bytes), identity: CacheFile.Identity(root: real, purpose: "parse", settings: settings)) != nil)
        #expect(CacheFile(bytes: Array(bytes), identity: CacheFile.Identity(root: real, purpose: "parse", settings: settings ^ 2)) == nil)
        #expect(CacheFile(bytes: Array(bytes), identity: CacheFile.Identity(root: real + "x", purpose: "parse", settings: settings)) == nil)
        // Another kind of cache of the same journal (the day's actions) is not a parse cache.
        #expect(CacheFile(bytes: Array(bytes), identity: CacheFile.Identity(root: real, purpose: "actions 2026-11-30", settings: settings)) == nil)
        var version = CacheFile.Identity(root: real, purpose: "parse", settings: settings)
        version.version += ".1"
        #expect(CacheFile(bytes: Array(bytes), identity: version) == nil)
        var build = CacheFile.Identity(root: real, purpose: "parse", settings: settings)
        build.build.modified += 1
        #expect(CacheFile(bytes: Array(bytes), identity: build) == nil)
        var format = Array(bytes)
        format[CacheFile.magic.count] &+= 1
        #expect(CacheFile(bytes: format, identity: CacheFile.Identity(root: real, purpose: "parse", settings: settings)) == nil)
    }

    @Test("the checksum of bytes given in pieces, of any sizes, is the checksum of them all at once")
    func checksumInPieces() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 7, 8, 9, 63, 64, 1000, 4099] {
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let whole = bytes.withUnsafeBytes { CacheChecksum.of($0) }
            for _ in 0..<20 {
                var sum = CacheChecksum.Running(count: count)
                var start = 0
                while start < count {
                    let end = min(count, start + Int.random(in: 0...11, using: &generator))
                    bytes[start..<end].withUnsafeBytes { sum.add($0) }
                    start = end
                }
                #expect(sum.value == whole, "\(count) bytes")
            }
            if count > 1 {
                var changed = bytes
                changed[count / 2] ^= 1
                #expect(changed.withUnsafeBytes { CacheChecksum.of($0) } != whole)
            }
        }
    }

    @Test("a truncated, bit-flipped, foreign or unreadable cache is never trusted, never fatal, and replaced")
    func corruptCaches() throws {
        let root = try Self.folder("journal"), cache = try Self.folder("cache")
        defer { for p in [root, cache] { try? FileManager.default.removeItem(atPath: p) } }
        try Self.write(Self.acme, to: root + "/acme.md")
        try Self.write("---\ncompany: [broken\n---\n", to: root + "/broken.md")
        try Self.write("# just notes\n", to: root + "/notes.md")
        let expected = Self.everything(try JournalLoader.load(root: root))
        _ = try JournalLoader.load(root: root, cacheFolder: cache)
        let path = Self.cacheFile(root, in: cache)
        let good = try #require(FileManager.default.contents(atPath: path).map(Array.init))
        let (_, _, settings) = JournalLoader.readSettings(root: root)
        let identity = CacheFile.Identity(root: try #require(FileSystem.realPath(root)), purpose: "parse", settings: settings)
        #expect(CacheFile(bytes: good, identity: identity) != nil)

        // Every truncation, and bytes flipped anywhere: refused by the reader.
        for length in 0..<good.count { #expect(CacheFile(bytes: Array(good[..<length]), identity: identity) == nil) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var bad = good
            let at = Int.random(in: 0..<bad.count, using: &generator)
            bad[at] ^= UInt8.random(in: 1...255, using: &generator)
            #expect(CacheFile(bytes: bad, identity: identity) == nil)
        }
        // The records' decoder, given noise behind a valid header, throws rather than trap.
        for _ in 0..<2000 {
            let noise = (0..<Int.random(in: 0..<300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            noise.withUnsafeBytes { raw in
                var r = CacheReader(raw)
                _ = try? ParsedFileCoding.decode(&r, path: "a.md", displayPath: "a.md")
            }
        }

        // On disk: each broken cache is read past, the journal is as without one, and the
        // cache is whole again afterwards.
        let broken: [[UInt8]] = [[], Array(good[..<(good.count / 2)]), Array("JJPARSE\n".utf8) + [UInt8](repeating: 0xFF, count: 64),
                                 Array("not a cache at all".utf8), good.map { $0 ^ 0x5A }]
        for bytes in broken {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(Self.everything(try JournalLoader.load(root: root, cacheFolder: cache)) == expected)
            let after = try #require(FileManager.default.contents(atPath: path).map(Array.init))
            #expect(CacheFile(bytes: after, identity: identity) != nil)
        }
        // A cache that cannot be read (a folder in its place), or a cache folder that cannot be
        // made (a file in its place): the journal reads all the same.
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(Self.everything(try JournalLoader.load(root: root, cacheFolder: cache)) == expected)
        let blocked = cache + "/file"
        try Self.write("x", to: blocked)
        #expect(Self.everything(try JournalLoader.load(root: root, cacheFolder: blocked + "/jobjournal")) == expected)
    }

    @Test("readers and writers at once: each read is as without a cache, and one whole cache is left, with no temporary file")
    func manyAtOnce() throws {
        let root = try Self.folder("journal"), cache = try Self.folder("cache")
        defer { for p in [root, cache] { try? FileManager.default.removeItem(atPath: p) } }
        for i in 0..<40 { try Self.write(Self.acme.replacingOccurrences(of: "Acme", with: "Acme \(i)"), to: root + "/a\(i).md") }
        let expected = Self.everything(try JournalLoader.load(root: root))
        let results = Slots<String>(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            // Every other one finds a file changed, so that most of them write.
            if i % 2 == 0 { utime(root + "/a\(i).md", nil) }
            results.store((try? JournalLoader.load(root: root, cacheFolder: cache)).map { Self.everything($0) } ?? "failed", at: i)
        }
        for text in results.collect() { #expect(text == expected) }
        let (_, _, settings) = JournalLoader.readSettings(root: root)
        let identity = CacheFile.Identity(root: try #require(FileSystem.realPath(root)), purpose: "parse", settings: settings)
        let bytes = try #require(FileManager.default.contents(atPath: Self.cacheFile(root, in: cache)))
        #expect(CacheFile(bytes: Array(bytes), identity: identity) != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).count == 1)
    }

    @Test("a cache write cut short (`due | head` ends the process mid-write) leaves the old cache whole, and its temporary file goes with the next write")
    func writeCutShort() throws {
        let root = try Self.folder("journal"), cache = try Self.folder("cache")
        defer { for p in [root, cache] { try? FileManager.default.removeItem(atPath: p) } }
        for i in 0..<10 { try Self.write(Self.acme.replacingOccurrences(of: "Acme", with: "Acme \(i)"), to: root + "/a\(i).md") }
        _ = try JournalLoader.load(root: root, cacheFolder: cache)
        let file = Self.cacheFile(root, in: cache)
        let before = try #require(FileManager.default.contents(atPath: file))
        // What a process ended mid-write leaves: a temporary file beside the cache, half
        // written, held by no one.
        let cutShort = AtomicWrite.split(file).folder + "/" + TemporaryFile.stem(for: AtomicWrite.split(file).name) + "q7x2k9"
        try before.prefix(before.count / 2).write(to: URL(fileURLWithPath: cutShort))
        // A new file, so the next read writes the cache: aside, waited for at exit, as a
        // command does.
        try Self.write("---\ncompany: New\nposition: P\n---\n", to: root + "/b.md")
        let expected = Self.everything(try JournalLoader.load(root: root))
        let journal = try JournalLoader.load(root: root, cacheFolder: cache, writeCacheAside: true)
        CacheFile.waitForWrites()
        #expect(Self.everything(journal) == expected)
        #expect(!FileManager.default.fileExists(atPath: cutShort))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache) == [AtomicWrite.split(file).name])
        let (_, _, settings) = JournalLoader.readSettings(root: root)
        let identity = CacheFile.Identity(root: try #require(FileSystem.realPath(root)), purpose: "parse", settings: settings)
        let bytes = try #require(FileManager.default.contents(atPath: file))
        #expect(CacheFile(bytes: Array(bytes), identity: identity) != nil)
    }

    /// A journal of five applications in a new folder (removed by the caller), and everything
    /// it reads as without a cache.
    static func smallJournal() throws -> (root: String, expected: String) {
        let root = try folder("journal")
        for i in 0..<5 { try write(acme.replacingOccurrences(of: "Acme", with: "Acme \(i)"), to: root + "/a\(i).md") }
        return (root, everything(try JournalLoader.load(root: root)))
    }

    /// The kind of file at `path` itself, links not followed.
    static func kind(_ path: String) -> mode_t? {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & S_IFMT : nil
    }

    @Test("a link, a FIFO or a folder where the cache goes is never written through, into or over: the file a link names is left as it was")
    func notAFileOfItsOwn() throws {
        let (root, expected) = try Self.smallJournal()
        let cache = try Self.folder("cache"), elsewhere = try Self.folder("elsewhere")
        defer { for p in [root, cache, elsewhere] { try? FileManager.default.removeItem(atPath: p) } }
        let file = Self.cacheFile(root, in: cache)
        // A link planted where the cache goes, to a file of the user's (were jobjournal run
        // as root, to any file at all).
        let victim = elsewhere + "/victim.txt"
        try Self.write("the user's own words\n", to: victim)
        #expect(symlink(victim, file) == 0)
        for _ in 0..<2 { #expect(Self.everything(try JournalLoader.load(root: root, cacheFolder: cache)) == expected) }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "the user's own words\n")
        #expect(Self.kind(file) == S_IFLNK)
        // A FIFO: never opened to be written into (nor waited on to be read).
        unlink(file)
        #expect(mkfifo(file, 0o600) == 0)
        #expect(Self.everything(try JournalLoader.load(root: root, cacheFolder: cache)) == expected)
        #expect(Self.kind(file) == S_IFIFO)
        // A folder.
        unlink(file)
        #expect(mkdir(file, 0o700) == 0)
        #expect(Self.everything(try JournalLoader.load(root: root, cacheFolder: cache)) == expected)
        #expect(Self.kind(file) == S_IFDIR)
        // Nothing else was left in the caches' folder, nor beside the file the link named.
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache) == [AtomicWrite.split(file).name])
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere) == ["victim.txt"])
    }

    @Test("a caches' folder others may write into, or a link to one, is not used: nothing is written there, and the journal reads as without a cache")
    func foldersNotTheUsersOwn() throws {
        let (root, expected) = try Self.smallJournal()
        let shared = try Self.folder("shared"), real = try Self.folder("real")
        defer { for p in [root, shared, real] { try? FileManager.default.removeItem(atPath: p) } }
        #expect(chmod(shared, 0o777) == 0)
        #expect(Self.everything(try JournalLoader.load(root: root, cacheFolder: shared)) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared).isEmpty)
        let linked = real + "-link"
        #expect(symlink(real, linked) == 0)
        defer { unlink(linked) }
        #expect(Self.everything(try JournalLoader.load(root: root, cacheFolder: linked)) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: real).isEmpty)
        // The user's own folder is used.
        #expect(Self.everything(try JournalLoader.load(root: root, cacheFolder: real)) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: real).count == 1)
    }

    @Test("after a random series of edits, renames, deletions and touches, the journal reads as without a cache")
    func randomChanges() throws {
        let root = try Self.folder("journal"), cache = try Self.folder("cache")
        defer { for p in [root, cache] { try? FileManager.default.removeItem(atPath: p) } }
        var generator = SystemRandomNumberGenerator()
        func text(_ i: Int) -> String {
            switch Int.random(in: 0..<6, using: &generator) {
            case 0: return "---\ncompany: Co \(i)\nposition: P\(Int.random(in: 0..<10, using: &generator))\n---\n- 2026-11-\(10 + i % 18) Called.\n"
            case 1: return "---\ncompany: Co \(i)\nposition: P\napplied: 2026-11-3\(i % 3)\nstatus: \(["applied", "odd", "ghosted"][i % 3])\n---\n"
            case 2: return "# notes \(i)\n"
            case 3: return ""
            case 4: return "---\ncompany: [broken \(i)\n---\n"
            default: return Self.acme.replacingOccurrences(of: "Acme Freight", with: "Acme \(i)")
            }
        }
        var names = (0..<30).map { "f\($0).md" }
        for (i, name) in names.enumerated() { try Self.write(text(i), to: root + "/" + (i % 4 == 0 ? "sub/" : "") + name) }
        // Settled, so that the files no step touches come from the cache.
        _ = try JournalLoader.load(root: root, cacheFolder: cache)
        usleep(2_100_000)
        #expect(try Self.cachedRun(root, cache: cache).wrote)
        #expect(try Self.cachedRun(root, cache: cache).fromCache == 30)
        func all() -> [String] {
            (FileManager.default.subpaths(atPath: root) ?? []).filter { $0.hasSuffix(".md") }
        }
        for step in 0..<60 {
            let files = all()
            let pick = files.randomElement(using: &generator)!
            switch Int.random(in: 0..<6, using: &generator) {
            case 0:  // edit
                try Self.write(text(step), to: root + "/" + pick)
            case 1:  // edit keeping the size
                var bytes = try #require(FileManager.default.contents(atPath: root + "/" + pick).map(Array.init))
                if !bytes.isEmpty { bytes[bytes.count - 1] = bytes[bytes.count - 1] == 0x0A ? 0x20 : 0x0A }
                try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + pick))
            case 2:  // rename
                try FileManager.default.moveItem(atPath: root + "/" + pick, toPath: root + "/renamed-\(step).md")
            case 3:  // delete
                if files.count > 5 { try FileManager.default.removeItem(atPath: root + "/" + pick) }
            case 4:  // touch
                utime(root + "/" + pick, nil)
            default:  // a new file
                names.append("new-\(step).md")
                try Self.write(text(step), to: root + "/sub/new-\(step).md")
            }
            let cached = Self.everything(try JournalLoader.load(root: root, cacheFolder: cache))
            let plain = Self.everything(try JournalLoader.load(root: root))
            #expect(cached == plain, "step \(step)")
            if cached != plain { break }
        }
    }
}
