import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Writers and an editor at one file at once, as in real use: `jobjournal log` run over and
/// over by two writers while an editor saves the same file hundreds of times by rename and
/// hundreds in place (truncated, then written in two calls with a pause between). Nothing the
/// user typed may be lost, and every write jobjournal reports done must be in the file once,
/// unless the editor itself saved over it later from what it had read before the write (the
/// editor's own lost update, which no tool can prevent): the test tells the two apart from
/// what the editor read. docs/reliability.md gives the figures.
///
/// `JOBJOURNAL_TORTURE_WITHOUT=leases,exchange` runs the writers without those safeguards
/// (`JOBJOURNAL_TEST_WITHOUT`), to see what each one is for: the test then fails.
@Suite("An editor saving while jobjournal writes")
struct EditorSaveTortureTests {
    /// Saves of each kind the editor makes.
    static let savesEachWay = 300
    static let writers = 2
    static let day = "2026-11-26"

    static let application = """
        ---
        company: Acme
        position: Buyer
        applied: 2026-11-02
        ---
        # Acme, buyer

        ## To do

        - [ ] Send the portfolio to Mr. Jones
        - [ ] Ask Dana Smith to be a reference

        ## Log

        - 2026-11-02 Applied online.
        - 2026-11-10 Phone screen with Mr. Jones.

        ## Notes

        Mr. Jones likes short answers.

        """

    @Test("two writers and an editor saving by rename and in place, hundreds of times each: no save lost, no line lost, every write reported done there once or saved over by the editor from an older read")
    func writersAndAnEditor() throws {
        let dir = try makeJournal(["acme.md": Self.application])
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("acme.md")
        let without = ProcessInfo.processInfo.environment["JOBJOURNAL_TORTURE_WITHOUT"] ?? ""
        let env = without.isEmpty ? [:] : ["JOBJOURNAL_TEST_WITHOUT": without]

        let record = TortureRecord()
        let started = DispatchTime.now().uptimeNanoseconds
        let writing = DispatchGroup()
        for w in 1...Self.writers {
            writing.enter()
            Thread.detachNewThread {
                defer { writing.leave() }
                var i = 0
                while !record.editorDone {
                    i += 1
                    let line = "- \(Self.day) Logged by writer \(w), entry \(i)."
                    do {
                        let run = try jobjournal(["log", "acme", String(line.dropFirst(13)), "--today", Self.day], in: dir, env: env)
                        record.add(Write(line: line, status: run.status, stderr: run.stderr))
                    } catch {
                        Issue.record("could not run jobjournal: \(error)")
                        return
                    }
                }
            }
        }
        let editor = SimulatedEditor(file: file)
        for k in 0..<(2 * Self.savesEachWay) {
            record.add(try editor.save(note: "Editor's note \(k).", inPlace: k % 2 == 1))
        }
        record.editorDone = true
        writing.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9

        let final = try contents(file)
        let count = Dictionary(final.split(separator: "\n", omittingEmptySubsequences: false).map { (String($0), 1) }, uniquingKeysWith: +)
        // The user's own lines: what the file held, and every note the editor added.
        let userLines = Self.application.split(separator: "\n").map(String.init) + editor.notes
        let lostUserLines = userLines.filter { (count[$0] ?? 0) == 0 }
        #expect(lostUserLines.isEmpty, "\(lostUserLines.count) of the user's lines lost, such as \(lostUserLines.prefix(3))")
        let repeatedUserLines = Set(userLines.filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("---") && (count[$0] ?? 0) > 1 })
        #expect(repeatedUserLines.isEmpty, "user's lines there more than once: \(repeatedUserLines.prefix(3))")

        let writes = record.writes
        let done = writes.filter { $0.status == 0 }
        let refused = writes.filter { $0.status == 1 }
        let failed = writes.filter { $0.status != 0 && $0.status != 1 }
        #expect(failed.isEmpty, "writes that failed: \(failed.prefix(3).map { "\($0.status): \($0.stderr)" })")
        #expect(refused.allSatisfy { (count[$0.line] ?? 0) == 0 }, "a write refused is in the file")
        #expect(done.allSatisfy { (count[$0.line] ?? 0) <= 1 }, "a write is in the file more than once")
        // A write done and not in the file is the editor's own lost update when a save of the
        // editor's replaced a version that had it with one that did not.
        let overwrittenByTheEditor = record.saves.reduce(into: Set<String>()) { $0.formUnion($1.overwritten) }
        let missing = done.filter { (count[$0.line] ?? 0) == 0 }
        let savedOver = missing.filter { overwrittenByTheEditor.contains($0.line) }
        let lost = missing.count - savedOver.count
        #expect(lost == 0, "\(lost) writes reported done are not in the file and no save of the editor's explains it")
        #expect(done.count >= 30, "too few writes got through to tell anything: \(done.count)")

        let check = try jobjournal(["check"], in: dir)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["acme.md"], "a temporary file is left")

        let changed = refused.filter { $0.stderr.contains("changed on disk") }.count
        let busy = refused.filter { $0.stderr.contains("being saved") }.count
        let saves = record.saves
        print("""
            torture\(without.isEmpty ? "" : " without \(without)"): \(String(format: "%.1f", seconds)) s; \
            editor saves \(saves.filter { !$0.inPlace }.count) by rename, \(saves.filter(\.inPlace).count) in place, \
            \(editor.notes.count - lostUserLines.filter { $0.hasPrefix("Editor's note") }.count) of \(editor.notes.count) notes kept, \
            \(userLines.count - lostUserLines.count) of \(userLines.count) user lines kept; \
            writes \(writes.count): \(done.count) done (\(done.count - missing.count) in the file, \(savedOver.count) saved over \
            by the editor from an older read, \(lost) lost), \(refused.count) refused (\(changed) changed on disk, \(busy) being \
            saved), \(failed.count) failed
            """)
    }
}

/// One `jobjournal log` run: the line it adds, how it ended.
struct Write: Sendable {
    var line: String
    var status: Int32
    var stderr: String
}

/// One save of the editor: the lines it had read, the lines of the version its save replaced
/// (told apart from what it had read when a write landed in between), and what it wrote.
struct EditorSave: Sendable {
    var read: Set<String>
    var replaced: Set<String>
    var written: Set<String>
    var inPlace: Bool

    /// Lines of the replaced version that the save did not keep: writes that landed between
    /// the editor's read and its save, which its save undid.
    var overwritten: Set<String> { replaced.subtracting(written) }
}

/// What the writers and the editor did, gathered from their threads.
final class TortureRecord: @unchecked Sendable {
    private let lock = NSLock()
    private var _writes: [Write] = []
    private var _saves: [EditorSave] = []
    private var _editorDone = false

    var writes: [Write] { lock.withLock { _writes } }
    var saves: [EditorSave] { lock.withLock { _saves } }
    var editorDone: Bool {
        get { lock.withLock { _editorDone } }
        set { lock.withLock { _editorDone = newValue } }
    }

    func add(_ write: Write) { lock.withLock { _writes.append(write) } }
    func add(_ save: EditorSave) { lock.withLock { _saves.append(save) } }
}

/// An editor as people use one: it reloads the file a moment after it changes, the user adds
/// a line, and it saves, either by writing a file of its own and renaming it over (most
/// editors) or in place: truncated, then written in two calls a moment apart (others, and
/// sync tools). It takes no lock.
///
/// To tell what its save replaced, it looks: in place, it reads the file through the
/// descriptor it is about to write (jobjournal never writes into a file, so what is there
/// stays until it truncates it); by rename, it exchanges its file in (`renameat2`), which is
/// a rename to jobjournal and to everyone else but hands back the file it replaced.
final class SimulatedEditor {
    let file: URL
    private(set) var notes: [String] = []

    init(file: URL) { self.file = file }

    func save(note: String, inPlace: Bool) throws -> EditorSave {
        usleep(UInt32.random(in: 2_000...12_000))  // The user types.
        let read = try Data(contentsOf: file)
        let text = read + Data((note + "\n").utf8)
        notes.append(note)
        let replaced: Data
        if inPlace {
            let fd = open(file.path, O_RDWR)
            guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            defer { close(fd) }
            replaced = try readAll(fd)
            guard ftruncate(fd, 0) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            let half = text.count / 2
            try write(fd, text.prefix(half), at: 0)
            usleep(UInt32.random(in: 0...3_000))
            try write(fd, text.suffix(from: half), at: half)
        } else {
            let aside = file.deletingLastPathComponent().appendingPathComponent(".acme.md.editor~")
            try text.write(to: aside)
            guard exchange(aside.path, file.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            replaced = try Data(contentsOf: aside)
            unlink(aside.path)
        }
        return EditorSave(read: Self.lines(read), replaced: Self.lines(replaced), written: Self.lines(text), inPlace: inPlace)
    }

    static func lines(_ data: Data) -> Set<String> {
        Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    private func readAll(_ fd: Int32) throws -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = pread(fd, &chunk, chunk.count, off_t(data.count))
            guard n >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            if n == 0 { return data }
            data.append(contentsOf: chunk[0..<n])
        }
    }

    private func write(_ fd: Int32, _ bytes: Data, at start: Int) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = pwrite(fd, raw.baseAddress! + offset, raw.count - offset, off_t(start + offset))
                guard n > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                offset += n
            }
        }
    }
}

/// `renameat2(a, b, RENAME_EXCHANGE)`, which Swift's Glibc module does not show.
private func exchange(_ a: String, _ b: String) -> Int32 {
    typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return -1 }
    return unsafeBitCast(symbol, to: Renameat2.self)(AT_FDCWD, a, AT_FDCWD, b, 2)
}
