/// Obsidian's links between notes, `[[Acme Corp]]` and `[[companies/acme|Acme Corp]]`, as the
/// text they show: wherever a journal value holds one, jobjournal reads the name, so the
/// company is Acme Corp in every output and an interviewer's link matches their contact.
public enum Wikilink {
    /// `text` with each `[[target]]` replaced by its target and each `[[target|shown]]` by
    /// what it shows (`[[target#heading]]` by its target). Text without `[[` comes back as it is.
    public static func displayText(_ text: String) -> String {
        guard mayHoldLink(text) else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            out += rest[..<open.lowerBound]
            let inner = rest[open.upperBound..<close.lowerBound]
            if let bar = inner.lastIndex(of: "|") {
                out += inner[inner.index(after: bar)...]
            } else if let hash = inner.firstIndex(of: "#"), hash != inner.startIndex {
                out += inner[..<hash]
            } else {
                out += inner
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }

    /// Whether `[[` occurs: every text value of every file passes here.
    private static func mayHoldLink(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { ByteScan.pairOccurs(0x5B, 0x5B, in: UnsafeRawBufferPointer($0)) }
            ?? text.contains("[[")
    }
}
