/// A dated line in the body's log: `- 2026-11-19 Interviewed with Mr. Jones.`
///
/// Only the day and the line are kept: the playbook needs the day (as activity), edits the
/// line; the words stay in the file. A journal of thousands of applications holds a hundred
/// thousand entries, and their text was the largest part of its memory.
public struct LogEntry: Sendable, Hashable {
    public var day: Day
    public var line: Int
    /// The entry is news from the employer: its text begins `From SOMEONE:` (see `News`).
    public var isNews: Bool

    public init(day: Day, line: Int, isNews: Bool = false) {
        self.day = day
        self.line = line
        self.isNews = isNews
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

/// How the journal tells news from the employer apart from the job seeker's own doings: a
/// dated log entry or heading whose text begins `From` and a name, then a colon
/// (`- 2026-11-24 From Ms. Park: the panel meets on Friday`). Everything else dated is the
/// job seeker's own activity. The playbook asks for news where the article does ("follow up
/// ... if you haven't heard"); statistics count it as the employer having answered.
public enum News {
    /// Whether `text` (after the date) is written as news: `From NAME: ...`, the name at
    /// most 80 bytes and without a colon of its own.
    public static func isNews(_ text: some Collection<UInt8>) -> Bool {
        var bytes = text.makeIterator()
        for expected in "From ".utf8 {
            guard let c = bytes.next(), c == expected || (expected == 0x46 && c == 0x66) else { return false }
        }
        var name = 0
        while let c = bytes.next() {
            if c == UInt8(ascii: ":") { return name > 0 }
            if c == 0x0A { return false }
            name += 1
            if name > 80 { return false }
        }
        return false
    }
}
