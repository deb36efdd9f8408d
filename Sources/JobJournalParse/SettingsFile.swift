import JobJournalCore

/// Reading `.jobjournal.yaml` into `Settings`.
extension Settings {
    static let keys = KeySet("settings", [
        "name": [], "check-in-days": [], "within": [], "domain": [], "max-file-size": [],
        "follow-up-days": [], "stale-days": [], "status-map": ["statuses"], "keys": ["key-map"], "ignore": [],
        "mail": [], "me": [],
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
        /// The pairs of a mapping of the user's words to ours (`status-map:`, `keys:`).
        func wordPairs(_ node: YAMLNode, _ key: String) -> [(String, YAMLNode)] {
            guard let pairs = node.mapping else {
                report(node, "\(key) should be the words you use, each with what it means (on-hold: interviewing)", "wrong-type")
                return []
            }
            return pairs.compactMap { pair in pair.key.text.map { ($0, pair.value) } }
        }
        for pair in pairs {
            guard let key = pair.key.text else { continue }
            let folded = KeySet.fold(key)
            switch keys.key(for: folded) {
            case "check-in-days": settings.checkInDays = number(pair.value, key, in: 1...maxDays) ?? settings.checkInDays
            case "within": settings.within = number(pair.value, key, in: 0...maxDays) ?? settings.within
            case "max-file-size": settings.maxFileSize = number(pair.value, key, in: 1...maxFileSizeLimit) ?? settings.maxFileSize
            case "follow-up-days": settings.followUpDays = number(pair.value, key, in: 1...maxDays) ?? settings.followUpDays
            case "stale-days": settings.staleDays = number(pair.value, key, in: 1...maxDays) ?? settings.staleDays
            case "status-map":
                for (word, meaning) in wordPairs(pair.value, key) {
                    guard case .status(let status) = Status.read(meaning.text ?? "") else {
                        report(meaning, "status-map gives '\(word)' the status '\(meaning.text ?? "")', which is not one; use one of \(Status.names)", "invalid-status")
                        continue
                    }
                    settings.statusMap[Status.fold(word)] = status
                }
            case "keys":
                for (word, meaning) in wordPairs(pair.value, key) {
                    let target = KeySet.fold(meaning.text ?? "")
                    guard let ours = KeySet.application.key(for: target) else {
                        let known = KeySet.application.names.joined(separator: ", ")
                        report(meaning, "keys maps '\(word)' to '\(meaning.text ?? "")', which is not a key of an application; use one of \(known)", "unknown-key")
                        continue
                    }
                    settings.keyMap[KeySet.fold(word)] = ours
                }
            case "ignore":
                let patterns = pair.value.sequence ?? [pair.value]
                for pattern in patterns {
                    if let text = pattern.text, !text.isEmpty {
                        settings.ignore.append(text)
                    } else {
                        report(pattern, "ignore should be file patterns such as 'archive/*' or '*.draft.md'", "wrong-type")
                    }
                }
            case "me":
                for address in pair.value.sequence ?? [pair.value] {
                    if let text = address.text, text.contains("@") {
                        settings.me.append(text.trimmingSpaces)
                    } else {
                        report(address, "me should be your email addresses, such as 'jane@example.org'", "wrong-type")
                    }
                }
            case "mail":
                guard let folders = pair.value.mapping else {
                    report(pair.value, "mail should say where your mail is: maildir, mbox or eml, each with paths", "wrong-type")
                    continue
                }
                for folder in folders {
                    let paths = (folder.value.sequence ?? [folder.value]).compactMap(\.text).filter { !$0.isEmpty }
                    switch KeySet.fold(folder.key.text ?? "") {
                    case "maildir": settings.mail.maildir += paths
                    case "mbox": settings.mail.mbox += paths
                    case "eml": settings.mail.eml += paths
                    default: report(folder.key, "mail knows maildir, mbox and eml, not '\(folder.key.text ?? "")'", "unknown-setting", .warning)
                    }
                }
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
                let hint = keys.nearMiss(folded).map { "; did you mean '\($0)'?" } ?? "; known settings: \(keys.names.joined(separator: ", "))"
                report(pair.key, "unknown setting '\(key)'\(hint)", "unknown-setting", .warning)
            }
        }
        return (settings, diagnostics)
    }
}
