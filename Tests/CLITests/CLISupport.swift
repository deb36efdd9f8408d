import Foundation
import Testing

/// The package's folder, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The built `jobjournal`, next to the test bundle, or the one `JOBJOURNAL_EXECUTABLE` names
/// (to run these tests against a release build: docs/reliability.md measures that way).
let executable: URL = {
    if let path = ProcessInfo.processInfo.environment["JOBJOURNAL_EXECUTABLE"], !path.isEmpty {
        return URL(fileURLWithPath: path, relativeTo: packageRoot).absoluteURL
    }
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var dir = bundle.deletingLastPathComponent()
    if dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
    return dir.appendingPathComponent("jobjournal")
}()

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `jobjournal` with arguments, in `directory`, with a clean environment plus `env`.
/// With `whileStopped`, the program is expected to stop itself (`JOBJOURNAL_TEST_PAUSE_AT`):
/// `whileStopped` runs then, and the program is continued.
@discardableResult
func jobjournal(_ arguments: [String], in directory: URL = packageRoot, env: [String: String] = [:], stdin: String? = nil,
                whileStopped: (() throws -> Void)? = nil) throws -> Run {
    var environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
                       "XDG_CACHE_HOME": testCacheHome]
    for (k, v) in env { environment[k] = v }
    return try runProgram(executable, arguments, in: directory, environment: environment, stdin: stdin, whileStopped: whileStopped)
}

/// Where the commands the tests run keep their parse cache: a folder of this test run's
/// own, never the user's `~/.cache` (`ParseCacheCLITests` uses folders of its own).
let testCacheHome: String = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-cache-\(UUID().uuidString)").path

/// Runs a program and collects its output. Output goes to files, not pipes, so a large
/// output cannot stall the process; with a `timeout`, a program that hangs is stopped and
/// the test records it.
func runProgram(_ program: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
                stdin: String? = nil, timeout: TimeInterval? = nil, whileStopped: (() throws -> Void)? = nil) throws -> Run {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = environment }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    let input = Pipe()
    process.standardInput = input
    try process.run()
    // A program that exits without reading its input (a usage error) closes the pipe first:
    // writing then must fail quietly, not end the test process with SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    if let stdin { try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
    try? input.fileHandleForWriting.close()
    if let whileStopped {
        let pid = process.processIdentifier
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && !isStopped(pid) && Date() < deadline { usleep(2_000) }
        if isStopped(pid) {
            defer { kill(pid, SIGCONT) }
            try whileStopped()
        } else {
            Issue.record("\(program.lastPathComponent) \(arguments.joined(separator: " ")) never stopped itself")
            if process.isRunning { kill(pid, SIGKILL) }
        }
    }
    if let timeout {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Thread.sleep(forTimeInterval: 1)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            Issue.record("\(program.path) did not finish within \(Int(timeout)) s; stopped it")
        }
    }
    process.waitUntilExit()
    let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}

/// Whether a process is stopped (by SIGSTOP), from its state in /proc.
func isStopped(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return false }
    return stat[close...].dropFirst(2).first == "T"
}

/// Compares output with a golden file beside the tests; `JOBJOURNAL_RECORD=1` rewrites it.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = packageRoot.appendingPathComponent("Tests/CLITests/Golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["JOBJOURNAL_RECORD"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "output differs from Golden/\(name); re-record with JOBJOURNAL_RECORD=1 after checking the change", sourceLocation: sourceLocation)
}

/// A throwaway journal folder with the given files.
func makeJournal(_ files: [String: String]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-test-\(UUID().uuidString)")
    for (name, text) in files {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return dir
}

/// The pinned day the example journal is documented at.
let exampleDay = "2026-11-26"

/// A throwaway copy of journal-example, to write to.
func copyOfExample() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-example-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("journal-example"), to: dir)
    return dir
}

/// A file's bytes, as a string that keeps them all (CR, BOM) for comparing.
func contents(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

/// Writes exact bytes (a BOM, CRLF) to a file.
func writeBytes(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

/// The ids of the actions `due` lists for a journal on a day.
func actionIDs(in dir: URL, today: String = exampleDay) throws -> [String] {
    let run = try jobjournal(["due", "--format", "json", "--within", "400", "--today", today], in: dir)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    return (object?["actions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
}

/// The folder holding the built executable, for PATH.
let executableFolder = executable.deletingLastPathComponent().path
