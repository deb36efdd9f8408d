import JobJournalCore

/// A key written slightly wrong (`intervews:`) is read as unknown, so what it holds is
/// missing from the application; where the playbook reads that key, actions go missing
/// with it. The decoder words the warning here, and `due` and `report` read it back to say
/// which file and key may be hiding actions, even though the warning alone fails nothing.
package enum NearMissKey {
    /// The warning's message: `unknown key 'refrences' in application; did you mean 'references'?`.
    static func message(key: String, context: String, near: String) -> String {
        "unknown key '\(key)' in \(context); did you mean '\(near)'?"
    }

    /// One near-miss the playbook would have read.
    package struct Suspect: Sendable, Equatable {
        package var file: String
        package var line: Int
        /// The key as written.
        package var written: String
        /// The key it most likely meant.
        package var meant: String
    }

    /// The keys of an application whose values the playbook turns into actions; below them
    /// (an interview's, a reference's, a promise's, the offer's keys) every key counts but
    /// a contact's, which only changes how someone is addressed.
    static let applicationKeysWithActions: Set<String> = [
        "applied", "status", "follow-up", "contacts", "interviews", "references", "promises", "offer",
    ]

    /// The near-miss warnings among `diagnostics` whose key, spelt right, may give actions.
    package static func suspects(in diagnostics: [Diagnostic]) -> [Suspect] {
        diagnostics.compactMap { diagnostic in
            guard diagnostic.id == "near-miss-key", let parts = parse(diagnostic.message) else { return nil }
            if parts.context == KeySet.contact.context { return nil }
            if parts.context == KeySet.application.context, !applicationKeysWithActions.contains(parts.meant) { return nil }
            return Suspect(file: diagnostic.file, line: diagnostic.location.line, written: parts.key, meant: parts.meant)
        }
    }

    /// The key, context and suggestion back from `message(key:context:near:)`.
    private static func parse(_ message: String) -> (key: String, context: String, meant: String)? {
        guard message.hasPrefix("unknown key '"), message.hasSuffix("'?"),
              let contextStart = message.firstRange(of: "' in "),
              let meantStart = message.ranges(of: "; did you mean '").last
        else { return nil }
        let key = String(message[message.index(message.startIndex, offsetBy: 13)..<contextStart.lowerBound])
        let context = String(message[contextStart.upperBound..<meantStart.lowerBound])
        let meant = String(message[meantStart.upperBound..<message.index(message.endIndex, offsetBy: -2)])
        return (key, context, meant)
    }
}
