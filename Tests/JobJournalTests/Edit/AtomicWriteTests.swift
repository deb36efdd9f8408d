import Foundation
import Testing
@testable import JobJournal

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

    @Test("refuses when another program saved the file meanwhile, keeping what it saved")
    func changedOnDisk() throws {
        let (folder, file) = try scratch()
        let hook: AtomicWrite.Hook = { step in
            if step == .afterTempWrite { try? "theirs\n".write(toFile: file, atomically: false, encoding: .utf8) }
            return true
        }
        #expect {
            try AtomicWrite.update(file, hook: hook) { _ in (Array("mine\n".utf8), ()) }
        } throws: { error in
            guard case .refused(let r) = error as? AtomicWrite.Failure else { return false }
            return r.message.contains("changed on disk")
        }
        #expect(try contents(file) == "theirs\n")
        #expect(try listing(folder) == ["a.md"])
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
