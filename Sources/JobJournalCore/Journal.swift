/// Everything read from a journal folder: the applications, the settings, and every
/// problem found on the way. Reports and rules are functions of this and a day.
public struct Journal: Sendable {
    /// The journal root as shown to the user (`.`, `journal-example`, `/home/me/jobs`).
    public var root: String
    public var settings: Settings
    /// Every Markdown file read, in path order, applications or not.
    public let files: [ParsedFile]
    /// Problems that belong to no single application file (settings, unreadable folders).
    public var journalDiagnostics: [Diagnostic]

    /// The files that read as applications, in path order.
    public let applications: [Application]

    /// The parse cache the files were read through, when they were: what a cache of work
    /// done on them (the day's actions) is checked against.
    package var cacheReading: CacheReading? = nil

    public init(root: String, settings: Settings = Settings(), files: [ParsedFile], journalDiagnostics: [Diagnostic] = []) {
        self.root = root
        self.settings = settings
        self.files = files
        self.journalDiagnostics = journalDiagnostics
        self.applications = files.compactMap(\.application)
    }

    /// The files that are not applications, each with why, in path order.
    public var skippedFiles: [ParsedFile] { files.filter { $0.skipped != nil } }

    /// Files meant as applications that could not be read as one.
    public var brokenFiles: [ParsedFile] { files.filter { $0.isApplication && $0.application == nil } }

    /// How many errors the files and the journal have, without ordering them.
    public var errorCount: Int {
        var n = journalDiagnostics.count { $0.severity == .error }
        for i in files.indices { n += files[i].diagnostics.count { $0.severity == .error } }
        return n
    }

    /// How many diagnostics the files and the journal have.
    public var diagnosticCount: Int {
        var n = journalDiagnostics.count
        for i in files.indices { n += files[i].diagnostics.count }
        return n
    }

    /// Every diagnostic, ordered by file, then line and column.
    public var diagnostics: [Diagnostic] {
        (journalDiagnostics + files.flatMap(\.diagnostics)).sorted {
            ($0.file, $0.location) < ($1.file, $1.location)
        }
    }
}

/// How a journal's files were read through its parse cache: where the caches are, what the
/// cache was valid for, and which reading of each file the cache vouches for.
package struct CacheReading: Sendable {
    /// The caches' folder, and the journal's real path, which names its caches there.
    package var folder: String
    package var realRoot: String
    /// The hash of the settings the files were read with.
    package var settings: UInt64
    /// Each file's revision, in the order of `Journal.files`: nil for a file that could not
    /// be read.
    package var revisions: [Revision?]
    /// The moment this run looked at the files: a revision looked at then is of a file parsed
    /// on this run, which the cache has not vouched for yet.
    package var lookedAt: Int64

    package init(folder: String, realRoot: String, settings: UInt64, revisions: [Revision?], lookedAt: Int64) {
        self.folder = folder
        self.realRoot = realRoot
        self.settings = settings
        self.revisions = revisions
        self.lookedAt = lookedAt
    }

    /// The revisions of the applications, in the order of `Journal.applications`.
    package func applicationRevisions(in journal: Journal) -> [Revision?] {
        var found: [Revision?] = []
        found.reserveCapacity(journal.applications.count)
        // By index, so that no file is copied to be looked at.
        for index in journal.files.indices where journal.files[index].application != nil { found.append(revisions[index]) }
        return found
    }
}

/// One reading of a file, as the parse cache keeps it: the file's stat when read (device,
/// inode, size, modification and change times) and the moment it was looked at. A file whose
/// record the cache trusts on two runs has the same revision on both, so what was worked out
/// from it on one holds on the other; a file read again gets a new one.
package struct Revision: Hashable, Sendable {
    package var device: UInt64
    package var inode: UInt64
    package var size: Int64
    package var modified: Int64
    package var changed: Int64
    package var lookedAt: Int64

    package init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64, lookedAt: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
        self.lookedAt = lookedAt
    }
}

/// What a command needs of the applications the parse cache vouches for: `due` needs no more
/// than a summary of one whose actions it kept for the day (`ActionMemo`), nor of a closed one.
/// The loader asks, from several threads at once, once for each such file.
package protocol ReadingPlan: Sendable {
    /// Whether the summary of the application (`Application.isSummary`) read from the file
    /// at `revision` is all the command needs of it.
    func summaryIsEnough(_ summary: Application, revision: Revision) -> Bool
}
