/// Text bound for a terminal: user text never carries control characters through (an
/// escape sequence in a company name must not reach the terminal raw), and colour only
/// when asked for.
public enum Terminal {
    /// The text with its control characters made visible: C0 in caret notation (`^[` for
    /// ESC), DEL and C1 as `\x7F`, a tab as a space.
    public static func plain(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) || text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x09 {
                out += " "
            } else if v < 0x20 {
                out += "^" + String(UnicodeScalar(UInt8(v + 0x40)))
            } else if v == 0x7F || (0x80...0x9F).contains(v) {
                out += "\\x" + String(v, radix: 16, uppercase: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text of several lines (a diff, a draft, a message with a list) with the control
    /// characters of each line made visible as `plain` makes them, but its line breaks (LF,
    /// and the CR of a CRLF) and tabs kept, so that a diff of ordinary text still applies.
    public static func plainLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }) else {
            return text
        }
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let v = scalar.value
            let endsLine = v == 0x0D && i + 1 < scalars.count && scalars[i + 1] == "\n"
            if v == 0x0A || v == 0x09 || endsLine {
                out.unicodeScalars.append(scalar)
            } else if v < 0x20 {
                out += "^" + String(UnicodeScalar(UInt8(v + 0x40)))
            } else if v == 0x7F || (0x80...0x9F).contains(v) {
                out += "\\x" + String(v, radix: 16, uppercase: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public enum Color: String, Sendable {
        case red = "31", green = "32", yellow = "33", blue = "34", cyan = "36", dim = "2", bold = "1"
    }

    public static func paint(_ text: String, _ color: Color, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }
}
