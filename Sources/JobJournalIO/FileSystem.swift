import JobJournalCore
import Glibc

/// The little file-system work jobjournal needs, on POSIX calls: list a folder tree, read a
/// regular file in one call, never block on a FIFO, never loop on symlinked folders.
package enum FileSystem {
    package enum Kind { case file, directory, other, missing }

    package static func kind(of path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Ends in `.md` or `.markdown`, in any case (compared by bytes: this runs for every
    /// name in the journal's folders).
    package static func isMarkdown(_ name: String) -> Bool {
        func endsWith(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard name.utf8.count > n else { return false }
            var i = name.utf8.index(name.utf8.endIndex, offsetBy: -n)
            for k in 0..<n {
                let c = name.utf8[i]
                let lower = c >= 0x41 && c <= 0x5A ? c + 32 : c
                guard lower == suffix.utf8Start[k] else { return false }
                i = name.utf8.index(after: i)
            }
            return true
        }
        return endsWith(".md") || endsWith(".markdown")
    }

    package struct Listing {
        /// Markdown files, as paths relative to the listed folder.
        package var files: [String] = []
        /// Entries named like Markdown that are not regular files (FIFOs, sockets, devices).
        package var notFiles: [String] = []
        /// Folders that could not be opened and entries whose names cannot be read, with a
        /// message saying why.
        package var unreadable: [(path: String, reason: String)] = []
        /// Links to a Markdown file listed already under another path, with that path: read
        /// once, under the path that is not a link (or the first link in path order).
        package var repeated: [(path: String, sameAs: String)] = []
    }

    /// Every Markdown file below `root`, skipping hidden entries, in sorted order.
    package static func listMarkdown(under root: String) -> Listing {
        var listing = Listing()
        var visited = Set<[UInt64]>()
        var pending: [String] = [""]
        // Folders reached through a symbolic link wait until every folder reachable without
        // one has been read: a folder keeps its own path (and its actions their ids) when a
        // link elsewhere in the journal leads to it too.
        var linked: [String] = []
        // Markdown files reached through a link, with their device and inode.
        var linkedFiles: [(path: String, id: [UInt64])] = []
        while let relative = pending.popLast() ?? (linked.isEmpty ? nil : linked.removeFirst()) {
            let full = relative.isEmpty ? root : join(root, relative)
            var st = stat()
            guard stat(full, &st) == 0 else {
                // Gone meanwhile: nothing to say. Anything else is said, so that no folder of
                // applications is left out without a word (a path past 4,096 bytes was).
                if errno == ENAMETOOLONG {
                    listing.unreadable.append((relative, "cannot read folder: its path is longer than the system allows (4,096 bytes); move it nearer the journal's root"))
                } else if errno != ENOENT {
                    listing.unreadable.append((relative.isEmpty ? "." : relative, "cannot read folder: \(lastError())"))
                }
                continue
            }
            // A symlinked folder seen before (a loop, or two links to one place) is read once.
            guard visited.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted else { continue }
            guard let dir = opendir(full) else {
                listing.unreadable.append((relative.isEmpty ? "." : relative, "cannot read folder: \(lastError())"))
                continue
            }
            var subfolders: [String] = []
            var linkedSubfolders: [String] = []
            while let entry = readdir(dir) {
                let (name, isUTF8) = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { raw in
                        String(validatingCString: raw).map { ($0, true) } ?? (String(cString: raw), false)
                    }
                }
                if name.hasPrefix(".") { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                guard isUTF8 else {
                    // The name as a String no longer names the file: say so rather than
                    // fail to open it, or skip a whole folder without a word.
                    if type == Int32(DT_DIR) || type == Int32(DT_LNK) || type == Int32(DT_UNKNOWN) || isMarkdown(name) {
                        listing.unreadable.append((child, "name is not valid UTF-8 (shown with �); rename it to be read"))
                    }
                    continue
                }
                var isLink = type == Int32(DT_LNK)
                if type == Int32(DT_UNKNOWN) || isLink {
                    var cst = stat()
                    if !isLink, lstat(join(root, child), &cst) == 0, cst.st_mode & S_IFMT == S_IFLNK { isLink = true }
                    guard stat(join(root, child), &cst) == 0 else {
                        // A broken or looping link named like Markdown is listed all the
                        // same, so that reading it reports why it cannot be read.
                        if isMarkdown(name) { listing.files.append(child) }
                        continue
                    }
                    switch cst.st_mode & S_IFMT {
                    case S_IFDIR: type = Int32(DT_DIR)
                    case S_IFREG:
                        type = Int32(DT_REG)
                        if isLink && isMarkdown(name) { linkedFiles.append((child, [UInt64(cst.st_dev), UInt64(cst.st_ino)])) }
                    default: type = Int32(DT_FIFO)
                    }
                }
                if type == Int32(DT_DIR) {
                    if isLink { linkedSubfolders.append(child) } else { subfolders.append(child) }
                } else if isMarkdown(name) {
                    if type == Int32(DT_REG) { listing.files.append(child) } else { listing.notFiles.append(child) }
                }
            }
            closedir(dir)
            pending += subfolders.sorted(by: >)
            linked += linkedSubfolders.sorted()
        }
        listing.files.sort(by: PathOrder.precedes)
        listing.notFiles.sort()
        if !linkedFiles.isEmpty { dropRepeated(linkedFiles, from: &listing, root: root) }
        return listing
    }

    /// The device and inode of the file `path` leads to, links followed; nil when there is none.
    package static func identity(of path: String) -> [UInt64]? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return [UInt64(st.st_dev), UInt64(st.st_ino)]
    }

    /// Moves the links to files listed already from `files` to `repeated`. Only runs when the
    /// journal has links to Markdown files: it looks up every file's inode.
    private static func dropRepeated(_ linkedFiles: [(path: String, id: [UInt64])], from listing: inout Listing, root: String) {
        var linkedID: [String: [UInt64]] = [:]
        for file in linkedFiles { linkedID[file.path] = file.id }
        var owner: [[UInt64]: String] = [:]
        for file in listing.files where linkedID[file] == nil {
            if let id = identity(of: join(root, file)), owner[id] == nil { owner[id] = file }
        }
        var dropped = Set<String>()
        for file in listing.files {
            guard let id = linkedID[file] else { continue }
            if let first = owner[id] {
                listing.repeated.append((file, first))
                dropped.insert(file)
            } else {
                owner[id] = file
            }
        }
        listing.files.removeAll { dropped.contains($0) }
    }

    package enum ReadError: Error, CustomStringConvertible {
        case notRegular
        case tooLarge(size: Int)
        case system(String)

        package var description: String {
            switch self {
            case .notRegular: return "not a regular file"
            case .tooLarge(let size): return "\(size) bytes, over the limit"
            case .system(let reason): return reason
            }
        }
    }

    /// Everything `fd` gives until its end, or nil once it passes `limit` bytes (the rest is
    /// left unread).
    package static func readToEnd(_ fd: Int32, limit: Int) -> Result<[UInt8]?, ReadError> {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = Glibc.read(fd, &chunk, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.system(lastError()))
            }
            if n == 0 { return .success(result) }
            result.append(contentsOf: chunk[0..<n])
            if result.count > limit { return .success(nil) }
        }
    }

    /// Reads a whole regular file into `buffer` (reused between files) and hands over its bytes.
    package static func read<R>(_ path: String, limit: Int, into buffer: inout [UInt8],
                        _ body: (UnsafeRawBufferPointer) -> R) -> Result<R, ReadError> {
        var st = stat()
        return read(path, limit: limit, into: &buffer, stat: &st, body)
    }

    /// The same, and `st` set to the stat of the file opened, taken before its bytes are read
    /// (what the parse cache keeps of a file it parsed: no second look up of the path).
    package static func read<R>(_ path: String, limit: Int, into buffer: inout [UInt8], stat st: inout stat,
                        _ body: (UnsafeRawBufferPointer) -> R) -> Result<R, ReadError> {
        // O_NONBLOCK: a FIFO that appeared after listing must not hang the command.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.system(lastError())) }
        defer { close(fd) }
        guard fstat(fd, &st) == 0 else { return .failure(.system(lastError())) }
        guard st.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        let size = Int(st.st_size)
        guard size <= limit else { return .failure(.tooLarge(size: size)) }
        if buffer.count < size + 1 { buffer = [UInt8](repeating: 0, count: size + 1) }
        var total = 0
        let failure: String? = buffer.withUnsafeMutableBytes { raw in
            while true {
                if total == raw.count { return "file grew while being read" }
                let n = Glibc.read(fd, raw.baseAddress! + total, raw.count - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    return lastError()
                }
                if n == 0 { return nil }
                total += n
                if total > limit { return "file grew past the size limit while being read" }
                // The size fstat gave, and a read that stopped short of the room it had: the end
                // of the file, without one more read to see it. Anything else reads on.
                if total == size && total < raw.count { return nil }
            }
        }
        if let failure { return .failure(.system(failure)) }
        return .success(buffer.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<total])) })
    }

    package static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty || a == "." { return b }
        return a.hasSuffix("/") ? a + b : a + "/" + b
    }

    /// The absolute path with every link and `..` resolved, or nil when it does not exist.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    package static func lastError() -> String { String(cString: strerror(errno)) }

    package static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    package static func readText(_ path: String, limit: Int = 1 << 20) -> String? {
        var buffer: [UInt8] = []
        switch read(path, limit: limit, into: &buffer, { String(decoding: $0, as: UTF8.self) }) {
        case .success(let text): return text
        case .failure: return nil
        }
    }
}
