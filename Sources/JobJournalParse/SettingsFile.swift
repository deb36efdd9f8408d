import JobJournalCore

/// Reading `.jobjournal.yaml` into `Settings`.
extension Settings {
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
        func number(_ node: YAMLNode, _ key: String, atLeast minimum: Int) -> Int? {
            guard let text = node.text, let n = Int(text), n >= minimum else {
                report(node, "\(key) should be a whole number of at least \(minimum)", "wrong-type")
                return nil
            }
            return n
        }
        for pair in pairs {
            guard let key = pair.key.text else { continue }
            let folded = KeySet.fold(key)
            switch keys.key(for: folded) {
            case "check-in-days": settings.checkInDays = number(pair.value, key, atLeast: 1) ?? settings.checkInDays
            case "within": settings.within = number(pair.value, key, atLeast: 0) ?? settings.within
            case "max-file-size": settings.maxFileSize = number(pair.value, key, atLeast: 1) ?? settings.maxFileSize
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
