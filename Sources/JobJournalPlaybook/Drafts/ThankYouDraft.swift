import JobJournalCore

/// The thank-you note, with the article's four points: the interviewer addressed by name
/// ("Ms. Jones or Mr. Smith, not 'Bob' or 'Nancy'"), thanks for their time and the
/// opportunity to interview for the position, one thing that resonated or needs clarifying
/// (from the interview's `Resonated:` and `Clarify:` notes), and the next step as agreed.
/// One note per interviewer; email gets a subject line ("Great Meeting You Today").
package enum ThankYouDraft {
    static func make(_ c: DraftContext) throws(DraftProblem) -> [Draft] {
        let interview = try c.interview()
        let people = try c.interviewers(of: interview)
        let recipients: [Contact?] = people.isEmpty ? [nil] : people
        return recipients.map { note(to: $0, interview, c) }
    }

    private static func note(to contact: Contact?, _ interview: Interview, _ c: DraftContext) -> Draft {
        let channel = c.channel(contact)
        var paragraphs = [c.salutation(contact)]

        var thanks = "Thank you for the opportunity to meet with you \(c.when(interview.date, midSentence: true)) to discuss \(c.position)."
        if let resonated = c.notes(.resonated, of: interview).first {
            thanks += " I especially enjoyed hearing about \(NoteText.clause(resonated)), and I am confident I could be a great asset to the team in this position."
        } else {
            thanks += " [One thing from the interview that especially resonated with you.]"
        }
        paragraphs.append(thanks)

        if let clarify = c.notes(.clarify, of: interview).first {
            paragraphs.append("I also wanted to clarify one point from our conversation. \(NoteText.sentence(clarify))")
        }

        var close: String
        if let next = interview.nextStep {
            close = "As we discussed, I look forward to hearing back from you \(c.ahead(next))"
            if !interview.isFinal, interview.round != nil { close += ", and I hope to be selected for the next round of interviews" }
            close += "."
        } else {
            close = "[Confirm the next step: what you will do, or what you expect from \(c.addressed(contact)), and when.]"
        }
        close += " Thanks again for taking the time to meet with me."
        paragraphs.append(close)
        paragraphs.append(c.signature)

        return Draft(kind: .thankYou, to: contact.map(c.addressed) ?? "the interviewer", channel: channel,
                     subject: channel == .card ? nil : subject(interview, c), paragraphs: paragraphs)
    }

    /// The article's subject lines: "Great Meeting You Today", "Thanks For Meeting With Me Yesterday".
    private static func subject(_ interview: Interview, _ c: DraftContext) -> String {
        switch c.today.days(since: interview.date) {
        case 0: return "Great Meeting You Today"
        case 1: return "Thanks For Meeting With Me Yesterday"
        default: return "Thank You for Meeting With Me"
        }
    }
}
