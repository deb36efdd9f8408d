import CLinux
import Glibc

/// How a write keeps from losing what another program saves to the same file meanwhile.
/// Editors do not take jobjournal's lock, and save in one of two ways:
///
/// - **By rename**: the new text goes to a file of their own, renamed over the file. The new
///   file is swapped in with `renameat2(RENAME_EXCHANGE)`, which hands back what the name
///   held at that instant; if that is not the file that was read, unchanged, an editor saved
///   in between, and its file is given back its name (`giveBack`). A plain rename would have
///   replaced it, unseen.
/// - **In place**: the file is truncated and written again, often in several calls. A read
///   lease (`F_SETLEASE`) cannot be taken while any process has the file open for writing, so
///   a file half written is never read: the write waits for the other program to finish, and
///   gives up after `patience` ("being saved by another program"). Once the lease is held,
///   a program that opens the file for writing breaks it, which the last looks see; its open
///   waits until the write is done or refused. Where leases are not to be had (a file of
///   another owner, some network file systems), a file last written in place in the last
///   `quietPeriod` is waited on instead: a save in progress writes again within moments.
///   jobjournal's own files do not look so (`TemporaryFile` sets their time), so scripts
///   writing one after another do not wait.
///
/// docs/reliability.md says what is left, with the figures of `EditorSaveTortureTests`.
enum EditorSaves {
    /// How long a write waits for another program to finish saving.
    static let patience = 2.0
    /// Without a lease: how long a file written in place must have been left alone.
    static let quietPeriod = 0.2
    /// After the exchange, how long to let an open that had found the old file reach the
    /// lease check in the kernel before the old file is looked at for the last time.
    static let settleTime = 0.002

    // MARK: Before reading

    /// The moment a write stops waiting, on the monotonic clock.
    static func deadline() -> Double { now(CLOCK_MONOTONIC) + patience }

    /// Waits until no other program is saving the file open on `fd` (opened read-only):
    /// returns with a read lease held (true), or without one where leases are not offered
    /// (false), or throws `beingSaved` at the deadline.
    static func waitUntilQuiet(_ fd: Int32, leases: Bool, until deadline: Double) throws(AtomicWrite.Failure) -> Bool {
        var leasesOffered = leases
        while true {
            if leasesOffered {
                ignoreLeaseBreakSignal()
                if clinux_read_lease(fd) == 0 { return true }
                // EAGAIN: open for writing somewhere. Anything else (EACCES for a file of
                // another owner, EINVAL where the file system has no leases): none to be had.
                if errno == EAGAIN {
                    try pause(0.01, until: deadline)
                    continue
                }
                leasesOffered = false
            }
            var st = stat()
            guard fstat(fd, &st) == 0 else { return false }  // The read that follows says why.
            if let wait = unsettled(st) {
                try pause(wait, until: deadline)
                continue
            }
            return false
        }
    }

    /// Whether another program seems to be saving the file at `path` right now: it has it open
    /// for writing (no read lease can be had), or wrote it in place in the last moments.
    static func isBeingSaved(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return false }
        if unsettled(st) != nil { return true }
        ignoreLeaseBreakSignal()
        if clinux_read_lease(fd) == 0 {
            clinux_release_lease(fd)
            return false
        }
        return errno == EAGAIN
    }

    /// How long to wait before a file last written in place looks settled, or nil. Writing
    /// sets a file's modification and change times to the same instant; a rename, a chmod or
    /// jobjournal's own write leaves them apart. Times ahead of the clock by more than a
    /// second are a clock's error, not a save under way.
    private static func unsettled(_ st: stat) -> Double? {
        guard st.st_mtim.tv_sec == st.st_ctim.tv_sec, st.st_mtim.tv_nsec == st.st_ctim.tv_nsec else { return nil }
        let age = now(CLOCK_REALTIME) - (Double(st.st_ctim.tv_sec) + Double(st.st_ctim.tv_nsec) / 1e9)
        guard age < quietPeriod, age > -1 else { return nil }
        return max(0.01, quietPeriod - age)
    }

    /// Whether no program has opened the file for writing since the lease was taken.
    static func leaseHeld(_ fd: Int32) -> Bool { clinux_lease_is_held(fd) != 0 }

    /// A lease break is told by SIGIO, which would end the process; the lease's state is
    /// asked for instead (`leaseHeld`).
    private static func ignoreLeaseBreakSignal() { signal(SIGIO, SIG_IGN) }

    private static func pause(_ seconds: Double, until deadline: Double) throws(AtomicWrite.Failure) {
        guard now(CLOCK_MONOTONIC) + seconds <= deadline else { throw AtomicWrite.beingSaved }
        sleep(seconds)
    }

    // MARK: Putting the new file in place

    enum Exchange: Equatable {
        case done
        /// The file system or the kernel cannot exchange names.
        case unsupported
        /// One of the two names is gone (another program deleted the file).
        case gone
        case failed(String)
    }

    /// Swaps what the two paths name, in one step.
    static func exchange(_ a: String, _ b: String) -> Exchange {
        if clinux_exchange(a, b) == 0 { return .done }
        switch errno {
        case EINVAL, ENOSYS, EOPNOTSUPP: return .unsupported
        case ENOENT: return .gone
        default: return .failed(AtomicWrite.lastError())
        }
    }

    /// Lets an open that found the old file just before the exchange reach the lease check.
    static func settle() { sleep(settleTime) }

    /// After an exchange found another program's save at `target`: `swappedOut` (the path the
    /// new file came from) holds that save, `target` the new file. The save goes back in
    /// place. Should yet another save land on `target` meanwhile, it is the newest and goes
    /// back instead: what is left at `swappedOut` in the end, removed, is the new file, or a
    /// save the editor had itself replaced with a later one.
    static func giveBack(_ swappedOut: String, to target: String, ours: [UInt64]) {
        var known: Set<[UInt64]> = [ours]
        var st = stat()
        if lstat(swappedOut, &st) == 0 { known.insert(identity(st)) }
        for _ in 0..<100 {
            guard exchange(swappedOut, target) == .done, lstat(swappedOut, &st) == 0 else { return }
            if !known.insert(identity(st)).inserted { break }
        }
        unlink(swappedOut)
    }

    // MARK: Helpers

    /// The whole file, read from the start through `fd` (wherever the file is linked now).
    static func readAll(_ fd: Int32) -> [UInt8]? {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        var offset = 0
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset)) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return out }
            out += chunk[0..<n]
            offset += n
        }
    }

    static func identity(_ st: stat) -> [UInt64] { [UInt64(st.st_dev), UInt64(st.st_ino)] }

    static func now(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func sleep(_ seconds: Double) {
        var left = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
        var rest = timespec()
        while nanosleep(&left, &rest) != 0 && errno == EINTR { left = rest }
    }
}
