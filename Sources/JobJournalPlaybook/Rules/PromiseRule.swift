import JobJournalCore

/// "If you made a promise in the interview to contact the interviewer on a certain date,
/// make sure you do it! This is often used as a test by an interviewer — can the applicant
/// follow instructions? This is especially important if you were asked to send something
/// after the interview." So: every promise without `done` is due on its day.
public struct PromiseRule: Rule {
    public let kind = DueAction.Kind.promise
    public init() {}

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        app.application.promises.filter { $0.done == nil }.map { promise in
            action(
                app, event: promise.due, key: promise.what, due: promise.due,
                title: "Keep your promise: \(promise.what)",
                explain: "You promised \(app.application.company) to \(lowercasedFirst(promise.what)) by \(promise.due) and it is not marked done. Interviewers use such promises as a test: can the applicant follow through?",
                line: promise.location.line)
        }
    }

    /// "Send a writing sample" reads "to send a writing sample"; "ABC deck" keeps its capitals.
    private func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

// MARK: Kind

extension DueAction.Kind {
    /// `promise`: see `PromiseRule`.
    public static let promise = Self(rawValue: "promise")
}

// MARK: Done

extension PromiseRule {
    /// The promise's `done: D`.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        DoneRecord([.set(.item(of: "promises", line: action.line, "done"), to: .day(day))],
                   summary: "promise kept on \(day): \(action.title)")
    }
}
