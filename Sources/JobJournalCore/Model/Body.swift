/// A dated line in the body's log: `- 2026-11-19 Interviewed with Mr. Jones.`
///
/// Only the day and the line are kept: the playbook needs the day (as activity), edits the
/// line; the words stay in the file. A journal of thousands of applications holds a hundred
/// thousand entries, and their text was the largest part of its memory.
public struct LogEntry: Sendable, Hashable {
    public var day: Day
    public var line: Int

    public init(day: Day, line: Int) {
        self.day = day
        self.line = line
    }
}

/// A to-do item in the body: `- [ ] 2026-11-27 Update the portfolio`.
public struct ToDo: Sendable, Hashable {
    public var text: String
    public var isDone: Bool
    public var day: Day?
    public var line: Int

    public init(text: String, isDone: Bool, day: Day? = nil, line: Int) {
        self.text = text
        self.isDone = isDone
        self.day = day
        self.line = line
    }
}

/// A heading that begins with a date: `### 2026-11-19 Interview with Mr. Jones`. The
/// list items under it that begin `Resonated:`, `Clarify:` or `Interested in:` are the
/// notes the drafts and briefings use.
public struct JournalEntry: Sendable, Hashable {
    public var day: Day
    public var title: String
    public var line: Int
    public var notes: [Note]

    public init(day: Day, title: String, line: Int, notes: [Note] = []) {
        self.day = day
        self.title = title
        self.line = line
        self.notes = notes
    }

    public struct Note: Sendable, Hashable {
        public enum Kind: String, Sendable {
            case resonated = "Resonated"
            case clarify = "Clarify"
            case interestedIn = "Interested in"
        }
        public var kind: Kind
        public var text: String
        public var line: Int

        public init(kind: Kind, text: String, line: Int) {
            self.kind = kind
            self.text = text
            self.line = line
        }
    }
}

/// A message drafted under `## Drafts`, each under a heading of its own (`### Thank-you
/// note to Mr. Jones`): its lines as written, for `check` to read before it is sent.
public struct DraftText: Sendable, Hashable {
    public var title: String
    /// The line of its heading (of `## Drafts` itself when the section has no sub-headings).
    public var line: Int
    public var lines: [Line]

    public struct Line: Sendable, Hashable {
        public var number: Int
        public var text: String

        public init(number: Int, text: String) {
            self.number = number
            self.text = text
        }
    }

    public init(title: String, line: Int, lines: [Line]) {
        self.title = title
        self.line = line
        self.lines = lines
    }

    /// The whole text, lines joined by spaces: what the checks search.
    public var text: String { lines.map(\.text).joined(separator: " ") }
}
