/// The check-in while waiting on a decision after the last round: "Don't be pushy or sound
/// desperate at this stage. Instead, be confident and helpful. A follow-up call or email at
/// this point asks one simple question, 'Do you need anything else from me to help you make
/// the hiring decision?' You may preface that with, 'I know you're busy, and I don't want to
/// take up too much of your time, but I wanted to make sure you had everything from me that
/// you needed.'"
package enum CheckInDraft {
    static func make(_ c: DraftContext) throws(DraftProblem) -> [Draft] {
        let interview = try c.interview()
        let contact = try c.interviewers(of: interview).first
        let channel = c.channel(contact)
        let paragraphs = [
            c.salutation(contact),
            "I interviewed with you \(c.when(interview.date, midSentence: true)) for \(c.position). I know you're busy, and I don't want to take up too much of your time, but I wanted to make sure you had everything from me that you needed. Do you need anything else from me to help you make the hiring decision?",
            "Thank you again for your time and consideration.",
            c.signature,
        ]
        return [Draft(kind: .checkIn, to: c.addressed(contact), channel: channel,
                      subject: channel == .email ? "Checking in on the \(c.app.position) position" : nil, paragraphs: paragraphs)]
    }
}
