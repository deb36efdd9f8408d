/// Journal settings from `.jobjournal.yaml` in the journal root.
public struct Settings: Sendable, Equatable {
    /// Days of quiet after the last activity before a check-in is due.
    public var checkInDays = 7
    /// How many days ahead `due` and the report's agenda look.
    public var within = 7
    /// The domain that makes calendar UIDs unique to this journal.
    public var domain = "jobjournal.invalid"
    /// Files larger than this are reported, not read.
    public var maxFileSize = 16 * 1024 * 1024
    /// The job seeker's name, to sign drafted messages with.
    public var name: String? = nil

    /// Days after applying, with no news, before a short follow-up is due.
    public var followUpDays = 7
    /// Days without any activity before an open application is called stale.
    public var staleDays = 30
    /// The user's own status words, folded (`on-hold`), to the statuses they mean.
    public var statusMap: [String: Status] = [:]
    /// The user's own key names, folded (`firma`), to the keys they mean (`company`).
    public var keyMap: [String: String] = [:]
    /// Glob patterns of files, relative to the journal, that are not applications.
    public var ignore: [String] = []

    /// Where the user's mail is kept, for `jobjournal mail` (paths as written; `~` is home).
    public var mail = Mailboxes()
    /// The user's own addresses: mail from them is mail the user sent.
    public var me: [String] = []

    /// `mail:` in the settings: Maildir roots, mbox files and folders of `.eml` files.
    public struct Mailboxes: Sendable, Equatable {
        public var maildir: [String] = []
        public var mbox: [String] = []
        public var eml: [String] = []
        public init() {}
    }

    public init() {}

    public static let fileName = ".jobjournal.yaml"

    /// The most days `within`, `check-in-days` and the other day counts may be: a hundred
    /// years. More is a slip of the finger, and days past the year 9999 cannot be written.
    public static let maxDays = 36_500
    /// The largest `max-file-size`: 1 GiB. A file is read whole into memory.
    public static let maxFileSizeLimit = 1 << 30
}
