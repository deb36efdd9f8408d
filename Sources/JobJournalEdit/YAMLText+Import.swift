import JobJournalCore

extension YAMLText {
    /// A value for a new line of front matter (`salary: "$95,000: base"`), as `set` and `new`
    /// write one: plain when YAML reads it back the same, else double-quoted; a day an import
    /// wrote as one (`saved: 2024-11-21`) stays a day. For the layers above that write whole
    /// lines (import).
    package static func plainOrQuoted(_ value: String) -> String {
        scalar(value, as: Day(iso: value) != nil ? .day : .text)
    }

    /// A value always double-quoted, as phone numbers are kept (`"+1 555 0100"`).
    package static func quoted(_ value: String) -> String { doubleQuoted(value) }
}
