import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A run of `jobjournal` that cannot stall the suite: killed when it outlives its time
/// limit, with its wall time and its peak memory measured.
///
/// The memory comes from GNU time (`/usr/bin/time`, Debian's `time`, installed by `make
/// deps`) rather than from this process's own `wait4`: a child spawned from the test
/// process starts with the test process's peak as its own (Linux carries the spawning
/// memory's high-water mark across exec), while GNU time's child starts afresh.
struct MeasuredRun {
    var status: Int32
    /// Killed at the time limit: a hang, or a blocked read.
    var timedOut: Bool
    var stdout: String
    var stderr: String
    var seconds: Double
    var peakMemoryMiB: Double
}

/// Runs `jobjournal` (or `executable` run through `prefix`, such as `setpriv ...`) in
/// `directory` with a clean environment plus `env`, standard input read from `stdinPath`.
func measuredRun(
    _ arguments: [String], in directory: URL, env: [String: String] = [:], stdinPath: String = "/dev/null",
    timeLimit: Duration = .seconds(60), prefix: [String] = [], executable: URL = executable
) throws -> MeasuredRun {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-measured-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outPath = scratch.appendingPathComponent("out").path, errPath = scratch.appendingPathComponent("err").path

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    addChdir(&actions, directory.path)

    var environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
                       "XDG_CACHE_HOME": testCacheHome]
    for (k, v) in env { environment[k] = v }
    let timePath = scratch.appendingPathComponent("time").path
    let gnuTime = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
    if !gnuTime { Issue.record("GNU time (/usr/bin/time, Debian package time) is missing: run 'make deps'; memory is not measured") }
    let argv = (gnuTime ? ["/usr/bin/time", "-f", "%M", "-o", timePath] : []) + prefix + [executable.path] + arguments
    let cArgs = argv.map { strdup($0) } + [nil]
    let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (cArgs + cEnv).forEach { free($0) } }

    let clock = ContinuousClock()
    let start = clock.now
    // A process group of its own, so that a kill at the time limit reaches time's child too.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArgs, cEnv)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

    var status: Int32 = 0
    var usage = rusage()
    var timedOut = false
    while wait4(pid, &status, WNOHANG, &usage) == 0 {
        if clock.now - start > timeLimit {
            timedOut = true
            kill(-pid, SIGKILL)
            wait4(pid, &status, 0, &usage)
            break
        }
        usleep(5_000)
    }
    let elapsed = clock.now - start
    // Exited: the code is in bits 8-15; killed by a signal: 128 + the signal, as shells say.
    // GNU time exits with its child's status.
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    // GNU time's last line is the peak in KiB (a line before it tells of a child's signal).
    let timeReport = (try? String(contentsOfFile: timePath, encoding: .utf8)) ?? ""
    let peakKiB = timeReport.split(separator: "\n").last.flatMap { Double($0) } ?? Double(usage.ru_maxrss)
    return MeasuredRun(
        status: exitStatus, timedOut: timedOut,
        stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self),
        seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
        peakMemoryMiB: peakKiB / 1024)
}

/// glibc's `posix_spawn_file_actions_addchdir_np`, which Swift's Glibc module does not show:
/// the child starts in `directory` without the tests, which run in parallel, changing theirs.
private func addChdir(_ actions: inout posix_spawn_file_actions_t, _ directory: String) {
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else {
        fatalError("glibc 2.29 or later is needed for posix_spawn_file_actions_addchdir_np")
    }
    _ = unsafeBitCast(symbol, to: AddChdir.self)(&actions, directory)
}
