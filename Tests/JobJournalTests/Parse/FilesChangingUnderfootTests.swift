import Foundation
import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

#if canImport(Glibc)
import Glibc
#endif

/// A journal is a folder others write to as well (an editor saving, a sync client, git): a
/// file listed a moment ago may be gone, replaced or grown when it is read. The loader lists
/// the folder, then reads each file; these tests change the files in between, in that very
/// window, and read them as the loader does.
@Suite("Files that change between listing and reading")
struct FilesChangingUnderfootTests {
    static let good = "---\ncompany: Acme\nposition: Buyer\n---\n"

    @Test("a file gone, turned into a link loop, a FIFO or a folder, grown past the limit or locked is reported at line 1; the rest is read")
    func changedAfterListing() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("jobjournal-underfoot-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let names = ["fifo.md", "folder.md", "good.md", "grown.md", "locked.md", "looped.md", "vanished.md"]
        for name in names { try Self.good.write(toFile: path(name), atomically: false, encoding: .utf8) }

        let listing = FileSystem.listMarkdown(under: dir.path)
        #expect(listing.files == names)

        // After listing, before reading:
        try fm.removeItem(atPath: path("vanished.md"))
        try fm.removeItem(atPath: path("looped.md"))
        try fm.createSymbolicLink(atPath: path("looped.md"), withDestinationPath: "looped.md")
        try fm.removeItem(atPath: path("fifo.md"))
        #expect(mkfifo(path("fifo.md"), 0o644) == 0)
        try fm.removeItem(atPath: path("folder.md"))
        try fm.createDirectory(atPath: path("folder.md"), withIntermediateDirectories: false)
        try (Self.good + String(repeating: "x", count: 2 << 20)).write(toFile: path("grown.md"), atomically: false, encoding: .utf8)
        #expect(chmod(path("locked.md"), 0) == 0)

        let targets = listing.files.map { (path: $0, open: path($0)) }
        var oneMiBLimit = Settings()
        oneMiBLimit.maxFileSize = 1 << 20
        let files = JournalLoader.parseAll(targets, settings: oneMiBLimit, workers: 1)
        var said: [String: [String]] = [:]
        for file in files {
            said[file.path] = file.diagnostics.map { "\($0.location.line): \($0.severity.rawValue): \($0.message) [\($0.id)]" }
        }
        let notAFile = "1: warning: not a regular file (a FIFO, socket or device); skipped [not-a-file]"
        #expect(said["vanished.md"] == ["1: error: cannot read file: No such file or directory [unreadable]"])
        #expect(said["looped.md"] == ["1: error: cannot read file: Too many levels of symbolic links [unreadable]"])
        #expect(said["fifo.md"] == [notAFile])
        #expect(said["folder.md"] == [notAFile])
        #expect(said["grown.md"] == ["1: error: file is 2.0 MiB, over the 1.0 MiB limit (max-file-size in .jobjournal.yaml); not read [file-too-large]"])
        // Root reads a file whatever its mode; CLITests' UnreadableFilesTests runs the
        // command as an unprivileged user to see the refusal there.
        #expect(said["locked.md"] == (geteuid() == 0 ? [] : ["1: error: cannot read file: Permission denied [unreadable]"]))
        #expect(said["good.md"] == [])
        #expect(files.first { $0.path == "good.md" }?.application?.company == "Acme")
    }
}
