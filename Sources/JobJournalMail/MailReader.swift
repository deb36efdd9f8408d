import Glibc
import JobJournalCore
import JobJournalIO

/// Where mail is kept: a Maildir root with its folders, an mbox file, or a folder of `.eml`
/// files (docs/mail.md says how each is read).
public enum MailSource: Sendable, Hashable {
    case maildir(String)
    case mbox(String)
    case eml(String)

    public var path: String {
        switch self {
        case .maildir(let path), .mbox(let path), .eml(let path): return path
        }
    }
}

/// One message's headers and where it was read: the file, and in an mbox the line of its
/// `From ` separator.
public struct MailMessage: Sendable, Hashable {
    public var headers: MessageHeaders
    public var file: String
    public var line: Int
    /// The day it was written, in the user's time zone.
    public var day: Day

    public init(headers: MessageHeaders, file: String, line: Int = 1, day: Day) {
        self.headers = headers
        self.file = file
        self.line = line
        self.day = day
    }

    /// `file` or `file:line`, to show as the evidence's source.
    public var source: String { line > 1 ? "\(file):\(line)" : file }
}

/// Reads the headers of every message in the sources, and only the headers: a Maildir or
/// `.eml` file up to its blank line, at most `headerLimit` bytes; an mbox is mapped and
/// scanned for its `From ` lines, so its bodies are passed over, never copied. A message that
/// cannot be read is a diagnostic naming its file (and line), never the end of the run.
public enum MailReader {
    /// Headers longer than this are not a real message's: the message is reported and skipped.
    public static let headerLimit = 256 * 1024

    public struct Scan: Sendable {
        public var messages: [MailMessage] = []
        public var diagnostics: [Diagnostic] = []
        /// Messages looked at, read or not.
        public var count = 0
    }

    /// A source that cannot be read at all: the command fails with this.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Reads the sources, their files with `workers` threads.
    public static func read(_ sources: [MailSource], workers: Int? = nil) throws(Failure) -> Scan {
        let workers = workers ?? Parallel.processorCount()
        var scan = Scan()
        for source in sources {
            switch source {
            case .maildir(let root):
                guard FileSystem.kind(of: root) == .directory else { throw Failure(description: "cannot read the Maildir \(root): \(reason(root))") }
                let files = MailFolders.maildirMessages(under: root, diagnostics: &scan.diagnostics)
                readFiles(files, workers: workers, into: &scan)
            case .eml(let path):
                switch FileSystem.kind(of: path) {
                case .directory: readFiles(MailFolders.emlFiles(under: path, diagnostics: &scan.diagnostics), workers: workers, into: &scan)
                case .file: readFiles([path], workers: workers, into: &scan)
                default: throw Failure(description: "cannot read the .eml folder \(path): \(reason(path))")
                }
            case .mbox(let path):
                guard FileSystem.kind(of: path) == .file else { throw Failure(description: "cannot read the mbox \(path): \(reason(path))") }
                try Mbox.read(path, into: &scan)
            }
        }
        return scan
    }

    private static func reason(_ path: String) -> String {
        switch FileSystem.kind(of: path) {
        case .missing: return "no such file or folder"
        case .directory: return "it is a folder"
        case .file: return "it is a file"
        default: return "not a file or folder"
        }
    }

    /// Reads the files' headers, in the files' order: the files on every core, the headers
    /// decoded on this thread. GMime's header functions, used without `g_mime_init` (which a
    /// static build cannot link), crashed now and then when called from several threads at
    /// once (2 runs in 12 over 10,000 messages), so only the reading is shared.
    static func readFiles(_ files: [String], workers: Int, into scan: inout Scan) {
        let blocks = Parallel.map(files, minimumPerWorker: 64, workers: workers) { path in headerBlock(inFile: path) }
        scan.count += files.count
        for (path, block) in zip(files, blocks) {
            switch decode(block, file: path) {
            case .success(let message): scan.messages.append(message)
            case .failure(let diagnostic): scan.diagnostics.append(diagnostic)
            }
        }
    }

    /// One message file's headers, decoded (the tests' way in).
    static func message(inFile path: String) -> Read {
        decode(headerBlock(inFile: path), file: path)
    }

    private static func decode(_ block: Block, file: String) -> Read {
        switch block {
        case .success(let bytes): return decode(bytes[...], file: file, line: 1)
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }

    /// A file's header bytes, or why they could not be read.
    enum Block: Sendable {
        case success([UInt8])
        case failure(Diagnostic)
    }

    /// One message file's header block: the bytes before its blank line (all of it when it
    /// has no body). Read 4 KiB at a time into a scratch buffer; what is kept is copied out
    /// at its own size (most messages' headers end in the first read).
    static func headerBlock(inFile path: String) -> Block {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(problem(path, 1, "cannot read the message: \(FileSystem.lastError())", "mail-unreadable")) }
        defer { close(fd) }
        let chunkSize = 4096
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunkSize) { chunk -> Block in
            var buffer: [UInt8] = []
            while true {
                let got = Glibc.read(fd, chunk.baseAddress!, min(chunkSize, headerLimit + 1 - buffer.count))
                if got < 0 {
                    if errno == EINTR { continue }
                    return .failure(problem(path, 1, "cannot read the message: \(FileSystem.lastError())", "mail-unreadable"))
                }
                if got == 0 { return .success(buffer) }  // headers only, no body
                let read = UnsafeBufferPointer(rebasing: chunk[..<got])
                if buffer.isEmpty, let end = headerEnd(read, from: 0) { return .success(Array(read[..<end])) }
                let searched = buffer.count
                buffer.append(contentsOf: read)
                if let end = buffer.withUnsafeBufferPointer({ headerEnd($0, from: max(0, searched - 3)) }) {
                    buffer.removeSubrange(end...)
                    return .success(buffer)
                }
                if buffer.count >= headerLimit {
                    return .failure(problem(path, 1, "the headers are longer than \(headerLimit / 1024) KiB; skipped", "mail-too-long"))
                }
            }
        }
    }

    /// Where the blank line ending the headers starts (the line break before it excluded),
    /// looking from `from` on.
    static func headerEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let to = bytes.count
        var i = from
        while i < to {
            if bytes[i] == 0x0A {
                if i == 0 { return 0 }
                if i + 1 < to, bytes[i + 1] == 0x0A { return i }
                if i + 2 < to, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { return i }
            }
            i += 1
        }
        return nil
    }

    /// The message made of a header block, or the diagnostic saying why it cannot be used.
    static func decode(_ block: ArraySlice<UInt8>, file: String, line: Int) -> Read {
        let decoded = block.withUnsafeBytes { HeaderDecoder.decode($0) }
        switch decoded {
        case .failure(let problem): return .failure(self.problem(file, line, problem.message, problem.id))
        case .success(let headers):
            guard let date = headers.date else {
                let what = headers.dateText.map { "its Date header '\(Terminal.plain(String($0.prefix(80))))' cannot be read as a date" } ?? "it has no Date header"
                return .failure(problem(file, line, "\(what); skipped", "mail-date"))
            }
            return .success(MailMessage(headers: headers, file: file, line: line, day: date.localDay))
        }
    }

    /// One message read, or why it could not be.
    enum Read: Sendable {
        case success(MailMessage)
        case failure(Diagnostic)
    }

    static func problem(_ file: String, _ line: Int, _ message: String, _ id: String) -> Diagnostic {
        Diagnostic(file: file, line: line, .warning, message, id: id)
    }
}
