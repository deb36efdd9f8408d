/// The job seeker's own to-do items: an open `- [ ]` item with a date is due on that day.
/// The article's advice is the job seeker's to keep; the journal only makes sure a dated
/// intention is not forgotten.
public struct TaskRule: Rule {
    public let kind = DueAction.Kind.task
    public init() {}

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        var seen: [String: Int] = [:]
        return app.application.toDos.compactMap { toDo in
            guard !toDo.isDone, let day = toDo.day else { return nil }
            // Two identical items on one day still get distinct ids.
            let base = "\(day)/\(Slug.make(toDo.text))"
            seen[base, default: 0] += 1
            let key = seen[base]! > 1 ? "\(toDo.text) \(seen[base]!)" : toDo.text
            return action(
                app, event: day, key: key, due: day, title: toDo.text,
                explain: "An open to-do on line \(toDo.line) of \(app.application.file), dated \(day).", line: toDo.line)
        }
    }
}
