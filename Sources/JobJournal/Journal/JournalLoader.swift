import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the journal and reads it: lists the files, then reads and parses them in
/// parallel (each file is independent), keeping each file's bytes only while it is parsed.
public enum JournalLoader {
    /// The journal root: `--dir`, else `JOBJOURNAL_DIR`, else the nearest folder upward
    /// holding `.jobjournal.yaml`, else the current folder.
    public static func findRoot(dir: String?, environment: [String: String]) -> String {
        if let dir, !dir.isEmpty { return dir }
        if let env = environment["JOBJOURNAL_DIR"], !env.isEmpty { return env }
        var relative = "."
        var absolute = FileSystem.currentDirectory()
        while true {
            if FileSystem.kind(of: FileSystem.join(absolute, Settings.fileName)) == .file { return relative }
            guard absolute != "/", let slash = absolute.lastIndex(of: "/") else { return "." }
            absolute = slash == absolute.startIndex ? "/" : String(absolute[..<slash])
            relative = relative == "." ? ".." : relative + "/.."
        }
    }

    public enum LoadError: Error, CustomStringConvertible {
        case notAFolder(String)
        case missing(String)

        public var description: String {
            switch self {
            case .notAFolder(let p): return "\(p) is not a folder"
            case .missing(let p): return "\(p): no such file or folder"
            }
        }
    }

    /// Reads the whole journal under `root`, or only `paths` (files or folders) when given.
    public static func load(root: String, paths: [String]? = nil, workers: Int? = nil) throws(LoadError) -> Journal {
        guard FileSystem.kind(of: root) == .directory else {
            throw FileSystem.kind(of: root) == .missing ? .missing(root) : .notAFolder(root)
        }
        var journalDiagnostics: [Diagnostic] = []
        let settingsPath = FileSystem.join(root, Settings.fileName)
        var settings = Settings()
        if FileSystem.kind(of: settingsPath) == .file {
            if let text = FileSystem.readText(settingsPath) {
                let (parsed, diagnostics) = Settings.parse(text, displayPath: display(settingsPath))
                settings = parsed
                journalDiagnostics += diagnostics
            }
        }

        // (path relative to root, path to open)
        var targets: [(path: String, open: String)] = []
        func addFolder(_ folder: String) {
            let listing = FileSystem.listMarkdown(under: folder)
            for file in listing.files { targets.append((relativeToRoot(FileSystem.join(folder, file), root: root), FileSystem.join(folder, file))) }
            for other in listing.notFiles {
                journalDiagnostics.append(Diagnostic(file: display(FileSystem.join(folder, other)), line: 1, .warning,
                    "not a regular file (a FIFO, socket or device); skipped", id: "not-a-file"))
            }
            for (path, reason) in listing.unreadable {
                journalDiagnostics.append(Diagnostic(file: display(FileSystem.join(folder, path)), line: 1, .error,
                    "cannot read folder: \(reason)", id: "unreadable"))
            }
        }
        if let paths {
            for path in paths {
                switch FileSystem.kind(of: path) {
                case .directory: addFolder(path)
                case .file: targets.append((relativeToRoot(path, root: root), path))
                case .other:
                    journalDiagnostics.append(Diagnostic(file: display(path), line: 1, .warning,
                        "not a regular file (a FIFO, socket or device); skipped", id: "not-a-file"))
                case .missing: throw .missing(path)
                }
            }
        } else {
            addFolder(root)
        }

        let files = parseAll(targets, limit: settings.maxFileSize, workers: workers ?? processorCount())
        return Journal(root: root, settings: settings, files: files, journalDiagnostics: journalDiagnostics)
    }

    /// Parses every target, in parallel when there are enough files to be worth it.
    static func parseAll(_ targets: [(path: String, open: String)], limit: Int, workers: Int) -> [ParsedFile] {
        let results = Slots<ParsedFile>(count: targets.count)
        let workerCount = max(1, min(workers, targets.count / 8))
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            var buffer: [UInt8] = []
            var index = worker
            while index < targets.count {
                results.store(parseOne(targets[index], limit: limit, buffer: &buffer), at: index)
                index += workerCount
            }
        }
        return results.collect()
    }

    static func parseOne(_ target: (path: String, open: String), limit: Int, buffer: inout [UInt8]) -> ParsedFile {
        let shown = display(target.open)
        let read = FileSystem.read(target.open, limit: limit, into: &buffer) {
            ApplicationFile.parse($0, path: target.path, displayPath: shown)
        }
        switch read {
        case .success(let parsed):
            return parsed
        case .failure(let failure):
            let message: String
            let id: String
            switch failure {
            case .notRegular:
                message = "not a regular file (a FIFO, socket or device); skipped"
                id = "not-a-file"
            case .tooLarge(let size):
                message = "file is \(megabytes(size)), over the \(megabytes(limit)) limit (max-file-size in \(Settings.fileName)); not read"
                id = "file-too-large"
            case .system(let reason):
                message = "cannot read file: \(reason)"
                id = "unreadable"
            }
            let severity: Diagnostic.Severity = id == "not-a-file" ? .warning : .error
            return ParsedFile(path: target.path, displayPath: shown, application: nil,
                              diagnostics: [Diagnostic(file: shown, line: 1, severity, message, id: id)],
                              isApplication: id != "not-a-file")
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MiB"
    }

    /// The path with `./` removed, as diagnostics show it.
    static func display(_ path: String) -> String {
        guard path.hasPrefix("./") else { return path }  // the same string, not a copy
        var p = path[...]
        while p.hasPrefix("./") { p = p.dropFirst(2) }
        return String(p)
    }

    /// `path` relative to `root` when it lies under it, else as given.
    static func relativeToRoot(_ path: String, root: String) -> String {
        let p = display(path)
        let r = display(root)
        if r == "." || r.isEmpty { return p }
        let prefix = r.hasSuffix("/") ? r : r + "/"
        return p.hasPrefix(prefix) ? String(p.dropFirst(prefix.count)) : p
    }

    static func processorCount() -> Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

