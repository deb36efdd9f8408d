import JobJournalCore

/// The job seeker's own to-do items: an open `- [ ]` item with a date is due on that day.
/// The article's advice is the job seeker's to keep; the journal only makes sure a dated
/// intention is not forgotten.
public struct TaskRule: Rule {
    public let kind = DueAction.Kind.task
    public init() {}

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        var seen: [(day: Day, slug: String)] = []
        return app.application.toDos.compactMap { toDo in
            guard !toDo.isDone, let day = toDo.day else { return nil }
            // Two identical items on one day still get distinct ids: the second is `-2`.
            var slug = Slug.make(toDo.text)
            let twins = seen.count { $0.day == day && $0.slug == slug }
            seen.append((day, slug))
            if twins > 0 { slug += "-\(twins + 1)" }
            return action(
                app, event: day, slug: slug, due: day, title: toDo.text,
                explain: "An open to-do on line \(toDo.line) of \(app.application.file), dated \(day).", line: toDo.line)
        }
    }
}

// MARK: Kind

extension DueAction.Kind {
    /// `task`: see `TaskRule`.
    public static let task = Self(rawValue: "task")
}

// MARK: Done

extension TaskRule {
    /// `- [ ]` becomes `- [x]`.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        DoneRecord([.tickToDo(line: action.line)], summary: "task done: \(action.title)")
    }
}
