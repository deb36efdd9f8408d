import Glibc

/// A file's bytes read into memory of their own, mapped from the system rather than taken
/// from the allocator, or a copy of bytes given; given back when the last reference goes. The
/// parse cache is read this way: a heap buffer of its size (12 MiB for 10,000 applications)
/// would stay with the allocator after the journal is loaded, and add to the command's peak
/// memory. Read, not mapped from the file: a file truncated under a mapping would end the
/// process with SIGBUS, and a cache must never be fatal.
package final class MappedFile: @unchecked Sendable {
    package let bytes: UnsafeRawBufferPointer
    private let mapped: (base: UnsafeMutableRawPointer, size: Int)?

    /// The regular file at `path`, when it can be read whole and is at most `limit` bytes;
    /// with `followingLinks` false, nil when `path` is a symbolic link.
    package init?(_ path: String, limit: Int, followingLinks: Bool = true) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_size > 0, Int(st.st_size) <= limit else { return nil }
        let size = Int(st.st_size)
        // Populated at once: one call rather than a page fault for every 4 KiB read into.
        guard let base = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0),
              base != MAP_FAILED else { return nil }
        var total = 0
        while total < size {
            let n = read(fd, base + total, size - total)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            total += n
        }
        guard total == size else {
            munmap(base, size)
            return nil
        }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
        mapped = (base, size)
    }

    /// A copy of `bytes`, for tests and for bytes not in a file.
    package init(copying source: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 16)
        source.withUnsafeBytes { if let base = $0.baseAddress { copy.baseAddress!.copyMemory(from: base, byteCount: $0.count) } }
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<source.count])
        copied = copy.baseAddress!
        mapped = nil
    }

    private var copied: UnsafeMutableRawPointer? = nil

    deinit {
        if let mapped { munmap(mapped.base, mapped.size) }
        copied?.deallocate()
    }
}
