/// Writes JSON text directly, keys in the order given, two-space indented, so output is
/// deterministic and diffable. Every string is escaped, control characters included.
public struct JSONWriter {
    public private(set) var output: String = ""
    private var depth = 0
    /// Whether the current container already has a member (a comma is due before the next).
    private var hasMember: [Bool] = []
    private var afterKey = false

    public init() {}

    public mutating func beginObject() { open("{") }
    public mutating func endObject() { close("}") }
    public mutating func beginArray() { open("[") }
    public mutating func endArray() { close("]") }

    public mutating func key(_ name: String) {
        separate()
        JSONWriter.appendQuoted(name, to: &output)
        output += ": "
        afterKey = true
    }

    public mutating func string(_ value: String) { scalar { JSONWriter.appendQuoted(value, to: &$0) } }
    public mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    public mutating func number(_ value: Int) { scalar { $0 += String(value) } }
    public mutating func bool(_ value: Bool) { scalar { $0 += value ? "true" : "false" } }
    public mutating func null() { scalar { $0 += "null" } }

    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); number(value) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: String, _ value: Day?) { key(name); string(value?.description) }
    public mutating func field(_ name: String, _ value: Int?) { key(name); if let value { number(value) } else { null() } }
    public mutating func field(_ name: String, _ values: [String]) {
        key(name)
        beginArray()
        for v in values { string(v) }
        endArray()
    }
    public mutating func field(_ name: String, _ values: [String]?) {
        if let values { field(name, values) } else { key(name); null() }
    }

    private mutating func open(_ bracket: String) {
        separate()
        output += bracket
        depth += 1
        hasMember.append(false)
    }

    private mutating func close(_ bracket: String) {
        depth -= 1
        if hasMember.removeLast() { newline() }
        output += bracket
        if depth == 0 { output += "\n" }
    }

    private mutating func scalar(_ write: (inout String) -> Void) {
        separate()
        write(&output)
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard !hasMember.isEmpty else { return }
        if hasMember[hasMember.count - 1] { output += "," }
        hasMember[hasMember.count - 1] = true
        newline()
    }

    private mutating func newline() {
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        var needsEscape = false
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C {
            needsEscape = true
            break
        }
        if !needsEscape {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
