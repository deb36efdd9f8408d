import JobJournalCore
import JobJournalIO
import Dispatch

import Glibc

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
        case standardInput(String)

        public var description: String {
            switch self {
            case .standardInput(let reason): return "cannot read standard input: \(reason)"
            case .notAFolder(let p): return "\(p) is not a folder"
            case .missing(let p): return "\(p): no such file or folder"
            }
        }
    }

    /// Reads the whole journal under `root`, or only `paths` (files or folders) when given.
    /// With `cacheFolder` (`CacheFile.folder`), a whole journal is read through its parse
    /// cache there: files unchanged since the cache was written are not parsed again, and the
    /// cache is brought up to date (docs/performance.md): with `writeCacheAside`, on another
    /// thread while the caller goes on (`CacheFile.writeAside`). `paths` never use the cache.
    /// With a `plan`, an application taken from the cache that it needs only the summary of is
    /// read no further (`Application.isSummary`).
    package static func load(root: String, paths: [String]? = nil, workers: Int? = nil, cacheFolder: String? = nil,
                             writeCacheAside: Bool = false, plan: (any ReadingPlan)?) throws(LoadError) -> Journal {
        guard FileSystem.kind(of: root) == .directory else {
            throw FileSystem.kind(of: root) == .missing ? .missing(root) : .notAFolder(root)
        }
        var (settings, journalDiagnostics, settingsHash) = Self.readSettings(root: root)

        // The parse cache is read on another thread while the folders are listed.
        let cacheRead = DispatchGroup()
        let cache = Slots<CachedParse?>(count: 1)
        cache.store(nil, at: 0)
        if paths == nil, let cacheFolder {
            let settingsHash = settingsHash
            DispatchQueue.global().async(group: cacheRead) {
                cache.store(CachedParse(root: root, folder: cacheFolder, settings: settingsHash), at: 0)
            }
        }
        // (path relative to root, path to open)
        var targets: [(path: String, open: String)] = []
        // Files a folder listing finds that are not applications by their place: read by no one.
        var passedOver: [ParsedFile] = []
        func addFolder(_ folder: String) {
            let listing = FileSystem.listMarkdown(under: folder)
            for file in listing.files {
                let open = FileSystem.join(folder, file)
                // The listing's names are relative to the folder: to the root, when it is one.
                let path = folder == root ? file : relativeToRoot(open, root: root)
                if let reason = passOver(path, settings: settings) {
                    var skipped = ParsedFile(path: path, displayPath: display(open), application: nil, diagnostics: [], isApplication: false)
                    skipped.skipped = reason
                    passedOver.append(skipped)
                } else {
                    targets.append((path, open))
                }
            }
            for other in listing.notFiles {
                journalDiagnostics.append(Diagnostic(file: display(FileSystem.join(folder, other)), line: 1, .warning,
                    "not a regular file (a FIFO, socket or device); skipped", id: "not-a-file"))
            }
            for (path, first) in listing.repeated {
                journalDiagnostics.append(Diagnostic(file: display(FileSystem.join(folder, path)), line: 1, .warning,
                    "a link to \(display(FileSystem.join(folder, first))), which is read already; skipped", id: "repeated-file"))
            }
            for (path, reason) in listing.unreadable {
                journalDiagnostics.append(Diagnostic(file: display(FileSystem.join(folder, path)), line: 1, .error,
                    reason, id: "unreadable"))
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

        var files: [ParsedFile]
        var reading: CacheReading? = nil
        cacheRead.wait()
        if let cached = cache.take()[0] {
            let run = cached.run(targets, settings: settings, workers: workers ?? Parallel.processorCount(),
                                 writeAside: writeCacheAside, plan: plan)
            files = run.files
            reading = CacheReading(folder: cached.folder, realRoot: cached.identity.root, settings: settingsHash,
                                   revisions: run.revisions, lookedAt: cached.startedAt)
        } else {
            files = parseAll(targets, settings: settings, workers: workers ?? Parallel.processorCount())
        }
        if !passedOver.isEmpty {
            files += passedOver
            reading?.revisions += Array(repeating: nil, count: passedOver.count)
            let order = files.indices.sorted { PathOrder.precedes(files[$0].path, files[$1].path) }
            files = order.map { files[$0] }
            if let revisions = reading?.revisions { reading?.revisions = order.map { revisions[$0] } }
        }
        var journal = Journal(root: root, settings: settings, files: files, journalDiagnostics: journalDiagnostics)
        journal.cacheReading = reading
        return journal
    }

    /// The same, every application read whole.
    public static func load(root: String, paths: [String]? = nil, workers: Int? = nil,
                            cacheFolder: String? = nil, writeCacheAside: Bool = false) throws(LoadError) -> Journal {
        try load(root: root, paths: paths, workers: workers, cacheFolder: cacheFolder, writeCacheAside: writeCacheAside, plan: nil)
    }

    /// The settings in `root`'s `.jobjournal.yaml`, the defaults when it has none. A settings
    /// file that cannot be read is reported, and the defaults are used.
    public static func settings(root: String) -> (Settings, [Diagnostic]) {
        let (settings, diagnostics, _) = readSettings(root: root)
        return (settings, diagnostics)
    }

    /// The settings, and a hash of the bytes they were read from (0: the defaults), which the
    /// parse cache is valid for.
    static func readSettings(root: String) -> (Settings, [Diagnostic], UInt64) {
        let path = FileSystem.join(root, Settings.fileName)
        guard FileSystem.kind(of: path) != .missing else { return (Settings(), [], 0) }
        let limit = 1 << 20
        var buffer: [UInt8] = []
        let problem: String
        switch FileSystem.read(path, limit: limit, into: &buffer, { (String(decoding: $0, as: UTF8.self), CacheChecksum.fnv1a($0)) }) {
        case .success(let (text, hash)):
            let (settings, diagnostics) = Settings.parse(text, displayPath: display(path))
            return (settings, diagnostics, hash | 1)
        case .failure(.notRegular): problem = "not a regular file (a FIFO, socket or device)"
        case .failure(.tooLarge(let size)): problem = "settings file is \(sizeText(size)), over the \(sizeText(limit)) settings can take"
        case .failure(.system(let reason)): problem = "cannot read settings: \(reason)"
        }
        return (Settings(), [Diagnostic(file: display(path), line: 1, .error, problem + "; the default settings are used", id: "unreadable")], 0)
    }

    /// An editor's unsaved buffer, read from `fd` (standard input), as the journal file
    /// `name`: what `check --stdin-filename` checks. Reading stops past the journal's size
    /// limit, so a stream without end cannot fill the memory.
    public static func parseBuffer(from fd: Int32, as name: String, root: String) throws(LoadError) -> ParsedFile {
        let journalSettings = settings(root: root).0
        let limit = journalSettings.maxFileSize
        switch FileSystem.readToEnd(fd, limit: limit) {
        case .success(let bytes?):
            return bytes.withUnsafeBytes {
                ApplicationFile.parse($0, path: relativeToRoot(name, root: root), displayPath: name, settings: journalSettings)
            }
        case .success(nil):
            return ParsedFile(path: relativeToRoot(name, root: root), displayPath: name, application: nil,
                              diagnostics: [tooLarge(file: name, size: nil, limit: limit)], isApplication: true)
        case .failure(let error):
            throw .standardInput(error.description)
        }
    }

    /// For input over the size limit: `size` is nil when reading stopped at the limit.
    public static func tooLarge(file: String, size: Int?, limit: Int) -> Diagnostic {
        let what = size.map { "file is \(sizeText($0)), over" } ?? "input is over"
        return Diagnostic(file: file, line: 1, .error,
                          "\(what) the \(sizeText(limit)) limit (max-file-size in \(Settings.fileName)); not read", id: "file-too-large")
    }

    /// Folders whose notes are templates for new notes, by the names note apps give them.
    static let templateFolders: Set<String> = ["templates", "Templates", "_templates", "_Templates", "Template", "template"]

    /// Why a listed file is not read: it lies in a templates folder, or `ignore:` names it.
    static func passOver(_ path: String, settings: Settings) -> ParsedFile.SkipReason? {
        if mayNameTemplates(path), path.split(separator: "/").dropLast().contains(where: { templateFolders.contains(String($0)) }) {
            return .templatesFolder
        }
        for pattern in settings.ignore where Glob.matches(pattern, path) { return .ignored }
        return nil
    }

    /// Whether `path` holds `emplate`, as every templates folder's name does: most paths do
    /// not, and are not split into folder names to look them up.
    private static func mayNameTemplates(_ path: String) -> Bool {
        let word = Array("emplate".utf8)
        var path = path
        return path.withUTF8 { bytes in
            guard bytes.count >= word.count else { return false }
            return (0...(bytes.count - word.count)).contains { start in
                bytes[start] == word[0] && word.indices.allSatisfy { bytes[start + $0] == word[$0] }
            }
        }
    }

    /// Parses every target, in parallel when there are enough files to be worth it.
    static func parseAll(_ targets: [(path: String, open: String)], settings: Settings, workers: Int) -> [ParsedFile] {
        let results = Slots<ParsedFile>(count: targets.count)
        let workerCount = max(1, min(workers, targets.count / 8))
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            var buffer: [UInt8] = []
            var index = worker
            while index < targets.count {
                results.store(parseOne(targets[index], settings: settings, buffer: &buffer), at: index)
                index += workerCount
            }
        }
        return results.collect()
    }

    static func parseOne(_ target: (path: String, open: String), settings: Settings, buffer: inout [UInt8]) -> ParsedFile {
        readAndParse(target, settings: settings, buffer: &buffer).file
    }

    /// The file parsed, and, when it could be read (what could not is not kept in the cache),
    /// its stamp as it was opened.
    static func readAndParse(_ target: (path: String, open: String), settings: Settings,
                             buffer: inout [UInt8]) -> (file: ParsedFile, stamp: FileStamp?) {
        let shown = display(target.open)
        let limit = settings.maxFileSize
        var st = stat()
        let read = FileSystem.read(target.open, limit: limit, into: &buffer, stat: &st) {
            ApplicationFile.parse($0, path: target.path, displayPath: shown, settings: settings)
        }
        switch read {
        case .success(let parsed):
            return (parsed, FileStamp(st))
        case .failure(let failure):
            let diagnostic: Diagnostic
            switch failure {
            case .notRegular:
                diagnostic = Diagnostic(file: shown, line: 1, .warning, "not a regular file (a FIFO, socket or device); skipped", id: "not-a-file")
            case .tooLarge(let size):
                diagnostic = tooLarge(file: shown, size: size, limit: limit)
            case .system(let reason):
                diagnostic = Diagnostic(file: shown, line: 1, .error, "cannot read file: \(reason)", id: "unreadable")
            }
            var unread = ParsedFile(path: target.path, displayPath: shown, application: nil, diagnostics: [diagnostic],
                                    isApplication: diagnostic.severity == .error)
            if diagnostic.severity != .error { unread.skipped = .unreadable }
            return (unread, nil)
        }
    }

    /// "2000 bytes" below a MiB, "16.0 MiB" from there, without overflow for any size.
    static func sizeText(_ bytes: Int) -> String {
        guard bytes >= 1 << 20 else { return "\(bytes) bytes" }
        let tenths = (bytes >> 20) * 10 + (((bytes & 0xF_FFFF) * 10 + (1 << 19)) >> 20)
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
}

