import JobJournalCore
import JobJournalIO
import JobJournalParse
import Glibc

/// The file a report is written to (`report -o`), and links from it back into the journal.
public enum OutputFile {
    /// Writes whatever `produce` streams into the sink to `path`, replacing it whole the way
    /// every jobjournal write does (`AtomicWrite.replace`): a reader (a browser, a calendar
    /// app) never sees half a report, and a failed write leaves the previous one as it was.
    /// A Markdown file that reads as an application is refused: `-o acme.md` is a slip of
    /// the finger, and the report must not replace the notes.
    public static func write(to path: String, hook: AtomicWrite.Hook? = nil, safeguards: AtomicWrite.Safeguards = .all,
                             _ produce: (inout FileDescriptorSink) -> Void) throws(AtomicWrite.Failure) {
        let keeping: (([UInt8]) -> EditRefusal?)? = FileSystem.isMarkdown(path) ? { bytes in
            let parsed = bytes.withUnsafeBytes { ApplicationFile.parse($0, path: path, displayPath: path) }
            guard parsed.application != nil else { return nil }
            return EditRefusal("this is an application file, and the report would replace it; write the report elsewhere (REPORT.md). Nothing was written")
        } : nil
        try AtomicWrite.replace(path, hook: hook, safeguards: safeguards, keeping: keeping, produce)
    }

    /// The path from the folder that will hold `outputPath` to the journal `root`, for
    /// relative links: `""` when they are the same folder, `..` or `jobs` and so on otherwise.
    /// Falls back to `root` as given when either folder cannot be resolved.
    public static func linkBase(from outputPath: String, to root: String) -> String {
        let folder = AtomicWrite.split(outputPath).folder
        guard let from = FileSystem.realPath(folder), let to = FileSystem.realPath(root) else { return root == "." ? "" : root }
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
}
