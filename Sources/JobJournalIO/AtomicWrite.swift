import JobJournalCore
import CLinux
import Glibc

/// Every file jobjournal writes goes through here, so that whatever happens it is either the
/// old file or the new one, whole: the new bytes go to a temporary file in the same folder,
/// are flushed to disk, take the original's permissions, and are renamed over it (a new file
/// is linked in under its name instead, which fails if the name is taken); then the folder
/// is flushed. A symlink is written through, to the file it names; jobjournal's own files
/// (the parse cache) never are (`replaceOwn`).
///
/// A file being replaced is locked (`flock`) from the read to the rename, so two jobjournal
/// writes to one file run one after the other and the second sees the first's result. A
/// file another program saved since it was read is not overwritten, and one it is saving
/// right now is not read half written (`EditorSaves`). A file or folder that is read-only
/// (to the user, or to everyone by its mode, which root would otherwise ignore) is refused
/// before anything is written.
public enum AtomicWrite {
    /// The moments a test can stop a write at (`JOBJOURNAL_TEST_CRASH_AT` in the CLI).
    public enum Step: String, Sendable, CaseIterable {
        /// The temporary file is written and flushed.
        case afterTempWrite = "after-temp-write"
        /// Just before the last look for a change on disk and the rename (or link).
        case beforeRename = "before-rename"
        /// After that last look, just before the new file goes in: the moment a plain
        /// rename would have left open (`EditorSaves`).
        case afterLastLook = "after-last-look"
        /// The new file is in place, the folder flushed.
        case afterRename = "after-rename"
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The file's content stands in the way; nothing was written.
        case refused(EditRefusal)
        /// The file system failed, or forbids the write; nothing was written.
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

    /// What guards a write against another program saving the same file (`EditorSaves`).
    /// All of them, always, but for tests that measure what each one is for.
    public struct Safeguards: Sendable, Equatable {
        /// A read lease: no reading a file another program has open for writing, and word
        /// of any program that opens it for writing until the write is done.
        public var leases = true
        /// The new file is exchanged with the old one (`renameat2`), what was swapped out is
        /// looked at, and given back when it is not what was read.
        public var exchange = true

        public init(leases: Bool = true, exchange: Bool = true) {
            self.leases = leases
            self.exchange = exchange
        }

        public static let all = Safeguards()
    }

    /// Reads `path` under a lock, hands its bytes to `change`, and writes what it returns
    /// (nothing when it returns nil bytes, or when `dryRun`), with the original's permissions
    /// or `mode`. Returns `change`'s result.
    public static func update<T>(
        _ path: String, dryRun: Bool = false, mode: mode_t? = nil, hook: Hook? = nil, safeguards: Safeguards = .all,
        _ change: ([UInt8]) throws(EditRefusal) -> (bytes: [UInt8]?, result: T)
    ) throws(Failure) -> T {
        let file = try LockedFile(path, forWriting: !dryRun, safeguards: safeguards)
        defer { file.close() }
        let old = try file.read()
        let outcome: (bytes: [UInt8]?, result: T)
        do {
            outcome = try change(old)
        } catch {
            throw .refused(error)
        }
        guard !dryRun, let new = outcome.bytes, new != old else { return outcome.result }
        try file.replace(mode: mode, hook: hook, unlessChangedFrom: old) { $0.write(new) }
        return outcome.result
    }

    /// Whether another program seems to be saving the file at `path` right now (`EditorSaves`):
    /// what is read of it may be half of what it will be.
    public static func isBeingSaved(_ path: String) -> Bool { EditorSaves.isBeingSaved(path) }

    /// Creates `path` with `bytes`, never replacing anything there: written to a temporary
    /// file, flushed, then linked in under its name (which fails if the name is taken).
    public static func create(_ path: String, bytes: [UInt8], mode: mode_t = 0o666, hook: Hook? = nil) throws(Failure) {
        try linkNew(path, mode: mode, hook: hook, taken: "the file already exists; nothing was written") { $0.write(bytes) }
    }

    /// Writes whatever `produce` streams into the sink to `path`, replacing the file whole or
    /// creating it, for outputs such as a report. An existing file is locked and written
    /// through as `update` does, and not replaced when another program changed it meanwhile
    /// (told by its size and modification time, as it is not read); `keeping`, when given,
    /// sees its bytes first and may refuse. A file created meanwhile is not replaced. A FIFO
    /// or a device (`/dev/stdout`) is written into as it is. Not `durable`: nothing is flushed
    /// to disk, for a file that may be lost in a crash but never seen half written (the parse
    /// cache, which checks itself and is rebuilt when it is not whole).
    public static func replace(
        _ path: String, hook: Hook? = nil, safeguards: Safeguards = .all, durable: Bool = true,
        keeping: (([UInt8]) -> EditRefusal?)? = nil, _ produce: (inout FileDescriptorSink) -> Void
    ) throws(Failure) {
        var st = stat()
        guard stat(path, &st) == 0 else {
            guard errno == ENOENT else { throw .io("cannot write \(path): \(lastError()); nothing was written") }
            if lstat(path, &st) == 0 { throw .io("cannot write \(path): it is a symbolic link to a file that does not exist; nothing was written") }
            try linkNew(path, mode: 0o666, hook: hook, taken: "the file was created meanwhile by another program; nothing was written",
                        renameWithoutLinks: true, durable: durable, produce)
            return
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            let file = try LockedFile(path, forWriting: true, safeguards: safeguards)
            defer { file.close() }
            var old: [UInt8]? = nil
            if let keeping {
                let bytes = try file.read()
                if let refusal = keeping(bytes) { throw .refused(refusal) }
                old = bytes
            }
            try file.replace(mode: nil, hook: hook, unlessChangedFrom: old, durable: durable, produce)
        case S_IFDIR:
            throw .io("cannot write \(path): it is a folder")
        default:
            try writeInto(path, produce)
        }
    }

    /// Puts a file of jobjournal's own in place (the parse cache), never a file of the user's:
    /// written aside and renamed over its name, never through a symbolic link and never into
    /// anything but a regular file. A link, a FIFO, a device or a folder holding the name is
    /// left as it is and nothing is written: a link planted where the file goes must not make
    /// jobjournal overwrite the file it names (run as root, any file on the system). Not
    /// flushed to disk, and not locked: the rename puts it in whole, and of two writers at
    /// once the later one's file stays. Private to the user (mode 0600, less the umask).
    public static func replaceOwn(_ path: String, _ produce: (inout FileDescriptorSink) -> Void) throws(Failure) {
        var st = stat()
        if lstat(path, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFREG else {
                throw .io("cannot write \(path): it is not a regular file (a link, a folder, a FIFO or a device); nothing was written")
            }
        } else if errno != ENOENT {
            throw .io("cannot write \(path): \(lastError()); nothing was written")
        }
        removeLeftovers(of: path)
        let temp = try TemporaryFile(beside: path, shown: path, mode: 0o600, durable: false, produce)
        guard rename(temp.path, path) == 0 else {
            let message = lastError()
            temp.discard()
            throw .io("cannot write \(path): \(message); nothing was written")
        }
        temp.close()
    }

    /// A new file: written aside, flushed, then linked in under its name, which fails with
    /// the refusal `taken` if the name is taken by then. On a file system without hard links
    /// (FAT, some network shares) it fails, or with `renameWithoutLinks` is renamed in.
    private static func linkNew(_ path: String, mode: mode_t, hook: Hook?, taken: String, renameWithoutLinks: Bool = false,
                                durable: Bool = true, _ produce: (inout FileDescriptorSink) -> Void) throws(Failure) {
        // Left by a write of this name that was stopped (a `new` killed midway): no one
        // else sweeps them, as no file of that name is there to be written.
        removeLeftovers(of: path)
        let temp = try TemporaryFile(beside: path, shown: path, mode: mode, durable: durable, produce)
        defer { temp.discard() }
        try step(.afterTempWrite, hook)
        try step(.beforeRename, hook)
        try step(.afterLastLook, hook)
        guard link(temp.path, path) == 0 else {
            if errno == EEXIST { throw .refused(EditRefusal(taken)) }
            let noLinks = errno == EPERM || errno == EOPNOTSUPP
            guard noLinks && renameWithoutLinks && rename(temp.path, path) == 0 else {
                throw .io("cannot create \(path): \(lastError()); nothing was written")
            }
            if durable { syncFolder(of: path) }
            try step(.afterRename, hook)
            return
        }
        if durable { syncFolder(of: path) }
        try step(.afterRename, hook)
    }

    // MARK: The file being replaced

    /// A regular file open and locked, once the lock is held on the file the path still names
    /// (a writer that got there first has renamed a new file in: lock that one). Opened to
    /// write, it is also quiet: no other program is saving it (`EditorSaves.waitUntilQuiet`).
    private struct LockedFile {
        /// The path as given, for messages.
        let shown: String
        /// The file it names, through any symlinks.
        let target: String
        let fd: Int32
        /// Its status once locked and quiet, before it is read.
        let status: stat
        let safeguards: Safeguards
        /// A read lease is held on `fd` (see `EditorSaves`).
        let leased: Bool

        init(_ path: String, forWriting: Bool, safeguards: Safeguards = .all) throws(Failure) {
            shown = path
            target = try resolve(path)
            self.safeguards = safeguards
            let deadline = EditorSaves.deadline()
            for _ in 0..<1000 {
                let fd = open(target, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { throw .io("cannot open \(path): \(lastError())") }
                var held = flock(fd, forWriting ? LOCK_EX : LOCK_SH)
                while held != 0 && errno == EINTR { held = flock(fd, forWriting ? LOCK_EX : LOCK_SH) }
                var st = stat()
                guard held == 0, fstat(fd, &st) == 0 else {
                    let message = lastError()
                    Glibc.close(fd)
                    throw .io("cannot lock \(path): \(message)")
                }
                guard st.st_mode & S_IFMT == S_IFREG else {
                    Glibc.close(fd)
                    throw .io("\(path) is not a regular file")
                }
                var leased = false
                if forWriting {
                    do {
                        leased = try EditorSaves.waitUntilQuiet(fd, leases: safeguards.leases, until: deadline)
                    } catch {
                        Glibc.close(fd)
                        throw error
                    }
                }
                var now = stat()
                if fstat(fd, &st) == 0, stat(target, &now) == 0, now.st_ino == st.st_ino, now.st_dev == st.st_dev {
                    self.fd = fd
                    self.leased = leased
                    status = st
                    return
                }
                Glibc.close(fd)
            }
            throw .io("cannot lock \(path): it keeps being replaced")
        }

        func close() { Glibc.close(fd) }

        func read() throws(Failure) -> [UInt8] {
            guard let bytes = EditorSaves.readAll(fd) else { throw .io("cannot read \(shown): \(lastError())") }
            return bytes
        }

        /// Puts a temporary file holding what `produce` streams in the file's place, with its
        /// permissions (or `mode`) and owner; refused when the file changed since it was
        /// opened: no longer `old` when that was read, else another size or modification time.
        func replace(mode: mode_t?, hook: Hook?, unlessChangedFrom old: [UInt8]?, durable: Bool = true,
                     _ produce: (inout FileDescriptorSink) -> Void) throws(Failure) {
            if let why = readOnly(target, status) { throw .io("cannot write \(shown): the file is read-only (\(why)); nothing was written") }
            var lst = stat()
            let isLink = lstat(shown, &lst) == 0 && lst.st_mode & S_IFMT == S_IFLNK
            removeLeftovers(of: target)
            let temp = try TemporaryFile(beside: target, shown: shown, folderShown: isLink ? split(target).folder : nil,
                                         mode: mode ?? status.st_mode & 0o7777, owner: (status.st_uid, status.st_gid),
                                         durable: durable, produce)
            var placed = false
            defer { if !placed { temp.discard() } else { temp.close() } }
            try step(.afterTempWrite, hook)
            try step(.beforeRename, hook)
            // Editors do not take the lock: another program may have saved the file
            // meanwhile, in place or by renaming a new file in. Looked at last, just before
            // the new file goes in.
            var now = stat()
            guard stat(target, &now) == 0, now.st_ino == status.st_ino, now.st_dev == status.st_dev else { throw changedOnDisk }
            try requireUnchanged(from: old)
            try step(.afterLastLook, hook)
            switch safeguards.exchange ? EditorSaves.exchange(temp.path, target) : .unsupported {
            case .done:
                placed = true
            case .unsupported:
                // No exchange here (a file system without it): the moment between the look
                // above and this rename is left open (docs/reliability.md).
                guard rename(temp.path, target) == 0 else { throw .io("cannot write \(shown): \(lastError()); nothing was written") }
                placed = true
                if durable { syncFolder(of: target) }
                try step(.afterRename, hook)
                return
            case .gone:
                throw changedOnDisk
            case .failed(let message):
                throw .io("cannot write \(shown): \(message); nothing was written")
            }
            // The new file is in place, and the temporary name holds what was there an
            // instant before: the file that was read, unless another program saved in
            // between. Looked at at once, so that a save found there is given back its name
            // within moments; then again once an open that had found the old file just
            // before the exchange has reached the lease (`EditorSaves.settle`).
            do throws(Failure) {
                var out = stat()
                guard lstat(temp.path, &out) == 0, out.st_ino == status.st_ino, out.st_dev == status.st_dev else { throw changedOnDisk }
                try requireUnchanged(from: old)
                EditorSaves.settle()
                try requireUnchanged(from: old)
            } catch {
                EditorSaves.giveBack(temp.path, to: target, ours: temp.identity)
                syncFolder(of: target)
                throw error
            }
            unlink(temp.path)
            if durable { syncFolder(of: target) }
            try step(.afterRename, hook)
        }

        /// Refuses when the file (by its descriptor, wherever it is linked now) is no longer
        /// what was read: another program writes to it, or has written since.
        private func requireUnchanged(from old: [UInt8]?) throws(Failure) {
            if leased && !EditorSaves.leaseHeld(fd) { throw beingSaved }
            // Any write since the file was locked moves its modification time, even one that
            // leaves the bytes as they were read; what was read is compared too, as a clock
            // may be coarse. A report, replaced whole, is not read: its size and time tell.
            var opened = stat()
            guard fstat(fd, &opened) == 0, opened.st_size == status.st_size, opened.st_mtim.tv_sec == status.st_mtim.tv_sec,
                  opened.st_mtim.tv_nsec == status.st_mtim.tv_nsec else { throw changedOnDisk }
            if let old { guard try read() == old else { throw changedOnDisk } }
        }
    }

    private static let changedOnDisk = Failure.refused(
        EditRefusal("the file changed on disk since it was read; nothing was written. Run the command again."))

    static let beingSaved = Failure.refused(
        EditRefusal("the file is being saved by another program; nothing was written. Try again in a moment."))

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

    /// Why a file or folder may not be written, or nil: the user may not write it, or no one
    /// may by its mode (root may write anything, but a mode without a `w` says "leave it").
    static func readOnly(_ path: String, _ st: stat) -> String? {
        if faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) != 0 { return lastError() }
        if st.st_mode & 0o222 == 0 { return "mode 0" + String(st.st_mode & 0o7777, radix: 8) }
        return nil
    }

    /// Removes temporary files of writes to `target` that stopped before they were done (a
    /// crash, a kill). A write under way holds its temporary file locked, so only those no
    /// process holds are removed: two writers can hold locks on two versions of one file at
    /// once (the old one, and one an editor renamed in meanwhile), and must not remove each
    /// other's.
    static func removeLeftovers(of target: String) {
        let (folder, name) = split(target)
        let prefix = TemporaryFile.stem(for: name)
        guard let dir = opendir(folder) else { return }
        var leftovers: [String] = []
        while let entry = readdir(dir) {
            let entryName = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard entryName.hasPrefix(prefix) else { continue }
            let suffix = entryName.utf8.dropFirst(prefix.utf8.count)
            if !suffix.isEmpty, suffix.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }) {
                leftovers.append(entryName)
            }
        }
        closedir(dir)
        for leftover in leftovers {
            let path = folder + "/" + leftover
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            var held = stat(), named = stat()
            if flock(fd, LOCK_EX | LOCK_NB) == 0, fstat(fd, &held) == 0, lstat(path, &named) == 0,
               held.st_ino == named.st_ino, held.st_dev == named.st_dev {
                unlink(path)
            }
            Glibc.close(fd)
        }
    }

    /// Writes straight into a FIFO or a device, which cannot be replaced and need not be.
    private static func writeInto(_ path: String, _ produce: (inout FileDescriptorSink) -> Void) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .io("cannot write \(path): \(lastError())") }
        var sink = FileDescriptorSink(fd: fd)
        produce(&sink)
        let failure = sink.failure.map { String(cString: strerror($0)) }
        Glibc.close(fd)
        if let failure { throw .io("cannot write \(path): \(failure)") }
    }

    private static func syncFolder(of path: String) {
        let fd = open(split(path).folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        Glibc.close(fd)
    }

    /// (folder, file name); the folder is `.` for a bare name.
    package static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}
