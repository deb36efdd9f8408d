import JobJournalCore
import JobJournalParse

/// `set` and `unset` name a key by hand, and a key written slightly wrong (`sttus`) would be
/// written without a word and read by nothing. A top-level key is taken when jobjournal reads
/// it (in any spelling, or as one of the journal's own names in `keys:`) or when the file
/// already has it; below the top, `FrontMatterEditor` refuses what it does not know.
extension EditableFile {
    /// Why the first key of `path` is not one to write, or nil when it is.
    package func unknownKey(_ path: YAMLPath, settings: Settings) -> String? {
        guard case .key(let written)? = path.components.first else { return nil }
        let folded = KeySet.fold(written)
        if KeySet.application.key(for: folded) != nil || settings.keyMap[folded] != nil { return nil }
        let pairs = yaml?.mapping ?? []
        if pairs.contains(where: { $0.key.text.map(KeySet.fold) == folded }) { return nil }
        let hint = KeySet.application.nearMiss(folded).map { "did you mean '\($0)'? " } ?? ""
        return "'\(written)' is not a key jobjournal reads, nor one the file has; \(hint)--force writes it anyway; nothing was written"
    }
}
