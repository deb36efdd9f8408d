import JobJournalCore

/// Small pieces of English the rules share.
package enum Wording {
    /// "Mr. Jones", "Mr. Jones and Ms. Park", "Mr. Jones, Ms. Park and Mr. Chen".
    package static func list(_ items: [String], _ conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }

    /// How people are addressed, with the interviewer as a stand-in when none are named.
    static func people(_ contacts: [Contact]) -> String {
        contacts.isEmpty ? "the interviewer" : list(contacts.map(\.addressedAs))
    }

    /// " by card", or nothing when no channel is given.
    static func by(_ channel: Channel?) -> String { channel.map { " by \($0)" } ?? "" }

    /// A note as a clause inside a sentence: without the full stop it was written with.
    /// In a letter, only up to its first `;` (what follows is an aside to oneself), and "The
    /// plans ..." reads "the plans ..." (names keep their capitals): "the plans the company
    /// has for expanding into the European commodities market".
    static func clause(_ note: String, inLetter: Bool = false) -> String {
        var text = Substring(note)
        if inLetter, let semicolon = text.firstIndex(of: ";") { text = text[..<semicolon] }
        while let last = text.last, last == "." || last == " " || last == ";" { text = text.dropLast() }
        return inLetter ? lowercasingArticle(String(text)) : String(text)
    }

    /// A note as sentences: first letter capital, ending with a full stop.
    static func sentence(_ note: String) -> String {
        var text = note.trimmingSpaces
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        if let last = text.last, !".!?".contains(last) { text += "." }
        return text
    }

    /// "The plans ..." reads "the plans ..." mid-sentence; names keep their capitals.
    private static func lowercasingArticle(_ text: String) -> String {
        let words = ["The", "A", "An", "Their", "His", "Her", "Its", "Our", "My", "How", "What", "Why", "That", "This"]
        for word in words where text.hasPrefix(word + " ") {
            return word.lowercased() + text.dropFirst(word.count)
        }
        return text
    }
}
