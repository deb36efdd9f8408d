#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a rendered report to a file, and linking from it back into the journal.
public enum OutputFile {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `text` to `path` the way editors save: into a new file beside it, then renamed
    /// over it, so a reader (a browser, a calendar app) never sees half a report and a failed
    /// write leaves the previous one as it was.
    public static func write(_ text: String, to path: String) throws(Failure) {
        try write(to: path) { sink in
            var text = text
            text.withUTF8 { sink.write(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Writes whatever `produce` streams into the sink to `path`, the same way.
    public static func write(to path: String, _ produce: (inout FileDescriptorSink) -> Void) throws(Failure) {
        let (folder, name) = split(path)
        let temporary = FileSystem.join(folder, ".\(name).\(getpid()).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(description: "cannot write \(path): \(FileSystem.lastError())") }
        var sink = FileDescriptorSink(fd: fd)
        produce(&sink)
        var failure: String? = sink.failure.map { String(cString: strerror($0)) }
        if failure == nil, fsync(fd) != 0 { failure = FileSystem.lastError() }
        let closed = close(fd) == 0
        if let failure = failure ?? (closed ? nil : FileSystem.lastError()) {
            unlink(temporary)
            throw Failure(description: "cannot write \(path): \(failure)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = FileSystem.lastError()
            unlink(temporary)
            throw Failure(description: "cannot write \(path): \(reason)")
        }
    }

    /// The path from the folder that will hold `outputPath` to the journal `root`, for
    /// relative links: `""` when they are the same folder, `..` or `jobs` and so on otherwise.
    /// Falls back to `root` as given when either folder cannot be resolved.
    public static func linkBase(from outputPath: String, to root: String) -> String {
        let folder = split(outputPath).folder
        guard let from = resolve(folder), let to = resolve(root) else { return root == "." ? "" : root }
        return relativePath(from: from, to: to)
    }

    /// The relative path between two absolute folder paths.
    static func relativePath(from: String, to: String) -> String {
        let a = from.split(separator: "/"), b = to.split(separator: "/")
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let parts = Array(repeating: "..", count: a.count - common) + b[common...].map(String.init)
        return parts.joined(separator: "/")
    }

    /// (folder, file name); the folder is `.` for a bare name.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }

    static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
