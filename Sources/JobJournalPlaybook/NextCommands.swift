import JobJournalCore

extension DueAction {
    /// The commands that act on it, ready to run: `jobjournal done ID` settles it, and where
    /// its advice comes with a message, `jobjournal draft KIND APP` drafts that message (for
    /// the interview it follows, when it follows one). A person, a script or an assistant can
    /// act on an action without reading the docs; `due --explain` and the JSON list them.
    public var commands: [String] {
        var commands = ["jobjournal done " + ShellWord.quoted(id)]
        if Self.draftKinds.contains(kind) {
            var draft = "jobjournal draft \(kind.rawValue) " + ShellWord.quoted(Application.idBase(of: application))
            if Self.interviewKinds.contains(kind), let day = eventDay { draft += " --interview \(day)" }
            // A briefing is one action a reference: the draft for that reference alone.
            if kind == .briefReferences, who.count == 1 { draft += " --to " + ShellWord.quoted(who[0]) }
            commands.append(draft)
        }
        return commands
    }

    /// The kinds with a draft, found once (`Drafting.kinds` walks the playbook).
    private static let draftKinds = Set(Drafting.kinds)
    /// The kinds whose event, the day in the id, is an interview the draft is about.
    private static let interviewKinds: Set<Kind> = [.thankYou, .briefReferences]

    /// The day in the id after the kind: `.../thank-you/2026-11-25`.
    private var eventDay: Day? {
        // The id is `FILE/KIND/DAY[/WHO]`: the day follows the last `/KIND/`.
        let bytes = Array(id.utf8)
        let marker = Array("/\(kind.rawValue)/".utf8)
        guard bytes.count >= marker.count + 10 else { return nil }
        for start in stride(from: bytes.count - marker.count - 10, through: 0, by: -1)
        where bytes[start..<(start + marker.count)].elementsEqual(marker) {
            return Day.parse(bytes[(start + marker.count)..<(start + marker.count + 10)])
        }
        return nil
    }
}

/// A word as a POSIX shell reads it back: as it is when it holds only characters the shell
/// leaves alone, else in single quotes.
package enum ShellWord {
    package static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.utf8.allSatisfy { c in
            (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
                || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: "/") || c == UInt8(ascii: ".")
                || c == UInt8(ascii: ",") || c == UInt8(ascii: ":") || c == UInt8(ascii: "@") || c == UInt8(ascii: "+")
        }
        if plain { return word }
        return "'" + word.replacingAll("'", with: "'\\''") + "'"
    }
}
