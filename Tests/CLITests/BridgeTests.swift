import Foundation
import Testing

/// `import`, `export`, `migrate`, `lsp` and `mail` run in `jobjournal-bridge`, which
/// `jobjournal` starts from its own folder, else from `../libexec/jobjournal/`
/// (Sources/JobJournalCLI/Bridge.swift).
@Suite("jobjournal hands five commands to jobjournal-bridge")
struct BridgeTests {
    /// A folder holding a copy of the built `jobjournal`, and of the bridge at `bridgeAt`
    /// (a path relative to the folder of `jobjournal`), or no bridge.
    func install(bridgeAt: String?) throws -> (root: URL, jobjournal: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-bridge-\(UUID().uuidString)")
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: executable, to: bin.appendingPathComponent("jobjournal"))
        if let bridgeAt {
            let target = bin.appendingPathComponent(bridgeAt).standardizedFileURL
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: executable.deletingLastPathComponent().appendingPathComponent("jobjournal-bridge"), to: target)
        }
        return (root, bin.appendingPathComponent("jobjournal"))
    }

    func export(with program: URL) throws -> Run {
        try runProgram(program, ["export", "--dir", packageRoot.appendingPathComponent("journal-example").path, "--today", "2026-11-26"],
                       environment: ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_CACHE_HOME": testCacheHome])
    }

    @Test("found beside jobjournal, or in ../libexec/jobjournal/, it does the work")
    func foundWhereInstalled() throws {
        for place in ["jobjournal-bridge", "../libexec/jobjournal/jobjournal-bridge"] {
            let (root, program) = try install(bridgeAt: place)
            defer { try? FileManager.default.removeItem(at: root) }
            let run = try export(with: program)
            #expect(run.status == 0, "\(place): \(run.stderr)")
            #expect(run.stdout.hasPrefix("File,Company,Position,Status,"), "\(place)")
        }
    }

    @Test("missing, the command fails with status 2 and says where it looked; the other commands run")
    func missing() throws {
        let (root, program) = try install(bridgeAt: nil)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try export(with: program)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("'export' is run by jobjournal-bridge, which is not installed beside jobjournal"))
        #expect(run.stderr.contains("/bin/jobjournal-bridge and "))
        let check = try runProgram(program, ["check", "--dir", packageRoot.appendingPathComponent("journal-example").path],
                                   environment: ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_CACHE_HOME": testCacheHome])
        #expect(check.status == 0, "\(check.stderr)")
    }
}
