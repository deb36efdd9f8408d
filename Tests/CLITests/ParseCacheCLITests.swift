import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The parse cache seen from the command line: every reading command prints the same bytes
/// with it, cold and warm, as with `--no-cache` or `JOBJOURNAL_NO_CACHE=1`; the cache lives
/// in `$XDG_CACHE_HOME/jobjournal`, and a command told not to use it writes none.
@Suite("The parse cache, from the command line")
struct ParseCacheCLITests {
    static let commands: [[String]] = [
        ["check"], ["check", "--format", "json"], ["check", "--verbose"], ["due"], ["due", "--format", "json"],
        ["due", "--format", "ics"], ["refs"],
        ["report"], ["report", "--format", "json"], ["report", "--format", "markdown"], ["stats"], ["stats", "--format", "json"],
        ["export"],
    ]

    /// A cache folder of the test's own.
    static func cacheHome() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-cachehome-\(UUID().uuidString)").path
    }

    /// The cache files under a cache home: parse caches, and with `kind`, those of that kind.
    static func caches(in home: String, kind: String = "parse-cache") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: home + "/jobjournal")) ?? []).filter { $0.hasSuffix("." + kind) }
    }

    /// Every file under a cache home.
    static func everything(in home: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: home + "/jobjournal")) ?? []
    }

    /// Runs each command without the cache (both ways), then with it cold and warm, and
    /// expects the same status, output and errors from all four.
    static func expectSameOutput(dir: String, in folder: URL, commands: [[String]] = commands, settle: Bool = false,
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let home = cacheHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        for command in commands {
            let arguments = command + ["--dir", dir, "--today", exampleDay]
            let flag = try jobjournal(arguments + ["--no-cache"], in: folder, env: ["XDG_CACHE_HOME": home])
            let variable = try jobjournal(arguments, in: folder, env: ["XDG_CACHE_HOME": home, "JOBJOURNAL_NO_CACHE": "1"])
            #expect(everything(in: home).isEmpty, "\(command) wrote a cache though told not to", sourceLocation: sourceLocation)
            let cold = try jobjournal(arguments, in: folder, env: ["XDG_CACHE_HOME": home])
            #expect(caches(in: home).count == 1, "\(command) wrote no cache", sourceLocation: sourceLocation)
            if settle { usleep(2_100_000) }
            _ = try jobjournal(arguments, in: folder, env: ["XDG_CACHE_HOME": home])
            let warm = try jobjournal(arguments, in: folder, env: ["XDG_CACHE_HOME": home])
            // The day's actions are kept by the commands that work out every application's,
            // once the parse cache vouches for the files: the agenda as JSON as it is written.
            let keepsAgenda = command == ["due", "--format", "json"]
            let keepsActions = ["due", "report"].contains(command[0]) && !keepsAgenda
            #expect(caches(in: home, kind: "actions-cache").count == (keepsActions ? 1 : 0),
                    "\(command): the day's actions", sourceLocation: sourceLocation)
            #expect(caches(in: home, kind: "agenda-cache").count == (keepsAgenda ? 1 : 0),
                    "\(command): the day's agenda as JSON", sourceLocation: sourceLocation)
            for (name, run) in [("JOBJOURNAL_NO_CACHE", variable), ("cold", cold), ("warm", warm)] {
                #expect(run.status == flag.status, "\(command) \(name): status", sourceLocation: sourceLocation)
                #expect(run.stdout == flag.stdout, "\(command) \(name): output differs", sourceLocation: sourceLocation)
                #expect(run.stderr == flag.stderr, "\(command) \(name): errors differ", sourceLocation: sourceLocation)
            }
            try? FileManager.default.removeItem(atPath: home)
        }
    }

    @Test("journal-example: every reading command prints the same with and without the cache")
    func exampleJournal() throws {
        try Self.expectSameOutput(dir: "journal-example", in: packageRoot)
        // Named another way, from another folder: the same cache, paths as given.
        let home = Self.cacheHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let root = packageRoot.appendingPathComponent("journal-example")
        let plain = try jobjournal(["check", "--dir", ".", "--no-cache"], in: root, env: ["XDG_CACHE_HOME": home])
        _ = try jobjournal(["check", "--dir", "journal-example/"], in: packageRoot, env: ["XDG_CACHE_HOME": home])
        let cached = try jobjournal(["check", "--dir", "."], in: root, env: ["XDG_CACHE_HOME": home])
        #expect(cached.stdout == plain.stdout && cached.stderr == plain.stderr)
        #expect(Self.caches(in: home).count == 1)
    }

    @Test("jobjournal and jobjournal-bridge share one cache: neither rewrites what the other wrote")
    func sharedWithTheBridge() throws {
        let home = Self.cacheHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = ["XDG_CACHE_HOME": home]
        /// The cache file's inode: an atomic write replaces the file, so a new inode is a rewrite.
        func inode() throws -> UInt64 {
            let name = try #require(Self.caches(in: home).first)
            let attributes = try FileManager.default.attributesOfItem(atPath: home + "/jobjournal/" + name)
            return try #require(attributes[.systemFileNumber] as? UInt64)
        }
        _ = try jobjournal(["check", "--dir", "journal-example"], env: env)
        let written = try inode()
        // export runs in jobjournal-bridge, check in jobjournal.
        _ = try jobjournal(["export", "--dir", "journal-example", "--today", exampleDay], env: env)
        #expect(try inode() == written, "jobjournal-bridge rewrote the cache jobjournal wrote")
        _ = try jobjournal(["check", "--dir", "journal-example"], env: env)
        #expect(try inode() == written, "jobjournal rewrote the cache after jobjournal-bridge read it")
    }

    @Test("the hostile journal: the same output with and without the cache, cold and warm")
    func hostileJournal() throws {
        let dir = try HostileJournalTests.makeHostileJournal()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Settled between the cold and the warm run, so the warm run takes files from the cache.
        try Self.expectSameOutput(dir: dir.path, in: packageRoot, commands: [["check"], ["due", "--format", "json"], ["refs"]], settle: true)
    }

    @Test("a generated journal after random edits, renames, deletions and touches reads the same with the cache",
          .enabled(if: ExternalTools.python != nil, "needs python3"))
    func generatedJournal() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-generated-\(UUID().uuidString)")
        let home = Self.cacheHome()
        defer { for p in [dir.path, home] { try? FileManager.default.removeItem(atPath: p) } }
        _ = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "scripts/generate-journal.py", "120", dir.path], in: packageRoot)
        let env = ["XDG_CACHE_HOME": home]
        let commands = [["report", "--format", "json"], ["due", "--format", "json"]].map { $0 + ["--dir", dir.path, "--today", exampleDay] }
        for arguments in commands { _ = try jobjournal(arguments, env: env) }
        usleep(2_100_000)
        for arguments in commands { _ = try jobjournal(arguments, env: env) }
        var files = (FileManager.default.subpaths(atPath: dir.path) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.count >= 100)
        var generator = SystemRandomNumberGenerator()
        for step in 0..<12 {
            for _ in 0..<3 {
                let i = Int.random(in: 0..<files.count, using: &generator)
                let path = dir.appendingPathComponent(files[i]).path
                switch Int.random(in: 0..<4, using: &generator) {
                case 0:
                    let handle = try #require(FileHandle(forWritingAtPath: path))
                    handle.seekToEndOfFile()
                    handle.write(Data("- 2026-11-2\(step % 6) From Pat Doe: news\n".utf8))
                    handle.closeFile()
                case 1:
                    let renamed = "renamed-\(step)-\(i).md"
                    try FileManager.default.moveItem(atPath: path, toPath: dir.appendingPathComponent(renamed).path)
                    files[i] = renamed
                case 2:
                    try FileManager.default.removeItem(atPath: path)
                    files.remove(at: i)
                default:
                    utime(path, nil)
                }
            }
            for arguments in commands {
                let plain = try jobjournal(arguments + ["--no-cache"], env: env)
                let cached = try jobjournal(arguments, env: env)
                #expect(cached.stdout == plain.stdout, "\(arguments[0]), step \(step)")
                #expect(cached.stderr == plain.stderr, "\(arguments[0]), step \(step)")
            }
        }
        #expect(Self.caches(in: home).count == 1)
        #expect(Self.caches(in: home, kind: "actions-cache").count == 1)
        #expect(Self.caches(in: home, kind: "agenda-cache").count == 1)
    }
}
