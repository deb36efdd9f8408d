import Foundation
import Testing
@testable import JobJournal

@Suite("Writing a report to a file")
struct OutputFileTests {
    @Test("relative paths between folders")
    func relative() {
        #expect(OutputFile.relativePath(from: "/a/b", to: "/a/b") == "")
        #expect(OutputFile.relativePath(from: "/a/b/reports", to: "/a/b") == "..")
        #expect(OutputFile.relativePath(from: "/a", to: "/a/b/jobs") == "b/jobs")
        #expect(OutputFile.relativePath(from: "/x/y", to: "/a/b") == "../../a/b")
    }

    @Test("the link base from the output's folder to the journal, resolving symlinks and dots")
    func linkBase() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("journal/reports"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let journal = dir.appendingPathComponent("journal").path
        #expect(OutputFile.linkBase(from: journal + "/REPORT.md", to: journal) == "")
        #expect(OutputFile.linkBase(from: journal + "/reports/REPORT.md", to: journal) == "..")
        #expect(OutputFile.linkBase(from: dir.path + "/REPORT.md", to: journal + "/./reports/..") == "journal")
    }

    @Test("replaces the file whole and leaves no temporary file behind; a failed write says why")
    func atomic() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.txt").path
        try OutputFile.write("old\n", to: path)
        try OutputFile.write("new\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.txt"])
        #expect(throws: OutputFile.Failure.self) { try OutputFile.write("x", to: dir.path + "/missing/report.txt") }
    }
}
