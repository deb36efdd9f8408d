import JobJournalCore

/// Writes a value as YAML text that reads back as the same text: plain when YAML allows,
/// else quoted, in the style the value it replaces was quoted in.
package enum YAMLText {
    static func scalar(_ value: String, like style: YAMLScalar.Style = .plain, inFlow: Bool = false) -> String {
        switch style {
        case .singleQuoted where !hasControl(value):
            return "'" + value.replacingAll("'", with: "''") + "'"
        case .singleQuoted, .doubleQuoted:
            return doubleQuoted(value)
        case .plain, .literal, .folded:
            return canBePlain(value, inFlow: inFlow) ? value : doubleQuoted(value)
        }
    }

    /// `{sent: 2026-11-19, via: card}`.
    static func flowMapping(_ pairs: [(key: String, value: String)]) -> String {
        "{" + pairs.map { "\($0.key): \(scalar($0.value, inFlow: true))" }.joined(separator: ", ") + "}"
    }

    static func doubleQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Whether `value` can be written unquoted and read back as the same text (and as text,
    /// not null). Errs on the side of quoting.
    static func canBePlain(_ value: String, inFlow: Bool) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if first == " " || last == " " || hasControl(value) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if value.contains(": ") || value.contains(" #") || last == ":" { return false }
        if inFlow && value.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        if ["~", "null", "Null", "NULL"].contains(value) { return false }
        return true
    }

    private static func hasControl(_ value: String) -> Bool {
        value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
    }
}
