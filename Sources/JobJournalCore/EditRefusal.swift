/// Why an edit was not made: the file's content stands in the way (errors in its front
/// matter, YAML that cannot be patched line by line, a change on disk meanwhile). Names the
/// line to edit by hand when there is one. Nothing was written.
public struct EditRefusal: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// The file line to look at, when the refusal is about one place.
    public var line: Int?

    public init(_ message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }

    public var description: String { message }

    /// `path:line: message`, as the CLI reports it.
    public func reported(for path: String) -> String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
