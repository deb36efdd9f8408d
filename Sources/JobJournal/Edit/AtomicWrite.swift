#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Replaces a file so that, whatever happens, it is either the old file or the new one,
/// whole: the new bytes go to a temporary file in the same folder, are flushed to disk, take
/// the original's permissions, and are renamed over it; then the folder is flushed. A
/// symlink is written through, to the file it names. The file is locked (`flock`) from the
/// read to the rename, so two jobjournal writes to one file run one after the other and the
/// second sees the first's result; and the write is refused when the file changed on disk
/// (another program saved it) since it was read.
public enum AtomicWrite {
    /// The moments a test can stop a write at (`JOBJOURNAL_TEST_CRASH_AT` in the CLI).
    public enum Step: String, Sendable, CaseIterable {
        case afterTempWrite = "after-temp-write"
        case beforeRename = "before-rename"
        case afterRename = "after-rename"
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The file's content stands in the way; nothing was written.
        case refused(EditRefusal)
        /// The file system failed; nothing was written.
        case io(String)

        public var description: String {
            switch self {
            case .refused(let r): return r.message
            case .io(let message): return message
            }
        }
    }

    /// Called at each step; returning false stops the write there as if it had failed.
    public typealias Hook = @Sendable (Step) -> Bool

    /// Reads `path` under a lock, hands its bytes to `change`, and writes what it returns
    /// (nothing when it returns nil bytes, or when `dryRun`). Returns `change`'s result.
    public static func update<T>(
        _ path: String, dryRun: Bool = false, hook: Hook? = nil,
        _ change: ([UInt8]) throws(EditRefusal) -> (bytes: [UInt8]?, result: T)
    ) throws(Failure) -> T {
        let target = try resolve(path)
        let (fd, st) = try openLocked(target, exclusive: !dryRun)
        defer { close(fd) }
        let old = try readAll(fd, path: path)
        let outcome: (bytes: [UInt8]?, result: T)
        do {
            outcome = try change(old)
        } catch {
            throw .refused(error)
        }
        guard !dryRun, let new = outcome.bytes, new != old else { return outcome.result }

        let temp = try writeTemporary(new, beside: target, mode: st.st_mode & 0o7777, owner: (st.st_uid, st.st_gid))
        var renamed = false
        defer { if !renamed { unlink(temp) } }
        try step(.afterTempWrite, hook)
        // Another program may have saved the file meanwhile (editors do not take our lock).
        var now = stat()
        let current = try readAll(fd, path: path)
        guard stat(target, &now) == 0, now.st_ino == st.st_ino, now.st_dev == st.st_dev, current == old else {
            throw .refused(EditRefusal("the file changed on disk since it was read; nothing was written. Run the command again."))
        }
        try step(.beforeRename, hook)
        guard rename(temp, target) == 0 else { throw .io("cannot replace \(path): \(lastError())") }
        renamed = true
        syncFolder(of: target)
        try step(.afterRename, hook)
        return outcome.result
    }

    /// Creates `path` with `bytes`, never replacing anything there: written to a temporary
    /// file, flushed, then linked in under its name (which fails if the name is taken).
    public static func create(_ path: String, bytes: [UInt8], hook: Hook? = nil) throws(Failure) {
        let temp = try writeTemporary(bytes, beside: path, mode: nil, owner: nil)
        defer { unlink(temp) }
        try step(.afterTempWrite, hook)
        try step(.beforeRename, hook)
        guard link(temp, path) == 0 else {
            if errno == EEXIST { throw .refused(EditRefusal("the file already exists; nothing was written")) }
            throw .io("cannot create \(path): \(lastError())")
        }
        syncFolder(of: path)
        try step(.afterRename, hook)
    }

    // MARK: Steps

    private static func step(_ step: Step, _ hook: Hook?) throws(Failure) {
        if let hook, !hook(step) { throw .io("the write was stopped \(step.rawValue.replacingAll("-", with: " "))") }
    }

    /// The file a path names, through any symlinks.
    private static func resolve(_ path: String) throws(Failure) -> String {
        guard let resolved = realpath(path, nil) else { throw .io("cannot open \(path): \(lastError())") }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The file open and locked, once the lock is held on the file the path still names
    /// (a writer that got there first has renamed a new file in: lock that one).
    private static func openLocked(_ path: String, exclusive: Bool) throws(Failure) -> (Int32, stat) {
        for _ in 0..<1000 {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw .io("cannot open \(path): \(lastError())") }
            var held = flock(fd, exclusive ? LOCK_EX : LOCK_SH)
            while held != 0 && errno == EINTR { held = flock(fd, exclusive ? LOCK_EX : LOCK_SH) }
            var st = stat()
            var now = stat()
            guard held == 0, fstat(fd, &st) == 0 else {
                let message = lastError()
                close(fd)
                throw .io("cannot lock \(path): \(message)")
            }
            guard st.st_mode & S_IFMT == S_IFREG else {
                close(fd)
                throw .io("\(path) is not a regular file")
            }
            if stat(path, &now) == 0, now.st_ino == st.st_ino, now.st_dev == st.st_dev { return (fd, st) }
            close(fd)
        }
        throw .io("cannot lock \(path): it keeps being replaced")
    }

    private static func readAll(_ fd: Int32, path: String) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        var offset = 0
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io("cannot read \(path): \(lastError())")
            }
            if n == 0 { return out }
            out += chunk[0..<n]
            offset += n
        }
    }

    /// A new hidden file beside `path` holding `bytes`, flushed to disk; its name.
    private static func writeTemporary(_ bytes: [UInt8], beside path: String, mode: mode_t?, owner: (uid_t, gid_t)?) throws(Failure) -> String {
        let (folder, name) = split(path)
        var temp = ""
        var fd: Int32 = -1
        for _ in 0..<100 {
            temp = folder + "/." + name + ".jobjournal-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
            // The mode is masked by the umask for a new file, as any program's would be.
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode == nil ? 0o666 : 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw .io("cannot write in \(folder): \(lastError())") }
        var failure: String? = nil
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = lastError()
                    return
                }
                offset += n
            }
        }
        if failure == nil, let mode, fchmod(fd, mode) != 0 { failure = lastError() }
        if failure == nil, let (uid, gid) = owner, uid != geteuid() || gid != getegid() {
            _ = fchown(fd, uid, gid)  // Best effort: only root may give a file away.
        }
        if failure == nil, fsync(fd) != 0 { failure = lastError() }
        close(fd)
        if let failure {
            unlink(temp)
            throw .io("cannot write \(temp): \(failure)")
        }
        return temp
    }

    private static func syncFolder(of path: String) {
        let fd = open(split(path).folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
