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

    /// A note as a clause inside a sentence: without the full stop it was written with.
    static func clause(_ note: String) -> String {
        var text = Substring(note)
        while let last = text.last, last == "." || last == " " || last == ";" { text = text.dropLast() }
        return String(text)
    }
}
