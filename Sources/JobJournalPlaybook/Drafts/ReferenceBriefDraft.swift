/// The briefing for each reference, right after the interview: "Let them know about your
/// interview and how it went, and prepare them to answer any questions that might have come
/// up ... if the interviewer was particularly interested in a project you worked on with a
/// colleague, let him or her know ... And ask the reference to let you know if they are
/// contacted for a reference check." What the interviewer was interested in comes from the
/// interview's `Interested in:` notes.
package enum ReferenceBriefDraft {
    static func make(_ c: DraftContext) throws(DraftProblem) -> [Draft] {
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
        let people = c.app.interviewers(of: interview)
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
                paragraphs.append("\(interviewers) \(people.count > 1 ? "were" : "was") particularly interested in:\n" + interests.map { "- " + NoteText.clause($0) }.joined(separator: "\n"))
                paragraphs.append("If \(c.app.company) calls you, they may ask about \(interests.count > 1 ? "these" : "this").")
            }
            paragraphs.append("Could you let me know if you are contacted by \(c.app.company) or a reference-check company? Thank you for being a reference for me.")
            paragraphs.append(c.signature)
            return Draft(kind: .referenceBrief, to: reference.name, channel: .email,
                         subject: "My interview with \(c.app.company)", paragraphs: paragraphs)
        }
    }
}
