/// One problem found in a file: where, how bad, what, and a stable id an editor or a
/// script can match on (`yaml-syntax`, `invalid-date`, ...).
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case error
        case warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    /// The file's path as the user named it or relative to the current folder.
    public var file: String
    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    public var id: String

    public init(file: String, location: SourceLocation, severity: Severity, message: String, id: String) {
        self.file = file
        self.location = location
        self.severity = severity
        self.message = message
        self.id = id
    }

    public init(file: String, line: Int, column: Int = 1, _ severity: Severity, _ message: String, id: String) {
        self.init(file: file, location: SourceLocation(line: line, column: column), severity: severity, message: message, id: id)
    }
}
