import Foundation
import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

/// A link to an application kept elsewhere in the journal (`current.md` → `acme.md`) is the
/// same application: read once, under its own path, with a warning at the link.
@Suite("Links to Markdown files")
struct LinkedFilesTests {
    static func application(_ company: String) -> String { "---\ncompany: \(company)\nposition: Buyer\n---\n" }

    @Test("a link to a file of the journal is read once, under the file's own path, and the link is named")
    func linkToJournalFile() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("jobjournal-links-\(UUID().uuidString)")
        let outside = fm.temporaryDirectory.appendingPathComponent("jobjournal-links-outside-\(UUID().uuidString).md")
        try fm.createDirectory(at: dir.appendingPathComponent("closed"), withIntermediateDirectories: true)
        defer {
            try? fm.removeItem(at: dir)
            try? fm.removeItem(at: outside)
        }
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        try Self.application("Zeta").write(toFile: path("zeta.md"), atomically: false, encoding: .utf8)
        try Self.application("Acme").write(toFile: path("closed/acme.md"), atomically: false, encoding: .utf8)
        try Self.application("Elsewhere").write(to: outside, atomically: false, encoding: .utf8)
        // Links that sort before and after the file they lead to, one in another folder.
        try fm.createSymbolicLink(atPath: path("a-current.md"), withDestinationPath: "zeta.md")
        try fm.createSymbolicLink(atPath: path("closed/z-same.md"), withDestinationPath: "../zeta.md")
        try fm.createSymbolicLink(atPath: path("current.md"), withDestinationPath: "closed/acme.md")
        // Two links to one file outside the journal: the first in path order is read.
        try fm.createSymbolicLink(atPath: path("b-outside.md"), withDestinationPath: outside.path)
        try fm.createSymbolicLink(atPath: path("c-outside.md"), withDestinationPath: outside.path)

        let journal = try JournalLoader.load(root: dir.path)
        #expect(journal.files.map(\.path) == ["b-outside.md", "closed/acme.md", "zeta.md"])
        #expect(journal.applications.map(\.company) == ["Elsewhere", "Acme", "Zeta"])
        let warnings = journal.diagnostics.map { "\($0.file.replacingOccurrences(of: dir.path + "/", with: "")): \($0.message) [\($0.id)]" }
        let under = dir.path + "/"
        #expect(warnings == [
            "a-current.md: a link to \(under)zeta.md, which is read already; skipped [repeated-file]",
            "c-outside.md: a link to \(under)b-outside.md, which is read already; skipped [repeated-file]",
            "closed/z-same.md: a link to \(under)zeta.md, which is read already; skipped [repeated-file]",
            "current.md: a link to \(under)closed/acme.md, which is read already; skipped [repeated-file]",
        ])
        // A command given the link finds the application it leads to.
        let found = try ApplicationLookup.find(path("current.md"), in: journal).get()
        #expect(found.path == "closed/acme.md")
    }
}
