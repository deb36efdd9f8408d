import JobJournalCore

/// Front matter that is not meant to be read as an application's YAML, told by its bytes
/// before any YAML is parsed: a note template's placeholders, and TOML written by other tools.
enum FrontMatterShape {
    /// Obsidian's and Templater's placeholders (`{{date:YYYY-MM-DD}}`, `<% tp.file.title %>`):
    /// the file is a template for notes, not a note.
    static func hasTemplatePlaceholders(_ bytes: UnsafeRawBufferPointer) -> Bool {
        ByteScan.pairOccurs(UInt8(ascii: "{"), UInt8(ascii: "{"), in: bytes) || ByteScan.pairOccurs(UInt8(ascii: "<"), UInt8(ascii: "%"), in: bytes)
    }

    /// A file opening with `+++`, the TOML front matter delimiter of Hugo and other tools.
    static func opensTOML(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        guard bytes.count >= start + 3 else { return false }
        for i in start..<(start + 3) where bytes[i] != UInt8(ascii: "+") { return false }
        return bytes.count == start + 3 || bytes[start + 3] == 0x0A || bytes[start + 3] == 0x0D
    }

    /// The line (counted from 0) that shows the front matter is TOML: its first line with
    /// content is `key = value` or a `[table]` header. nil when it reads as YAML.
    static func tomlLine(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var line = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var first = start
            while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 || bytes[first] == 0x0D { first += 1 }
            if first < end, bytes[first] != UInt8(ascii: "#") {
                return isTOML(UnsafeRawBufferPointer(rebasing: bytes[first..<end])) ? line : nil
            }
            start = end + 1
            line += 1
        }
        return nil
    }

    /// `name = ...` with no `:` before the `=` (a bare or quoted key), or `[name]`, `[[name]]`.
    private static func isTOML(_ text: UnsafeRawBufferPointer) -> Bool {
        var trimmed = text.count
        while trimmed > 0, text[trimmed - 1] == 0x20 || text[trimmed - 1] == 0x09 || text[trimmed - 1] == 0x0D { trimmed -= 1 }
        if text[0] == UInt8(ascii: "["), trimmed >= 3, text[trimmed - 1] == UInt8(ascii: "]") {
            let inner = text[1..<(trimmed - 1)].drop { $0 == UInt8(ascii: "[") }.prefix { $0 != UInt8(ascii: "]") }
            return !inner.isEmpty && inner.allSatisfy(isKeyByte)
        }
        var i = 0
        if text[0] == UInt8(ascii: "\"") {
            i = 1
            while i < trimmed, text[i] != UInt8(ascii: "\"") { i += 1 }
            i += 1
        } else {
            while i < trimmed, isKeyByte(text[i]) { i += 1 }
            guard i > 0 else { return false }
        }
        while i < trimmed, text[i] == 0x20 || text[i] == 0x09 { i += 1 }
        return i < trimmed && text[i] == UInt8(ascii: "=") && (i + 1 == trimmed || text[i + 1] != UInt8(ascii: "="))
    }

    private static func isKeyByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
    }

    static let tomlMessage = "front matter is TOML (key = \"value\"), and jobjournal reads YAML (key: value) between '---' lines; "
        + "'jobjournal migrate' rewrites it as YAML, to have it read as an application"
}
