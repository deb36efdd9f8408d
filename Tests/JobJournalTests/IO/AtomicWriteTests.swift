import Foundation
import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Atomic writes: the old file or the new one, whole")
struct AtomicWriteTests {
    /// A folder with one file, its path.
    func scratch(_ text: String = "old\n") throws -> (folder: URL, file: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("a.md").path
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        return (folder, file)
    }

    func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    func listing(_ folder: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    @Test("replaces the file, keeping its permissions, and leaves no temporary file")
    func keepsPermissions() throws {
        let (folder, file) = try scratch()
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file)
        let written: Int = try AtomicWrite.update(file) { old in (Array("new\n".utf8), old.count) }
        #expect(written == 4)
        #expect(try contents(file) == "new\n")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o640)
        #expect(try listing(folder) == ["a.md"])
    }

    @Test("writes through a symlink: the link stays, the file it names changes")
    func throughSymlink() throws {
        let (folder, file) = try scratch()
        let link = folder.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "a.md")
        try AtomicWrite.update(link) { _ in (Array("new\n".utf8), ()) }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "a.md")
        #expect(try contents(file) == "new\n")
    }

    @Test("a write stopped at any step leaves the old file whole and no temporary file", arguments: AtomicWrite.Step.allCases)
    func stoppedWrite(at step: AtomicWrite.Step) throws {
        let (folder, file) = try scratch()
        do {
            try AtomicWrite.update(file, hook: { $0 != step }) { _ in (Array("new\n".utf8), ()) }
            Issue.record("the write should have stopped")
        } catch {
            #expect(error.description.contains("stopped"))
        }
        // After the rename the new file is in place; before it, the old one.
        #expect(try contents(file) == (step == .afterRename ? "new\n" : "old\n"))
        #expect(try listing(folder) == ["a.md"])
    }

    /// The saves below come from this process, whose own open for writing a lease would hold
    /// until the kernel gives up on it (45 s): they test what guards a write without leases.
    /// `WriteSafetyTests` and `EditorSaveTortureTests` save from other processes, leases on.
    static let withoutLeases = AtomicWrite.Safeguards(leases: false)

    @Test("refuses when another program saved the file meanwhile, up to the moment before the rename, keeping what it saved",
          arguments: [AtomicWrite.Step.afterTempWrite, .beforeRename])
    func changedOnDisk(at moment: AtomicWrite.Step) throws {
        let (folder, file) = try scratch()
        let hook: AtomicWrite.Hook = { step in
            if step == moment { try? "theirs\n".write(toFile: file, atomically: false, encoding: .utf8) }
            return true
        }
        #expect {
            try AtomicWrite.update(file, hook: hook, safeguards: Self.withoutLeases) { _ in (Array("mine\n".utf8), ()) }
        } throws: { error in
            guard case .refused(let r) = error as? AtomicWrite.Failure else { return false }
            return r.message.contains("changed on disk")
        }
        #expect(try contents(file) == "theirs\n")
        #expect(try listing(folder) == ["a.md"])
    }

    @Test("a file or folder that no one may write, by its mode, is refused even for root; nothing changes")
    func readOnlyByMode() throws {
        let (folder, file) = try scratch()
        defer { chmod(folder.path, 0o755) }
        #expect(chmod(file, 0o444) == 0)
        #expect {
            try AtomicWrite.update(file) { _ in (Array("new\n".utf8), ()) }
        } throws: { error in
            "\(error)".hasPrefix("cannot write \(file): the file is read-only (") && "\(error)".hasSuffix("); nothing was written")
        }
        #expect(try contents(file) == "old\n")
        // A dry run reads it all the same.
        try AtomicWrite.update(file, dryRun: true) { _ in (Array("new\n".utf8), ()) }
        #expect(chmod(file, 0o644) == 0)
        #expect(chmod(folder.path, 0o555) == 0)
        #expect {
            try AtomicWrite.update(file) { _ in (Array("new\n".utf8), ()) }
        } throws: { error in
            "\(error)".hasPrefix("cannot write \(file): its folder \(folder.path) is read-only (")
        }
        #expect(throws: AtomicWrite.Failure.self) { try AtomicWrite.create(folder.path + "/b.md", bytes: [0x61]) }
        #expect(throws: AtomicWrite.Failure.self) { try AtomicWrite.replace(folder.path + "/c.md") { $0.write("c") } }
        #expect(try contents(file) == "old\n")
        #expect(try listing(folder) == ["a.md"])
    }

    @Test("temporary files left by stopped writes of the file are removed by the next write; others are not")
    func leftovers() throws {
        let (folder, file) = try scratch()
        for name in [".a.md.jobjournal-1x9k", ".a.md.jobjournal-zz", ".a.md.jobjournal-Keep", ".b.md.jobjournal-1x9k", ".a.md.swp"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try AtomicWrite.update(file) { _ in (Array("new\n".utf8), ()) }
        #expect(try listing(folder) == [".a.md.jobjournal-Keep", ".a.md.swp", ".b.md.jobjournal-1x9k", "a.md"])
    }

    @Test("replace streams into a new file, with the mode a new file gets")
    func replaceCreates() throws {
        let (folder, _) = try scratch()
        let path = folder.appendingPathComponent("report.json").path
        try AtomicWrite.replace(path) { sink in
            for i in 0..<3 { sink.write("\(i)\n") }
        }
        #expect(try contents(path) == "0\n1\n2\n")
        // The umask, read rather than set: it is the whole process's, tests run in parallel.
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let mask = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) })
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o666 & ~mask)
        #expect(try listing(folder) == ["a.md", "report.json"])
    }

    @Test("replace writes through a symlink, keeping the link and the file's mode")
    func replaceThroughSymlink() throws {
        let (folder, file) = try scratch()
        let link = folder.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "a.md")
        #expect(chmod(file, 0o600) == 0)
        try AtomicWrite.replace(link) { $0.write("new\n") }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "a.md")
        #expect(try contents(file) == "new\n")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
    }

    @Test("replace refuses a file changed or made meanwhile, a folder, and a link to nothing")
    func replaceRefuses() throws {
        let (folder, file) = try scratch()
        let changing: AtomicWrite.Hook = { step in
            if step == .beforeRename { try? "theirs, longer\n".write(toFile: file, atomically: false, encoding: .utf8) }
            return true
        }
        #expect(throws: AtomicWrite.Failure.self) {
            try AtomicWrite.replace(file, hook: changing, safeguards: Self.withoutLeases) { $0.write("mine\n") }
        }
        #expect(try contents(file) == "theirs, longer\n")
        let fresh = folder.appendingPathComponent("fresh.md").path
        let making: AtomicWrite.Hook = { step in
            if step == .beforeRename { try? "theirs\n".write(toFile: fresh, atomically: false, encoding: .utf8) }
            return true
        }
        #expect(throws: AtomicWrite.Failure.self) { try AtomicWrite.replace(fresh, hook: making) { $0.write("mine\n") } }
        #expect(try contents(fresh) == "theirs\n")
        #expect(throws: AtomicWrite.Failure.self) { try AtomicWrite.replace(folder.path) { $0.write("x") } }
        let dangling = folder.appendingPathComponent("dangling.md").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere.md")
        #expect(throws: AtomicWrite.Failure.self) { try AtomicWrite.replace(dangling) { $0.write("x") } }
        #expect(try listing(folder) == ["a.md", "dangling.md", "fresh.md"])
    }

    @Test("replace writes into a FIFO as it is, without replacing it")
    func replaceFIFO() throws {
        let (folder, _) = try scratch()
        let fifo = folder.appendingPathComponent("out.fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let pipe = Pipe()
        reader.standardOutput = pipe
        try reader.run()
        try AtomicWrite.replace(fifo) { $0.write("through the pipe\n") }
        let read = pipe.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(String(decoding: read, as: UTF8.self) == "through the pipe\n")
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && st.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
    }

    @Test("a dry run and an unchanged result write nothing")
    func nothingWritten() throws {
        let (_, file) = try scratch()
        let before = try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int
        try AtomicWrite.update(file, dryRun: true) { _ in (Array("new\n".utf8), ()) }
        try AtomicWrite.update(file) { old in (old, ()) }
        #expect(try contents(file) == "old\n")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int == before)
    }

    @Test("create never replaces a file")
    func createRefusesExisting() throws {
        let (folder, file) = try scratch()
        #expect(throws: AtomicWrite.Failure.self) { try AtomicWrite.create(file, bytes: Array("x".utf8)) }
        #expect(try contents(file) == "old\n")
        let fresh = folder.appendingPathComponent("b.md").path
        try AtomicWrite.create(fresh, bytes: Array("b\n".utf8))
        #expect(try contents(fresh) == "b\n")
        #expect(try listing(folder) == ["a.md", "b.md"])
    }
}
