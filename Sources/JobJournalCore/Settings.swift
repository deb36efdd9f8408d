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

    public init() {}

    public static let fileName = ".jobjournal.yaml"
}
