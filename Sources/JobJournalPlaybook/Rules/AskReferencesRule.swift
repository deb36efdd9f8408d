import JobJournalCore

/// "Also, stay in contact with your references during this time. Check in with them to find
/// out if the interviewer or a reference check company has contacted them. This will often
/// give you a clue that the hiring process is moving forward." So: whenever a check-in is
/// due, so is a question to each briefed reference not yet `contacted`.
public struct AskReferencesRule: Rule {
    public let kind = DueAction.Kind.askReferences
    public init() {}

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        guard let since = CheckInRule.waitingSince(app) else { return [] }
        let due = since.adding(days: app.settings.checkInDays)
        return app.application.references.compactMap { reference in
            guard let briefed = reference.briefed, briefed <= app.today, reference.contacted == nil else { return nil }
            return action(
                app, event: since, key: reference.name, due: due,
                title: "Ask \(reference.name) whether \(app.application.company) or a reference-check company has called",
                who: [reference.name],
                explain: "\(reference.name) was briefed on \(briefed) and has not reported a call. A reference check is often the first sign that the hiring process is moving (though not every company checks references).",
                line: reference.location.line)
        }
    }
}

// MARK: Kind

extension DueAction.Kind {
    /// `ask-references`: see `AskReferencesRule`.
    public static let askReferences = Self(rawValue: "ask-references")
}

// MARK: Done

extension AskReferencesRule {
    /// A log entry: `contacted` is for when they report a call.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        .logged("Asked \(Wording.list(action.who))\(Wording.by(channel)) whether \(app.company) or a reference-check company has called.")
    }
}
