import Glibc

/// The new bytes of a write, in a hidden file beside the file they are for, flushed to disk
/// and held locked (`flock`) until the write is done, so that a sweep of leftovers
/// (`AtomicWrite.removeLeftovers`) can tell a write under way from one that was stopped.
///
/// Named `.NAME.jobjournal-XXXXXX`: the journal skips hidden files, and only writes of NAME
/// sweep names that start so. A name too long for that (past 255 bytes with the 20 added)
/// is cut, and a hash of the whole name keeps the start its own.
struct TemporaryFile {
    let path: String
    let fd: Int32
    /// Device and inode, to know the file again after names were swapped.
    let identity: [UInt64]

    private static let mark = ".jobjournal-"
    /// The longest file name Linux file systems take, in bytes.
    private static let nameMax = 255
    /// The random part: a UInt32 in base 36.
    private static let randomMax = 7

    /// Writes what `produce` streams into a new file beside `path`, with `mode`, taking
    /// `owner` when given (and allowed), flushed to disk (unless not `durable`).
    init(beside path: String, shown: String, folderShown: String? = nil, mode: mode_t, owner: (uid_t, gid_t)? = nil,
         durable: Bool = true, _ produce: (inout FileDescriptorSink) -> Void) throws(AtomicWrite.Failure) {
        let (folder, name) = AtomicWrite.split(path)
        let shownFolder = folderShown ?? AtomicWrite.split(shown).folder
        let place = shownFolder == "." ? "the current folder" : "its folder \(shownFolder)"
        var st = stat()
        if stat(folder, &st) == 0, let why = AtomicWrite.readOnly(folder, st) {
            throw .io("cannot write \(shown): \(place) is read-only (\(why)); nothing was written")
        }
        let stem = folder + "/" + Self.stem(for: name)
        var temp = ""
        var fd: Int32 = -1
        var identity: [UInt64] = []
        for _ in 0..<100 {
            temp = stem + String(UInt32.random(in: 0...UInt32.max), radix: 36)
            // A new file's mode is masked by the umask, as any program's; one that replaces
            // a file stays private until it is complete, then takes that file's mode.
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, owner == nil ? mode : 0o600)
            if fd < 0 {
                if errno == EEXIST { continue }
                break
            }
            // Locked before anything is in it. A sweep may have got there first, between
            // the open and the lock: then it removes the file, and another name is tried.
            var held = stat(), named = stat()
            let locked = flock(fd, LOCK_EX | LOCK_NB) == 0
            guard locked || errno == EWOULDBLOCK else {
                let message = AtomicWrite.lastError()
                unlink(temp)
                Glibc.close(fd)
                throw .io("cannot write \(shown): cannot lock a temporary file (\(message)); nothing was written")
            }
            if locked, fstat(fd, &held) == 0, lstat(temp, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev {
                identity = [UInt64(held.st_dev), UInt64(held.st_ino)]
                break
            }
            Glibc.close(fd)
            fd = -1
        }
        guard fd >= 0 else { throw .io("cannot write \(shown): \(AtomicWrite.lastError()) (in \(place)); nothing was written") }
        var sink = FileDescriptorSink(fd: fd)
        produce(&sink)
        var failure: String? = sink.failure.map { String(cString: strerror($0)) }
        // The modification time set apart from the change time, which writing sets to the
        // same instant (on a coarse clock, chmod and rename can too): a file whose two times
        // are equal was written in place by another program (`EditorSaves.unsettled`).
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var times = [now, now]
        if failure == nil, futimens(fd, &times) != 0 { failure = AtomicWrite.lastError() }
        if failure == nil, owner != nil, fchmod(fd, mode) != 0 { failure = AtomicWrite.lastError() }
        if failure == nil, let (uid, gid) = owner, uid != geteuid() || gid != getegid() {
            _ = fchown(fd, uid, gid)  // Best effort: only root may give a file away.
        }
        if failure == nil, durable, fsync(fd) != 0 { failure = AtomicWrite.lastError() }
        if let failure {
            unlink(temp)
            Glibc.close(fd)
            throw .io("cannot write \(shown): \(failure); nothing was written")
        }
        self.path = temp
        self.fd = fd
        self.identity = identity
    }

    /// The start of every temporary name of writes to the file `name`.
    static func stem(for name: String) -> String {
        let plain = "." + name + mark
        if plain.utf8.count + randomMax <= nameMax { return plain }
        let hash = "~" + fnv1a(name)
        let room = nameMax - randomMax - mark.utf8.count - hash.utf8.count - 1
        var kept = ""
        var used = 0
        for character in name {
            let size = character.utf8.count
            if used + size > room { break }
            kept.append(character)
            used += size
        }
        return "." + kept + hash + mark
    }

    /// 64-bit FNV-1a of the name's bytes, in hex: a stable hash (Swift's `Hasher` is seeded
    /// anew in every process).
    private static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Lets go of the lock, once the file is in place (or was swapped out and dealt with).
    func close() { Glibc.close(fd) }

    /// Removes the file (the write did not happen) and lets go.
    func discard() {
        unlink(path)
        Glibc.close(fd)
    }
}
