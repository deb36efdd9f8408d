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

    /// The most days `within` and `check-in-days` may be: a hundred years. More is a slip of
    /// the finger, and days past the year 9999 cannot be written.
    public static let maxDays = 36_500
    /// The largest `max-file-size`: 1 GiB. A file is read whole into memory.
    public static let maxFileSizeLimit = 1 << 30

    static let keys = KeySet("settings", [
        "check-in-days": [], "within": [], "domain": [], "max-file-size": [], "name": [],
    ])

    /// Reads settings text; problems are diagnostics against `displayPath`, and what could
    /// not be read keeps its default.
    public static func parse(_ text: String, displayPath: String) -> (Settings, [Diagnostic]) {
        var settings = Settings()
        var diagnostics: [Diagnostic] = []
        func report(_ node: YAMLNode, _ message: String, _ id: String, _ severity: Diagnostic.Severity = .error) {
            diagnostics.append(Diagnostic(file: displayPath, location: node.location, severity: severity, message: message, id: id))
        }
        var text = text
        let composed = text.withUTF8 { YAMLComposer.compose(UnsafeRawBufferPointer($0), firstLine: 1) }
        let root: YAMLNode
        switch composed {
        case .failure(let error):
            diagnostics.append(Diagnostic(file: displayPath, location: error.location, severity: .error, message: error.message, id: error.id))
            return (settings, diagnostics)
        case .success(nil):
            return (settings, diagnostics)
        case .success(let node?):
            root = node
        }
        guard let pairs = root.mapping else {
            report(root, "settings should be keys and values (check-in-days: 7), not \(root.kindName)", "wrong-type")
            return (settings, diagnostics)
        }
        func number(_ node: YAMLNode, _ key: String, in range: ClosedRange<Int>) -> Int? {
            guard let text = node.text, let n = Int(text), range.contains(n) else {
                report(node, "\(key) should be a whole number from \(range.lowerBound) to \(range.upperBound)", "wrong-type")
                return nil
            }
            return n
        }
        for pair in pairs {
            guard let key = pair.key.text else { continue }
            let folded = KeySet.fold(key)
            switch keys.key(for: folded) {
            case "check-in-days": settings.checkInDays = number(pair.value, key, in: 1...maxDays) ?? settings.checkInDays
            case "within": settings.within = number(pair.value, key, in: 0...maxDays) ?? settings.within
            case "max-file-size": settings.maxFileSize = number(pair.value, key, in: 1...maxFileSizeLimit) ?? settings.maxFileSize
            case "name":
                if let text = pair.value.text, !text.trimmingSpaces.isEmpty {
                    settings.name = text.trimmingSpaces
                } else {
                    report(pair.value, "name should be your name as you sign letters, such as 'Jane Doe'", "wrong-type")
                }
            case "domain":
                if let text = pair.value.text, !text.isEmpty, !text.contains(where: { $0 == " " || $0 == "@" }) {
                    settings.domain = text
                } else {
                    report(pair.value, "domain should be a domain name such as 'jobs.example.org'", "wrong-type")
                }
            default:
                let hint = keys.nearMiss(folded).map { "; did you mean '\($0)'?" } ?? "; known settings: name, check-in-days, within, domain, max-file-size"
                report(pair.key, "unknown setting '\(key)'\(hint)", "unknown-setting", .warning)
            }
        }
        return (settings, diagnostics)
    }
}
