import JobJournalCore

/// What `jobjournal done` writes to record an action as done: the facts the rule reads, so
/// that the action is settled and leaves the agenda. Each rule says what it records for its
/// actions (`Rule.done`), in the journal's terms; the editing layer only applies it.
public struct DoneRecord: Sendable, Hashable {
    public enum Change: Sendable, Hashable {
        /// Set a front-matter field: `interviews[the item on line 12].thank-you: 2026-11-20`.
        case set(Field, to: Value)
        /// Tick the to-do on this line: `- [ ]` becomes `- [x]`.
        case tickToDo(line: Int)
        /// Append a log entry on the day it was done, saying this.
        case log(String)
    }

    /// A front-matter field, reached key by key, and through a list by the item written on a
    /// line (how an action names the interview, reference or promise it is about).
    public struct Field: Sendable, Hashable {
        public enum Step: Sendable, Hashable {
            case key(String)
            /// The list item written on this file line.
            case item(line: Int)
        }

        public var steps: [Step]
        public init(_ steps: [Step]) { self.steps = steps }

        /// `list[the item on line].key`, as `interviews[line 12].thank-you`.
        public static func item(of list: String, line: Int, _ key: String) -> Field {
            Field([.key(list), .item(line: line), .key(key)])
        }

        /// `offer.requested`.
        public static func key(_ keys: String...) -> Field { Field(keys.map(Step.key)) }

    }

    public enum Value: Sendable, Hashable {
        /// A plain value: `2026-11-20`.
        case scalar(String)
        /// A mapping written in flow style: `{sent: 2026-11-20, via: card}`.
        case mapping([Pair])

        public static func day(_ day: Day) -> Value { .scalar(day.description) }
    }

    public struct Pair: Sendable, Hashable {
        public var key: String
        public var value: String
        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The changes, applied in order.
    public var changes: [Change]
    /// What was recorded, in a sentence.
    public var summary: String

    public init(_ changes: [Change], summary: String) {
        self.changes = changes
        self.summary = summary
    }

    /// A log entry that is also the summary: what a rule records when nothing in the front
    /// matter says it was done.
    public static func logged(_ sentence: String) -> DoneRecord { DoneRecord([.log(sentence)], summary: sentence) }
}

