import JobJournalCore

/// Warnings about what the playbook will need later, caught while it can still be fixed:
///
/// - "At the end of the interview, you asked the HR person or the hiring manager how he/she
///   would prefer to be contacted. Follow their wishes." An interview whose interviewers
///   have no `prefers` leaves the follow-up without a channel.
/// - "Address the person by name. (Ms. Jones or Mr. Smith, not 'Bob' or 'Nancy' ...)" A
///   contact without `salutation` leaves the thank-you note without its first line.
/// - A thank-you recorded before the interview it thanks for is a typo in one of the dates.
/// - "If you are offered a job verbally, ask for the offer in writing": the offer rules work
///   from the `offer:` dates, so `status: offer` without them leaves the offer unfollowed.
public enum Hygiene {
    public static func warnings(for file: ParsedFile) -> [Diagnostic] {
        guard let app = file.application else { return [] }
        var out: [Diagnostic] = []
        func warn(_ location: SourceLocation, _ message: String, _ id: String) {
            out.append(Diagnostic(file: file.displayPath, location: location, severity: .warning, message: message, id: id))
        }
        for contact in app.contacts where contact.salutation == nil {
            warn(contact.location, "contact '\(contact.name)' has no salutation: add how to address them in writing (salutation: Ms. Jones)", "no-salutation")
        }
        for interview in app.interviews {
            let interviewers = interview.with.compactMap { app.contact(named: $0) }
            if !interviewers.isEmpty, interviewers.allSatisfy({ $0.prefers == nil }) {
                let names = interviewers.map(\.name).joined(separator: ", ")
                warn(interview.location, "no preferred channel for \(names): ask how they want to be followed up and record it (prefers: email)", "no-preferred-channel")
            }
            if let thanks = interview.thankYou, thanks.sent < interview.date {
                warn(thanks.location, "thank-you recorded on \(thanks.sent), before the interview on \(interview.date)", "thank-you-before-interview")
            }
        }
        if app.status == .offer, !app.statusIsDerived, app.offer == nil {
            warn(app.statusLocation, "status is offer, but there is no offer: block; add the day of the offer (offer: {verbal: YYYY-MM-DD}) so the playbook can follow it up", "offer-without-dates")
        }
        return out
    }
}
