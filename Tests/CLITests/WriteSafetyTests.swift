import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A command that writes, with the journal it writes to and the file it writes.
struct WriteCase: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    /// The file written, relative to the journal.
    var target: String
    /// Files besides the application `acme.md` (`trickyFile`).
    var files: [String: String] = [".jobjournal.yaml": "within: 7\n"]
    /// Makes a git repository of the journal.
    var git = false
    /// The pre-commit hook there beforehand.
    var hook: String? = nil

    var testDescription: String { name }

    /// The folder holding the target, relative to the journal.
    var folder: String { target.contains("/") ? String(target[..<target.lastIndex(of: "/")!]) : "." }

    /// A fresh journal for the command; nil, with an issue recorded, when git is needed and
    /// missing.
    func journal() throws -> URL? {
        let dir = try makeJournal(files)
        try writeBytes(trickyFile, to: dir.appendingPathComponent("acme.md"))
        if git {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else {
                Issue.record("git is not installed (make test-deps): cannot test init --git")
                return nil
            }
            let run = try runProgram(URL(fileURLWithPath: "/usr/bin/git"), ["init", "-q", dir.path])
            #expect(run.status == 0, "git init: \(run.stderr)")
            if let hook {
                let url = dir.appendingPathComponent(target)
                try writeBytes(hook, to: url)
                #expect(chmod(url.path, 0o755) == 0)
            }
        }
        return dir
    }

    /// The target's bytes after the command runs to the end in a fresh journal, and what
    /// `check` then says.
    func result() throws -> (bytes: Data?, check: Run)? {
        guard let dir = try journal() else { return nil }
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(arguments, in: dir)
        #expect(run.status == 0, "\(name): \(run.stderr)")
        return (try? Data(contentsOf: dir.appendingPathComponent(target)), try jobjournal(["check"], in: dir))
    }

    /// Whether `path` is a temporary file of a write to the target.
    func isTemporary(_ path: String) -> Bool {
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let prefix = (folder == "." ? "" : folder + "/") + "." + name + ".jobjournal-"
        return path.hasPrefix(prefix)
    }
}

extension WriteCase {
    static let oldHook = "#!/bin/sh\n# jobjournal pre-commit hook (installed by an older jobjournal).\nexit 0\n"

    static let log = WriteCase(name: "log", arguments: ["log", "acme", "Called.", "--today", "2026-11-26"], target: "acme.md")
    static let done = WriteCase(name: "done", arguments: ["done", "acme/thank-you/2026-11-19", "--today", "2026-11-26", "--date", "2026-11-19"],
                                target: "acme.md")
    static let set = WriteCase(name: "set", arguments: ["set", "acme", "status", "interviewing"], target: "acme.md")
    static let draft = WriteCase(name: "draft --append", arguments: ["draft", "thank-you", "acme", "--append", "--today", "2026-11-19"],
                                 target: "acme.md")
    static let gitHook = WriteCase(name: "init --git (its own hook there)", arguments: ["init", "--git"], target: ".git/hooks/pre-commit",
                                   git: true, hook: oldHook)
    static let reportMarkdown = WriteCase(name: "report -o REPORT.md", arguments: ["report", "--today", "2026-11-26", "-o", "REPORT.md"],
                                          target: "REPORT.md",
                                          files: [".jobjournal.yaml": "within: 7\n", "REPORT.md": "# Job search report, an older one\n"])
    static let reportJSON = WriteCase(name: "report -o report.json (streamed)", arguments: ["report", "--today", "2026-11-26", "-o", "report.json"],
                                      target: "report.json", files: [".jobjournal.yaml": "within: 7\n", "report.json": "{\"schema\": 1}\n"])

    static let new = WriteCase(name: "new", arguments: ["new", "Zeta", "--position", "PM", "--today", "2026-11-26"], target: "zeta-pm.md")
    static let initSettings = WriteCase(name: "init", arguments: ["init"], target: ".jobjournal.yaml", files: [:])
    static let gitHookFirst = WriteCase(name: "init --git (no hook yet)", arguments: ["init", "--git"], target: ".git/hooks/pre-commit",
                                        git: true)
    static let reportNew = WriteCase(name: "report -o (a new file)", arguments: ["report", "--today", "2026-11-26", "-o", "new-report.md"],
                                     target: "new-report.md")

    /// The commands that replace a file that is there.
    static let replacing = [log, done, set, draft, gitHook, reportMarkdown, reportJSON]
    /// The commands that make a file that is not there yet.
    static let creating = [new, initSettings, gitHookFirst, reportNew]
    static let all = replacing + creating
}

/// How another program changes a file while jobjournal writes it.
struct Meanwhile: Sendable, CustomTestStringConvertible {
    var step: String
    /// Saved in place (as `>` in a shell, or an editor that overwrites), or by renaming a new
    /// file over it (as most editors save).
    var inPlace: Bool

    var testDescription: String { "\(inPlace ? "saved in place" : "renamed over it") \(step.replacingOccurrences(of: "-", with: " "))" }

    static let all = ["after-temp-write", "before-rename", "after-last-look"].flatMap { step in
        [true, false].map { Meanwhile(step: step, inPlace: $0) }
    }

    /// What jobjournal says when it refuses.
    var refusal: String {
        inPlace ? "the file is being saved by another program; nothing was written. Try again in a moment."
            : "the file changed on disk since it was read; nothing was written. Run the command again."
    }

    /// Saves `bytes` to `url`; returns what waits for the save to be over. A save in place
    /// opens the file for writing, which waits while a jobjournal write holds its lease (the
    /// kernel tells that write): it goes on in the background, and this returns once the
    /// kernel shows it waiting (`/proc/locks`), or once it is over.
    func save(_ bytes: Data, to url: URL) throws -> () -> Void {
        if inPlace {
            let done = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                do {
                    let handle = try FileHandle(forWritingTo: url)
                    try handle.truncate(atOffset: 0)
                    try handle.write(contentsOf: bytes)
                    try handle.close()
                } catch {
                    Issue.record("the save in place failed: \(error)")
                }
                done.signal()
            }
            let inode = try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int ?? -1
            let deadline = Date().addingTimeInterval(5)
            while Date() < deadline, !leaseIsBreaking(inode: inode) {
                if done.wait(timeout: .now()) == .success {
                    done.signal()
                    break
                }
                usleep(1_000)
            }
            return { done.wait() }
        }
        let aside = url.deletingLastPathComponent().appendingPathComponent(".editor-save")
        try bytes.write(to: aside)
        #expect(rename(aside.path, url.path) == 0)
        return {}
    }
}

/// Whether a lease on the file with this inode is being broken: a process has asked to write
/// it and waits (`/proc/locks`: `LEASE  BREAKING  UNLCK pid maj:min:inode ...`).
func leaseIsBreaking(inode: Int) -> Bool {
    guard let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return false }
    return locks.split(separator: "\n").contains { line in
        line.contains("LEASE") && line.contains("BREAKING") && line.contains(":\(inode) ")
    }
}

/// Every file under a folder, hidden ones too, by path, with its bytes.
func snapshot(_ dir: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    for case let path as String in FileManager.default.enumerator(atPath: dir.path)?.allObjects ?? [] {
        let url = dir.appendingPathComponent(path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            files[path] = (try? Data(contentsOf: url)) ?? Data("unreadable".utf8)
        }
    }
    return files
}

/// The reliability issue's writes, for every command that writes: a write stopped at any
/// step, a file changed by another program during the write, read-only files and folders.
/// docs/reliability.md lists each case with its test.
@Suite("Writes that cannot lose data")
struct WriteSafetyTests {
    @Test("a write stopped at any step leaves the old file or the new one, whole, nothing else changed, and the journal reads the same",
          arguments: WriteCase.all, writeSteps)
    func stopped(_ write: WriteCase, at step: String) throws {
        guard let dir = try write.journal(), let (newBytes, newCheck) = try write.result() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = snapshot(dir)
        let oldCheck = try jobjournal(["check"], in: dir)
        let run = try jobjournal(write.arguments, in: dir, env: ["JOBJOURNAL_TEST_CRASH_AT": step])
        #expect(run.status == 99, "the write never reached \(step): \(run.stderr)")

        var after = snapshot(dir)
        let renamed = step == "after-rename"
        #expect(after[write.target] == (renamed ? newBytes : before[write.target]), "\(write.target) is neither the old file nor the new one")
        #expect(after[write.target] != before[write.target] || !renamed)
        if write.target.hasSuffix("pre-commit"), after[write.target] != nil {
            #expect(FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent(write.target).path), "the hook is not executable")
        }
        // Nothing else changed; at most a hidden temporary file is left beside the target.
        after[write.target] = before[write.target]
        for path in Set(after.keys).subtracting(before.keys) where write.isTemporary(path) { after[path] = nil }
        #expect(after == before, "changed besides \(write.target): \(Set(after.keys).symmetricDifference(before.keys).sorted())")
        let check = try jobjournal(["check"], in: dir)
        let expected = renamed ? newCheck : oldCheck
        #expect(check.status == expected.status && check.stdout == expected.stdout && check.stderr == expected.stderr,
                "check after the stopped write: \(check.stdout)\(check.stderr)")
    }

    @Test("a file another program saves during the write is not overwritten: refused with exit 1, their bytes kept",
          arguments: WriteCase.replacing, Meanwhile.all)
    func changedMeanwhile(_ write: WriteCase, _ other: Meanwhile) throws {
        guard let dir = try write.journal() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(write.target)
        let theirs = try Data(contentsOf: url) + Data("\nSaved by another program.\n".utf8)
        let before = snapshot(dir)
        var saved: () -> Void = {}
        let run = try jobjournal(write.arguments, in: dir, env: ["JOBJOURNAL_TEST_PAUSE_AT": other.step]) {
            saved = try other.save(theirs, to: url)
        }
        saved()
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("jobjournal: \(write.target): \(other.refusal)\n"), "\(run.stderr)")
        var after = snapshot(dir)
        #expect(after[write.target] == theirs)
        after[write.target] = before[write.target]
        #expect(after == before, "no temporary file or other change is left: \(Set(after.keys).symmetricDifference(before.keys).sorted())")
    }

    @Test("a file another program makes during the write is not replaced; their bytes are kept",
          arguments: WriteCase.creating, ["after-temp-write", "before-rename", "after-last-look"])
    func createdMeanwhile(_ write: WriteCase, at step: String) throws {
        guard let dir = try write.journal() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(write.target)
        let theirs = Data("made by another program\n".utf8)
        let before = snapshot(dir)
        let run = try jobjournal(write.arguments, in: dir, env: ["JOBJOURNAL_TEST_PAUSE_AT": step]) {
            try theirs.write(to: url)
        }
        if write.name == "init" {
            // As when the file was there before: left as it is.
            #expect(run.status == 0)
            #expect(run.stdout == ".jobjournal.yaml already exists; left as it is\n")
        } else {
            #expect(run.status == 1)
            let message = write.name.hasPrefix("report") ? "the file was created meanwhile by another program" : "the file already exists"
            #expect(run.stderr == "jobjournal: \(write.target): \(message); nothing was written\n")
        }
        var after = snapshot(dir)
        #expect(after[write.target] == theirs)
        after[write.target] = nil
        #expect(after == before, "no temporary file or other change is left: \(Set(after.keys).symmetricDifference(before.keys).sorted())")
    }

    @Test("a read-only file is refused with exit 2, naming it; nothing changes", arguments: WriteCase.replacing)
    func readOnlyFile(_ write: WriteCase) throws {
        guard let dir = try write.journal() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        try Unprivileged.own(dir)
        #expect(chmod(dir.appendingPathComponent(write.target).path, 0o444) == 0)
        let before = snapshot(dir)
        guard let run = try Unprivileged.run(write.arguments, in: dir) else { return }
        #expect(run.status == 2)
        #expect(run.stderr.hasSuffix("jobjournal: cannot write \(write.target): the file is read-only (Permission denied); nothing was written\n"),
                "\(run.stderr)")
        #expect(snapshot(dir) == before)
    }

    @Test("a read-only folder is refused with exit 2, naming the file; nothing changes", arguments: WriteCase.all)
    func readOnlyFolder(_ write: WriteCase) throws {
        guard let dir = try write.journal() else { return }
        let folder = dir.appendingPathComponent(write.folder)
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        try Unprivileged.own(dir)
        #expect(chmod(folder.path, 0o555) == 0)
        let before = snapshot(dir)
        guard let run = try Unprivileged.run(write.arguments, in: dir) else { return }
        #expect(run.status == 2)
        let place = write.folder == "." ? "the current folder" : "its folder \(write.folder)"
        #expect(run.stderr.hasSuffix("jobjournal: cannot write \(write.target): \(place) is read-only (Permission denied); nothing was written\n"),
                "\(run.stderr)")
        #expect(snapshot(dir) == before)
    }

    @Test("a symlinked file is written through: the link stays, the file it names changes and keeps its mode",
          arguments: WriteCase.replacing)
    func symlinked(_ write: WriteCase) throws {
        guard let dir = try write.journal(), let (newBytes, _) = try write.result() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        // Kept outside the journal, which reads it through the link only.
        let store = try makeJournal([:])
        defer { try? FileManager.default.removeItem(at: store) }
        let link = dir.appendingPathComponent(write.target)
        let real = store.appendingPathComponent("real-" + link.lastPathComponent)
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: link, to: real)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: real.path)
        #expect(chmod(real.path, 0o700) == 0)
        let run = try jobjournal(write.arguments, in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try Data(contentsOf: real) == newBytes)
        // The hook is made executable by all; every other file keeps its mode.
        let mode = write.target.hasSuffix("pre-commit") ? 0o755 : 0o700
        #expect(try FileManager.default.attributesOfItem(atPath: real.path)[.posixPermissions] as? Int == mode)
    }

    @Test("a write cut off while writing the temporary file (the file size limit, as a full disk) leaves the file whole and says why",
          arguments: [(WriteCase.log, 4096), (WriteCase.reportJSON, 512)])
    func cutShort(_ write: WriteCase, limit: Int) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit") else {
            Issue.record("prlimit (util-linux) is missing: cannot limit the size of the files written")
            return
        }
        guard let dir = try write.journal() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        // Notes enough that the new file is over the limit.
        try writeBytes(trickyFile + String(repeating: "More notes about the role.\r\n", count: 300), to: dir.appendingPathComponent("acme.md"))
        let before = snapshot(dir)
        let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_CACHE_HOME": testCacheHome]
        let limited = ["/usr/bin/prlimit", "--fsize=\(limit)", executable.path] + write.arguments
        let env = URL(fileURLWithPath: "/usr/bin/env")
        // The kernel stops the process part-way through the temporary file (SIGXFSZ, set to
        // its default: the test runner may ignore it).
        let killed = try runProgram(env, ["--default-signal=XFSZ"] + limited, in: dir, environment: environment)
        #expect(killed.status == SIGXFSZ || killed.status == 128 + SIGXFSZ, "status \(killed.status): \(killed.stderr)")
        let cut = snapshot(dir)
        #expect(cut[write.target] == before[write.target])
        #expect(cut.keys.contains(where: write.isTemporary), "no partial temporary file: was the write cut off?")
        // With the signal ignored the write fails instead, as on a full disk. The temporary
        // file the first run left is removed on the way.
        let failed = try runProgram(env, ["--ignore-signal=XFSZ"] + limited, in: dir, environment: environment)
        #expect(failed.status == 2)
        #expect(failed.stderr == "jobjournal: cannot write \(write.target): File too large; nothing was written\n")
        #expect(snapshot(dir) == before)
    }

    @Test("a temporary file left by a stopped write is removed by the next write of that file")
    func leftoverRemoved() throws {
        let write = WriteCase.log
        guard let dir = try write.journal() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try jobjournal(write.arguments, in: dir, env: ["JOBJOURNAL_TEST_CRASH_AT": "after-temp-write"]).status == 99)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter(write.isTemporary)
        #expect(left.count == 1)
        #expect(try jobjournal(["log", "acme", "Again.", "--today", "2026-11-26"], in: dir).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [".jobjournal.yaml", "acme.md"])
        #expect(try contents(dir.appendingPathComponent("acme.md")).contains("- 2026-11-26 Again.\r\n"))
    }

    @Test("a temporary file left by a stopped new, init or report -o is removed when the command runs again",
          arguments: [WriteCase.new, .initSettings, .reportNew])
    func creationLeftoverRemoved(_ write: WriteCase) throws {
        guard let dir = try write.journal() else { return }
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = snapshot(dir)
        #expect(try jobjournal(write.arguments, in: dir, env: ["JOBJOURNAL_TEST_CRASH_AT": "after-temp-write"]).status == 99)
        #expect(snapshot(dir).keys.filter(write.isTemporary).count == 1)
        let run = try jobjournal(write.arguments, in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Set(snapshot(dir).keys) == Set(before.keys).union([write.target]), "\(snapshot(dir).keys.sorted())")
    }
}

/// The steps of a write that `JOBJOURNAL_TEST_CRASH_AT` and `JOBJOURNAL_TEST_PAUSE_AT` name.
let writeSteps = ["after-temp-write", "before-rename", "after-last-look", "after-rename"]
