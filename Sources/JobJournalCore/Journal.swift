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
