import JobJournalCore

/// "After writing your thank you note, you should also immediately contact anyone who you
/// had provided to the company as a reference. Let them know about your interview and how
/// it went, and prepare them to answer any questions that might have come up ... And ask
/// the reference to let you know if they are contacted for a reference check." So: after
/// the latest interview, every reference not briefed on or after its day is due a briefing
/// the day after it, one action per reference.
public struct BriefReferencesRule: Rule {
    public let kind = DueAction.Kind.briefReferences
    public init() {}

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        guard let interview = app.latestInterview else { return [] }
        let interestedIn = app.application.entries.filter { $0.day == interview.date }
            .flatMap(\.notes).filter { $0.kind == .interestedIn }.map { Wording.clause($0.text) }
        var actions: [DueAction] = []
        for reference in app.application.references {
            if let briefed = reference.briefed, briefed >= interview.date { continue }
            // Already called by the employer since: a briefing would come too late to matter.
            if let contacted = reference.contacted, contacted >= interview.date, contacted <= app.today { continue }
            let people = app.interviewers(of: interview)
            var explain = "You interviewed"
            if !people.isEmpty { explain += " with \(Wording.list(people.map(\.addressedAs)))" }
            explain += " on \(interview.date); \(reference.name) "
            explain += reference.briefed.map { "was last briefed on \($0)" } ?? "has not been briefed"
            explain += ". Tell them how it went"
            explain += interestedIn.isEmpty
                ? " and what the interviewer was interested in"
                : ", and that the interviewer was interested in \(Wording.list(interestedIn))"
            explain += ", and ask them to let you know if they are contacted for a reference check."
            actions.append(action(
                app, event: interview.date, key: reference.name, due: interview.date.adding(days: 1),
                title: "Brief \(reference.name) about the \(interview.date) interview",
                channel: nil, who: [reference.name], explain: explain, line: reference.location.line))
        }
        return actions
    }
}
