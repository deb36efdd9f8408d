/// The status inquiry when the promised day has passed: "draft a message that
/// re-introduces yourself and reminds them of when you interviewed (and for which position).
/// State that you were anticipating hearing from him/her by (date), and you were contacting
/// him/her to inquire about the status of the hiring process. Have they postponed the next
/// step — and, if so, are you still being considered as a candidate?" By phone, the same
/// content makes the notes for the call.
package enum StatusInquiryDraft {
    static func make(_ c: DraftContext) throws(DraftProblem) -> [Draft] {
        let interview = try c.interview()
        let contact = try c.interviewers(of: interview).first
        let channel = c.channel(contact)
        let contacting = channel == .phone ? "calling" : "writing"
        var body = "My name is \(c.signature), and I interviewed with you \(c.when(interview.date, midSentence: true)) for \(c.position)."
        if let next = interview.nextStep {
            body += " I was anticipating hearing from you by \(DraftContext.long(next)), and I am \(contacting) to inquire about the status of the hiring process."
        } else {
            body += " I am \(contacting) to inquire about the status of the hiring process."
        }
        body += " Has the next step been postponed, and if so, am I still being considered as a candidate?"
        let paragraphs = [
            c.salutation(contact), body,
            "Thank you for your time. I look forward to hearing from you.",
            c.signature,
        ]
        return [Draft(kind: .statusInquiry, to: c.addressed(contact), channel: channel,
                      subject: channel == .email ? "Following up on the \(c.app.position) position" : nil, paragraphs: paragraphs)]
    }
}
