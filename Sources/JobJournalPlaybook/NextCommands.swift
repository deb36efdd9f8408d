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
        var id = id, kind = kind.rawValue
        return id.withUTF8 { bytes in
            kind.withUTF8 { name in
                let marker = name.count + 2
                guard bytes.count >= marker + 10 else { return nil }
                for start in stride(from: bytes.count - marker - 10, through: 0, by: -1)
                where bytes[start] == UInt8(ascii: "/") && bytes[start + marker - 1] == UInt8(ascii: "/")
                    && UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(start + marker - 1)]).elementsEqual(name) {
                    return Day.parse(Array(UnsafeBufferPointer(rebasing: bytes[(start + marker)..<(start + marker + 10)]))[...])
                }
                return nil
            }
        }
    }
}

/// A word as a POSIX shell reads it back: as it is when it holds only characters the shell
/// leaves alone, else in single quotes.
package enum ShellWord {
    package static func quoted(_ word: String) -> String {
        var word = word
        let table = leftAlone
        let plain = word.withUTF8 { bytes in !bytes.isEmpty && bytes.allSatisfy { table[Int($0)] } }
        if plain { return word }
        return "'" + word.replacingAll("'", with: "'\\''") + "'"
    }

    /// The bytes a shell leaves alone: letters, digits and `-_/.,:@+`.
    private static let leftAlone: [Bool] = (0..<256).map { c in
        (0x61...0x7A).contains(c) || (0x41...0x5A).contains(c) || (0x30...0x39).contains(c) || "-_/.,:@+".utf8.contains(UInt8(c))
    }
}
