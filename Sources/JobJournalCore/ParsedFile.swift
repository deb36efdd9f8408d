/// What one file in the journal turned out to be.
public struct ParsedFile: Sendable {
    /// Path relative to the journal root.
    public var path: String
    /// Path as shown in diagnostics (relative to the current folder).
    public var displayPath: String
    public var application: Application?
    public var diagnostics: [Diagnostic]
    /// The file is meant as an application (it has front matter that reads like one), even
    /// when errors kept it from being read.
    public var isApplication: Bool
    /// The body's section headings (`# ...`, `## Log`, `## Drafts`) with their levels, for edits.
    package var headings: [Heading] = []
    /// The drafts kept under `## Drafts`, for `check` to read.
    public var drafts: [DraftText] = []
    /// Why the file is not read as an application, when it is not one.
    public var skipped: SkipReason? = nil

    /// Why a Markdown file of the journal is not an application. Every file is accounted
    /// for: `check` counts them by reason and `check --verbose` lists them.
    public enum SkipReason: String, Sendable, CaseIterable {
        case empty = "empty file"
        case noFrontMatter = "no front matter"
        case notAnApplication = "front matter without application keys"
        case template = "template"
        case templatesFolder = "in a templates folder"
        case ignored = "ignored by setting"
        case toml = "TOML front matter"
        case unreadable = "unreadable"
    }

    package init(path: String, displayPath: String, application: Application?, diagnostics: [Diagnostic],
                 isApplication: Bool, headings: [Heading] = [], drafts: [DraftText] = []) {
        self.path = path
        self.displayPath = displayPath
        self.application = application
        self.diagnostics = diagnostics
        self.isApplication = isApplication
        self.headings = headings
        self.drafts = drafts
    }

    /// A heading (`## Log`, `### Thank-you note to Mr. Jones`), its level and its file line:
    /// what edits need to find a section and where it ends.
    package struct Heading: Sendable, Hashable {
        package var title: String
        package var level: Int
        package var line: Int

        package init(title: String, level: Int, line: Int) {
            self.title = title
            self.level = level
            self.line = line
        }
    }
}
