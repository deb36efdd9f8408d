import JobJournalCore
import Glibc

/// Many new files in one folder, each written as `AtomicWrite.create` writes one: to a hidden
/// temporary file beside it, flushed, then linked in under its name, which fails if the
/// name is taken, so nothing is ever replaced and a file is there whole or not at all. The
/// difference is the flush: one `syncfs` for all the temporary files and one `fsync` of the
/// folder after the links, instead of two per file (on this project's disk a flush costs
/// about 7 ms, which for 10,000 imported files would be over a minute).
public enum NewFiles {
    /// The outcome for each file, in the order given: nil when created.
    public static func create(in folder: String, _ files: [(name: String, bytes: [UInt8])],
                              hook: AtomicWrite.Hook? = nil) -> [AtomicWrite.Failure?] {
        guard !files.isEmpty else { return [] }
        let place = folder == "." ? "the current folder" : "the folder \(folder)"
        if faccessat(AT_FDCWD, folder, W_OK, AT_EACCESS) != 0 {
            let failure = AtomicWrite.Failure.io("cannot write in \(place): \(lastError()); nothing was written")
            return files.map { _ in failure }
        }
        var outcomes: [AtomicWrite.Failure?] = Array(repeating: nil, count: files.count)
        var temps: [String?] = Array(repeating: nil, count: files.count)
        defer { for case let temp? in temps { unlink(temp) } }
        for (i, file) in files.enumerated() {
            let path = FileSystem.join(folder, file.name)
            switch writeTemporary(beside: path, name: file.name, folder: folder, bytes: file.bytes) {
            case .success(let temp): temps[i] = temp
            case .failure(let failure): outcomes[i] = failure
            }
        }
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            let failure = AtomicWrite.Failure.io("cannot open \(place): \(lastError()); nothing was written")
            return files.map { _ in failure }
        }
        defer { close(fd) }
        if flushFileSystem(fd) != 0 {
            let failure = AtomicWrite.Failure.io("cannot flush \(place): \(lastError()); nothing was written")
            return files.map { _ in failure }
        }
        if let hook, !hook(.afterTempWrite) || !hook(.beforeRename) {
            return files.map { _ in .io("stopped by the test hook; nothing was written") }
        }
        for (i, file) in files.enumerated() {
            guard let temp = temps[i] else { continue }
            let path = FileSystem.join(folder, file.name)
            if link(temp, path) != 0 {
                outcomes[i] = errno == EEXIST
                    ? .refused(EditRefusal("the file already exists; nothing was written"))
                    : .io("cannot create \(path): \(lastError()); nothing was written")
            }
        }
        fsync(fd)
        _ = hook?(.afterRename)
        return outcomes
    }

    private static func writeTemporary(beside path: String, name: String, folder: String, bytes: [UInt8]) -> Result<String, AtomicWrite.Failure> {
        for _ in 0..<100 {
            let temp = FileSystem.join(folder, "." + name + ".jobjournal-" + String(UInt32.random(in: 0...UInt32.max), radix: 36))
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd < 0 {
                if errno == EEXIST { continue }
                return .failure(.io("cannot write \(path): \(lastError()); nothing was written"))
            }
            var sink = FileDescriptorSink(fd: fd)
            sink.write(bytes)
            var failure = sink.failure.map { String(cString: strerror($0)) }
            if close(fd) != 0, failure == nil { failure = lastError() }
            if let failure {
                unlink(temp)
                return .failure(.io("cannot write \(path): \(failure); nothing was written"))
            }
            return .success(temp)
        }
        return .failure(.io("cannot write \(path): no free temporary name; nothing was written"))
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// glibc's `syncfs(2)`, which the Glibc module leaves out (it is declared under _GNU_SOURCE):
/// flushes every file of the file system `fd` is on, in one call.
@_silgen_name("syncfs")
private func flushFileSystem(_ fd: Int32) -> Int32
