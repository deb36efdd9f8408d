import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs `jobjournal` as a user whom file modes bind. Tests run as root on CI, and root reads
/// and writes whatever the mode says, so there the command runs as nobody, through setpriv
/// (util-linux), from a copy of the binary that nobody may run; otherwise as the user the
/// tests run as. Where that cannot be done the test records an issue rather than pass.
enum Unprivileged {
    static let nobody: UInt32 = 65534
    static let asRoot = geteuid() == 0
    /// The folder of the copy, removed when the tests end.
    nonisolated(unsafe) static var copyFolder: String?

    /// The program to run and what runs it; nil when running as root without setpriv.
    static let runner: (program: URL, prefix: [String])? = {
        guard asRoot else { return (executable, []) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        let bin = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-bin-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            guard chmod(bin.path, 0o755) == 0 else { return nil }
            try FileManager.default.copyItem(at: executable, to: bin.appendingPathComponent("jobjournal"))
        } catch {
            return nil
        }
        copyFolder = bin.path
        atexit { if let folder = Unprivileged.copyFolder { try? FileManager.default.removeItem(atPath: folder) } }
        return (bin.appendingPathComponent("jobjournal"), ["/usr/bin/setpriv", "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", "--"])
    }()

    /// Gives a folder and everything in it to the user the command runs as, so that only the
    /// modes a test sets stand in its way, as in the user's own journal.
    static func own(_ dir: URL) throws {
        guard asRoot else { return }
        let fm = FileManager.default
        guard let paths = fm.enumerator(atPath: dir.path)?.allObjects as? [String] else { return }
        for path in [""] + paths {
            let full = path.isEmpty ? dir.path : dir.appendingPathComponent(path).path
            #expect(lchown(full, nobody, nobody) == 0, "cannot give \(full) to nobody")
        }
    }

    /// Runs `jobjournal` with `arguments` in `dir` as that user; nil, with an issue recorded,
    /// when it cannot.
    static func run(_ arguments: [String], in dir: URL, env: [String: String] = [:]) throws -> MeasuredRun? {
        guard let (program, prefix) = runner else {
            Issue.record("running as root without /usr/bin/setpriv (util-linux): cannot drop privileges to test a permission refusal")
            return nil
        }
        var run = try measuredRun(arguments, in: dir, env: env, prefix: prefix, executable: program)
        // The copy may still be open for writing in a process another test is starting.
        for _ in 0..<20 where run.status == 126 && run.stderr.contains("Text file busy") {
            usleep(100_000)
            run = try measuredRun(arguments, in: dir, env: env, prefix: prefix, executable: program)
        }
        return run
    }
}
