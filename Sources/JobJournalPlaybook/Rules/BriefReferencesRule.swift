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
        let interestedIn = app.notes(.interestedIn, of: interview).map { Wording.clause($0) }
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

// MARK: Kind

extension DueAction.Kind {
    /// `brief-references`: see `BriefReferencesRule`.
    public static let briefReferences = Self(rawValue: "brief-references")
}

// MARK: Done

extension BriefReferencesRule {
    /// The reference's `briefed: D`.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        DoneRecord([.set(.item(of: "references", line: action.line, "briefed"), to: .day(day))],
                   summary: "\(Wording.list(action.who)) briefed on \(day)\(Wording.by(channel))")
    }
}

// MARK: The draft

/// The briefing for each reference, right after the interview: "Let them know about your
/// interview and how it went, and prepare them to answer any questions that might have come
/// up ... if the interviewer was particularly interested in a project you worked on with a
/// colleague, let him or her know ... And ask the reference to let you know if they are
/// contacted for a reference check." What the interviewer was interested in comes from the
/// interview's `Interested in:` notes.
extension BriefReferencesRule: DraftingRule {
    /// What `draft` called it before it took the action's name.
    package var formerDraftNames: [String] { ["reference-brief"] }

    package func drafts(_ c: DraftContext) throws(DraftProblem) -> [Draft] {
        let interview = try c.interview()
        var references = c.app.references
        if let to = c.request.to {
            references = references.filter { DraftContext.matches($0.name, nil, to) }
            guard !references.isEmpty else {
                let names = c.app.references.map(\.name).joined(separator: ", ")
                throw DraftProblem("no reference for \(c.app.company) matches '\(to)'\(names.isEmpty ? "" : "; references: \(names)")")
            }
        }
        guard !references.isEmpty else { throw DraftProblem("\(c.app.company) has no references recorded") }
        let people = c.facts.interviewers(of: interview)
        let interviewers = people.isEmpty ? "the interviewer" : Wording.list(people.map { c.addressed($0) })
        let interests = c.notes(.interestedIn, of: interview)
        return references.map { reference in
            let firstName = reference.name.split(separator: " ").first.map(String.init) ?? reference.name
            var paragraphs = [
                "Hi \(firstName),",
                "I interviewed with \(interviewers) \(c.when(interview.date, midSentence: true)) for \(c.position), and I wanted to let you know how it went: [how it went].",
            ]
            if interests.isEmpty {
                paragraphs.append("\(interviewers) was particularly interested in [what they asked about that you can speak to], so you may be asked about it.")
            } else {
                paragraphs.append("\(interviewers) \(people.count > 1 ? "were" : "was") particularly interested in:\n" + interests.map { "- " + Wording.clause($0, inLetter: true) }.joined(separator: "\n"))
                paragraphs.append("If \(c.app.company) calls you, they may ask about \(interests.count > 1 ? "these" : "this").")
            }
            paragraphs.append("Could you let me know if you are contacted by \(c.app.company) or a reference-check company? Thank you for being a reference for me.")
            paragraphs.append(c.signature)
            return Draft(kind: kind, what: "Reference briefing", to: reference.name, channel: .email,
                         subject: "My interview with \(c.app.company)", paragraphs: paragraphs)
        }
    }
}
