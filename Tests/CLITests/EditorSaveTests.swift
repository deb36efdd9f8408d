import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A file another program is saving in place (truncated, then written in more than one
/// call) when a write comes: the write must not read half of it, append to that and put it
/// back over the save. `EditorSaveTortureTests` does the same hundreds of times at random.
@Suite("A file being saved in place is not read half written")
struct EditorSaveTests {
    /// The file truncated and half written through a descriptor the other program keeps open.
    func halfSaved(_ url: URL, _ whole: Data) throws -> Int32 {
        let fd = open(url.path, O_WRONLY | O_TRUNC)
        #expect(fd >= 0)
        #expect(whole.prefix(whole.count / 2).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == whole.count / 2)
        return fd
    }

    func finish(_ fd: Int32, _ whole: Data) {
        let rest = whole.suffix(from: whole.count / 2)
        #expect(rest.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == rest.count)
        close(fd)
    }

    @Test("run while the save is half done, the write waits, then gives up with exit 1 and writes nothing; the save ends whole",
          arguments: WriteCase.replacing)
    func refusedWhileSaving(_ write: WriteCase) throws {
        guard let dir = try write.journal() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(write.target)
        let theirs = try Data(contentsOf: url) + Data("\nSaved by another program.\n".utf8)
        let before = snapshot(dir)
        let fd = try halfSaved(url, theirs)
        let run = try jobjournal(write.arguments, in: dir)
        finish(fd, theirs)
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("jobjournal: \(write.target): the file is being saved by another program; nothing was written. Try again in a moment.\n"),
                "\(run.stderr)")
        var after = snapshot(dir)
        #expect(after[write.target] == theirs)
        after[write.target] = before[write.target]
        #expect(after == before, "no temporary file or other change is left")
    }

    @Test("a save that ends within moments is waited for, and the write is made on the whole of it")
    func waitsForTheSave() throws {
        let write = WriteCase.log
        guard let dir = try write.journal() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(write.target)
        let theirs = try contents(url).replacingOccurrences(of: "Some notes.", with: "Some notes, and more.")
        let fd = try halfSaved(url, Data(theirs.utf8))
        let saving = Thread { usleep(300_000); self.finish(fd, Data(theirs.utf8)) }
        saving.start()
        let run = try jobjournal(write.arguments, in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try contents(url) == theirs.replacingOccurrences(of: "- 2026-11-19 Interviewed.\r\n", with: "- 2026-11-19 Interviewed.\r\n- 2026-11-26 Called.\r\n"))
    }

    @Test("without leases (a file of another owner, some network file systems), a file written in place in the last moments is waited on until it is quiet")
    func quietWithoutLeases() throws {
        let write = WriteCase.log
        guard let dir = try write.journal() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(write.target)
        let theirs = try contents(url).replacingOccurrences(of: "Some notes.", with: "Some notes, and more.")
        // Written in two opens, as a script appending would: nothing is open for writing
        // while jobjournal looks, only the times tell that a save is under way.
        let bytes = Data(theirs.utf8)
        try bytes.prefix(bytes.count / 2).write(to: url)
        let saving = Thread {
            usleep(80_000)
            guard let handle = try? FileHandle(forWritingTo: url) else { return }
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: bytes.suffix(from: bytes.count / 2))
            try? handle.close()
        }
        saving.start()
        let run = try jobjournal(write.arguments, in: dir, env: ["JOBJOURNAL_TEST_WITHOUT": "leases"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try contents(url) == theirs.replacingOccurrences(of: "- 2026-11-19 Interviewed.\r\n", with: "- 2026-11-19 Interviewed.\r\n- 2026-11-26 Called.\r\n"))
    }

    @Test("a write under way keeps its temporary file while another writer, holding the lock of the file an editor renamed in, sweeps leftovers")
    func sweepSparesWritesUnderWay() throws {
        let write = WriteCase.log
        guard let dir = try write.journal() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(write.target)
        var other: Run?
        var temporaries: [String] = []
        let first = try jobjournal(write.arguments, in: dir, env: ["JOBJOURNAL_TEST_PAUSE_AT": "after-temp-write"]) {
            // The first writer holds the old file's lock, its temporary file written. An
            // editor renames its save in; a second writer locks that file and writes.
            let saved = try Meanwhile(step: "after-temp-write", inPlace: false).save(try Data(contentsOf: url), to: url)
            saved()
            other = try jobjournal(["log", "acme", "Second.", "--today", "2026-11-26"], in: dir)
            temporaries = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter(write.isTemporary)
        }
        #expect(other?.status == 0, "\(other?.stderr ?? "")")
        #expect(temporaries.count == 1, "the first writer's temporary file was removed while it wrote: \(temporaries)")
        // The first writer finds the file changed: refused, not a bogus "No such file".
        #expect(first.status == 1, "\(first.stderr)")
        #expect(first.stderr.hasSuffix("the file changed on disk since it was read; nothing was written. Run the command again.\n"), "\(first.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [".jobjournal.yaml", "acme.md"])
    }

    @Test("jobjournal's own writes do not look like a save in place (their modification and change times differ), so the next write does not wait")
    func ownWritesLookSettled() throws {
        let write = WriteCase.log
        guard let dir = try write.journal() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(write.target)
        for _ in 0..<5 {
            #expect(try jobjournal(write.arguments, in: dir, env: ["JOBJOURNAL_TEST_WITHOUT": "leases"]).status == 0)
            var st = stat()
            #expect(stat(url.path, &st) == 0)
            #expect(st.st_mtim.tv_sec != st.st_ctim.tv_sec || st.st_mtim.tv_nsec != st.st_ctim.tv_nsec)
        }
    }
}
