import Glibc
import JobJournalCore

/// What `stat` says of a file that tells whether it changed since it was read, as git's index
/// keeps it: device and inode (another file put in its place), size, and the modification and
/// change times to the nanosecond (any write, `touch`, `chmod`, a rename over it).
package struct FileStamp: Hashable, Sendable {
    package var device: UInt64
    package var inode: UInt64
    package var size: Int64
    /// Nanoseconds since 1970 (the epoch), as the file system keeps them.
    package var modified: Int64
    package var changed: Int64

    package init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    package init(_ st: stat) {
        self.init(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
                  modified: Int64(st.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(st.st_mtim.tv_nsec),
                  changed: Int64(st.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(st.st_ctim.tv_nsec))
    }

    /// The stamp of the regular file `path` leads to (links followed), or nil.
    package static func of(_ path: String) -> FileStamp? {
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(st)
    }

    /// The revision of a file with this stamp, looked at at `lookedAt`.
    package func revision(lookedAt: Int64) -> Revision {
        Revision(device: device, inode: inode, size: size, modified: modified, changed: changed, lookedAt: lookedAt)
    }

    /// A revision's stamp.
    package init(_ revision: Revision) {
        self.init(device: revision.device, inode: revision.inode, size: revision.size, modified: revision.modified,
                  changed: revision.changed)
    }

    /// The stamp of the regular file at `path` relative to the open folder `folder` (links
    /// followed), or nil: only the path's own parts are looked up, not the folder's.
    package static func of(_ path: String, in folder: Int32) -> FileStamp? {
        var st = stat()
        guard fstatat(folder, path, &st, 0) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(st)
    }

    /// The latest of the two times: what the racy-file rule compares.
    package var latest: Int64 { max(modified, changed) }

    /// The wall clock now, in the nanoseconds file times are kept in.
    package static func now() -> Int64 {
        var clock = timespec()
        clock_gettime(CLOCK_REALTIME, &clock)
        return Int64(clock.tv_sec) &* 1_000_000_000 &+ Int64(clock.tv_nsec)
    }
}
