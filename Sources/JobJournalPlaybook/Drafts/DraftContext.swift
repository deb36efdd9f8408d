import JobJournalCore

/// What every draft needs: the application, the interview it is about, whom it goes to, how
/// days read in a letter, and the signature.
package struct DraftContext {
    /// The application seen from the day of the request, as the rules see it.
    let facts: ApplicationFacts
    let request: Drafting.Request

    init(app: Application, request: Drafting.Request) {
        facts = ApplicationFacts(app, today: request.today)
        self.request = request
    }

    var app: Application { facts.application }

    var today: Day { request.today }
    var signature: String { request.signature ?? "[Your name]" }

    /// The interview asked for, else the latest one up to today.
    func interview() throws(DraftProblem) -> Interview {
        if let day = request.interview {
            guard let found = app.interviews.last(where: { $0.date == day }) else {
                let days = app.interviews.map(\.date.description).joined(separator: ", ")
                throw DraftProblem("\(app.company) has no interview on \(day)\(days.isEmpty ? "" : "; interviews: \(days)")")
            }
            return found
        }
        guard let latest = facts.latestInterview else {
            throw DraftProblem("\(app.company) has no interview on or before \(today) to write about")
        }
        return latest
    }

    /// The interview's interviewers, narrowed to `--to` when given.
    func interviewers(of interview: Interview) throws(DraftProblem) -> [Contact] {
        let people = facts.interviewers(of: interview)
        if let to = request.to {
            // Anyone among the contacts may be written to, not only the interviewers.
            let matching = (people + app.contacts.filter { c in !people.contains { $0.name == c.name } }).filter { Self.matches($0.name, $0.salutation, to) }
            guard let first = matching.first else {
                let names = app.contacts.map(\.name).joined(separator: ", ")
                throw DraftProblem("no contact of \(app.company) matches '\(to)'\(names.isEmpty ? "" : "; contacts: \(names)")")
            }
            return [first]
        }
        return people
    }

    static func matches(_ name: String, _ salutation: String?, _ wanted: String) -> Bool {
        let w = wanted.lowercased()
        return name.lowercased().contains(w) || (salutation?.lowercased().contains(w) ?? false)
    }

    /// "Dear Mr. Jones," from the contact's salutation; never a first name it does not give.
    func salutation(_ contact: Contact?) -> String {
        guard let contact else { return "Dear [name]," }
        return "Dear \(contact.salutation ?? "[salutation for \(contact.name)]"),"
    }

    /// How a contact is named in the text: the salutation, else a placeholder.
    func addressed(_ contact: Contact?) -> String {
        guard let contact else { return "[name]" }
        return contact.salutation ?? "[\(contact.name)]"
    }

    /// Email unless the contact asked for a card or a call.
    func channel(_ contact: Contact?) -> Channel { contact?.prefers ?? .email }

    // MARK: Days in words

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// "Thursday, November 19".
    static func long(_ day: Day) -> String { "\(weekdays[day.weekday]), \(months[day.month - 1]) \(day.day)" }

    /// A past day as a letter says it: "today", "yesterday", "on Thursday, November 19".
    /// `midSentence` adds the comma a full date takes when the sentence goes on after it.
    func when(_ day: Day, midSentence: Bool = false) -> String {
        switch today.days(since: day) {
        case 0: return "today"
        case 1: return "yesterday"
        default: return "on \(Self.long(day))" + (midSentence ? "," : "")
        }
    }

    /// A day ahead as a letter says it: "today", "tomorrow", "on Monday" within the coming
    /// week, else "on Monday, November 23".
    func ahead(_ day: Day) -> String {
        switch day.days(since: today) {
        case 0: return "today"
        case 1: return "tomorrow"
        case 2...6: return "on \(Self.weekdays[day.weekday])"
        default: return "on \(Self.long(day))"
        }
    }

    /// The interview's notes of one kind (`Resonated:`, ...), from dated headings on its day.
    func notes(_ kind: JournalEntry.Note.Kind, of interview: Interview) -> [String] { facts.notes(kind, of: interview) }

    /// "the Senior Sales Consultant position at ABC Company".
    var position: String { "the \(app.position) position at \(app.company)" }
}
