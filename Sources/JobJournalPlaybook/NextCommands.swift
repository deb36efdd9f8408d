import JobJournalCore

extension DueAction {
    /// The commands that act on it, ready to run: `jobjournal done ID` settles it, and where
    /// its advice comes with a message, `jobjournal draft KIND APP` drafts that message (for
    /// the interview it follows, when it follows one). A person, a script or an assistant can
    /// act on an action without reading the docs; `due --explain` and the JSON list them.
    public var commands: [String] {
        var commands: [String] = []
        withCommands { commands.append(String(decoding: $0, as: UTF8.self)) }
        return commands
    }

    /// Each of `commands` in turn, as bytes made in one buffer of the stack's, no string made:
    /// building them as strings (interpolated, joined) took a tenth of a warm
    /// `due --format json`'s instructions, 25,000 actions' commands.
    package func withCommands(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // A quoted word takes at most four bytes for each of its own, and two quotes.
        let bound = 64 + kind.rawValue.utf8.count + 4 * (id.utf8.count + application.utf8.count + (who.first?.utf8.count ?? 0))
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { buffer in
            var done = CommandBytes(buffer)
            done.append("jobjournal done ")
            ShellWord.append(id, to: &done)
            body(done.written)
            guard Self.draftKinds.contains(kind) else { return }
            var draft = CommandBytes(buffer)
            draft.append("jobjournal draft ")
            draft.append(kind.rawValue)
            draft.append(" ")
            ShellWord.append(Application.idBase(of: application), to: &draft)
            if Self.interviewKinds.contains(kind), let day = eventDay {
                draft.append(" --interview ")
                day.withISO { draft.append($0) }
            }
            // A briefing is one action a reference: the draft for that reference alone.
            if kind == .briefReferences, who.count == 1 {
                draft.append(" --to ")
                ShellWord.append(who[0], to: &draft)
            }
            body(draft.written)
        }
    }

    /// The kinds with a draft, found once (`Drafting.kinds` walks the playbook).
    private static let draftKinds = Drafting.kinds
    /// The kinds whose event, the day in the id, is an interview the draft is about.
    private static let interviewKinds: [Kind] = [.thankYou, .briefReferences]

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
        if isPlain(word) { return word }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * word.utf8.count + 2) { buffer in
            var bytes = CommandBytes(buffer)
            append(word, to: &bytes)
            return String(decoding: bytes.written, as: UTF8.self)
        }
    }

    /// `quoted(word)`, appended to `bytes`.
    package static func append(_ word: String, to bytes: inout CommandBytes) {
        if isPlain(word) {
            bytes.append(word)
            return
        }
        bytes.append("'")
        for byte in word.utf8 {
            if byte == UInt8(ascii: "'") { bytes.append("'\\''") } else { bytes.append(byte) }
        }
        bytes.append("'")
    }

    private static func isPlain(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            leftAlone.withUnsafeBufferPointer { table in
                guard !bytes.isEmpty else { return false }
                for byte in bytes where !table[Int(byte)] { return false }
                return true
            }
        }
    }

    /// The bytes a shell leaves alone: letters, digits and `-_/.,:@+`.
    private static let leftAlone: [Bool] = (0..<256).map { c in
        (0x61...0x7A).contains(c) || (0x41...0x5A).contains(c) || (0x30...0x39).contains(c) || "-_/.,:@+".utf8.contains(UInt8(c))
    }
}

/// A command's bytes, written into memory given (of a size worked out to hold it).
package struct CommandBytes {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    package init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    package var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[..<count]) }

    package mutating func append(_ byte: UInt8) {
        precondition(count < buffer.count)
        buffer[count] = byte
        count += 1
    }

    package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        precondition(count + bytes.count <= buffer.count)
        UnsafeMutableBufferPointer(rebasing: buffer[count..<(count + bytes.count)]).update(fromContentsOf: bytes)
        count += bytes.count
    }

    package mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }
}
