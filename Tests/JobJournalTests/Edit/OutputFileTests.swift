import Foundation
import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Writing a report to a file")
struct OutputFileTests {
    func scratchFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

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
        let dir = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.txt").path
        try OutputFile.write(to: path) { $0.write("old\n") }
        try OutputFile.write(to: path) { $0.write("new\n") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.txt"])
        #expect(throws: AtomicWrite.Failure.self) { try OutputFile.write(to: dir.path + "/missing/report.txt") { $0.write("x") } }
    }

    @Test("never replaces an application file; a Markdown file that is not one is replaced")
    func keepsApplications() throws {
        let dir = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let application = dir.appendingPathComponent("acme.md").path
        try "---\ncompany: Acme\nposition: Buyer\n---\nMy notes.\n".write(toFile: application, atomically: false, encoding: .utf8)
        #expect {
            try OutputFile.write(to: application) { $0.write("# Report\n") }
        } throws: { error in
            guard case .refused(let r) = error as? AtomicWrite.Failure else { return false }
            return r.message.hasPrefix("this is an application file, and the report would replace it")
        }
        #expect(try String(contentsOfFile: application, encoding: .utf8) == "---\ncompany: Acme\nposition: Buyer\n---\nMy notes.\n")
        let report = dir.appendingPathComponent("REPORT.md").path
        try OutputFile.write(to: report) { $0.write("# Report 1\n") }
        try OutputFile.write(to: report) { $0.write("# Report 2\n") }
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "# Report 2\n")
    }
}
