import JobJournalCore
import JobJournalIO
import JobJournalPlaybook

/// Writes a value as YAML text that reads back as the same text, in jobjournal and in any
/// common YAML reader (YAML 1.1, as PyYAML and most static-site generators read it, or 1.2):
/// plain when every one of them reads the plain text as that text, else quoted, in the style
/// the value it replaces was quoted in. Where the key holds a date, a number or a yes/no
/// (`applied`, `round`, `final`), a value written as one stays plain, and reads as one.
package enum YAMLText {
    /// What a key's value is read as.
    enum Kind: Sendable {
        case text, day, wholeNumber, truth
    }

    static func scalar(_ value: String, like style: YAMLScalar.Style = .plain, inFlow: Bool = false, as kind: Kind = .text) -> String {
        switch style {
        case .singleQuoted where !needsEscape(value):
            return "'" + value.replacingAll("'", with: "''") + "'"
        case .singleQuoted, .doubleQuoted:
            return doubleQuoted(value)
        case .plain, .literal, .folded:
            return canBePlain(value, inFlow: inFlow, as: kind) ? value : doubleQuoted(value)
        }
    }

    /// `{sent: 2026-11-19, via: card}`.
    static func flowMapping(_ pairs: [(key: String, value: String)], kinds: [String: Kind] = [:]) -> String {
        "{" + pairs.map { "\($0.key): \(scalar($0.value, inFlow: true, as: kinds[$0.key] ?? .text))" }.joined(separator: ", ") + "}"
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
            case _ where isSpecial(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Whether `value` can be written unquoted and read back as the same text (or, for a
    /// key of that kind, as the date, number or yes/no it is). Errs on the side of quoting.
    static func canBePlain(_ value: String, inFlow: Bool, as kind: Kind = .text) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if first == " " || last == " " || needsEscape(value) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if value.contains(": ") || value.contains(" #") || last == ":" { return false }
        if inFlow && value.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        switch kind {
        case .day where Day(iso: value) != nil: return true
        case .wholeNumber where value == "0" || (value.first != "0" && value.allSatisfy { $0.isASCII && $0.isNumber }): return true
        case .truth where ["true", "True", "TRUE", "false", "False", "FALSE"].contains(value): return true
        default: return !readsAsOtherThanText(value)
        }
    }

    /// Whether some common YAML reader resolves this plain scalar to something other than a
    /// string: null (`~`, `null`), a boolean (YAML 1.1's `yes`, `no`, `on`, `off`, `y`, `n`,
    /// and `true`, `false`, in any case), a number in any base or form (`0x1F`, `0o17`,
    /// `1_000`, `1e3`, `.5`, `.inf`, `.nan`, sexagesimal `12:30`), a date or time (anything
    /// starting `NNNN-`), or the merge and value keys (`<<`, `=`).
    static func readsAsOtherThanText(_ value: String) -> Bool {
        let lower = value.lowercased()
        if ["~", "null", "y", "n", "yes", "no", "on", "off", "true", "false", "<<", "="].contains(lower) { return true }
        if [".inf", "+.inf", "-.inf", ".nan"].contains(lower) { return true }
        var body = Substring(value)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        guard let first = body.first else { return false }
        let digit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        let startsLikeNumber = digit(first) || (first == "." && body.dropFirst().first.map(digit) == true)
        if startsLikeNumber && body.allSatisfy({ "0123456789abcdefABCDEFxXoO_.:+-".contains($0) }) { return true }
        return value.count > 4 && value.prefix(4).allSatisfy(digit) && value.dropFirst(4).first == "-"
    }

    private static func needsEscape(_ value: String) -> Bool { value.unicodeScalars.contains(where: isSpecial) }

    /// Characters no quoting but double quotes' escapes keeps: control characters (C0, DEL,
    /// C1 with NEL), the line and paragraph separators YAML 1.1 takes as line breaks, the
    /// byte order mark, and the non-characters readers refuse.
    private static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF
            || v == 0xFFFE || v == 0xFFFF
    }
}
