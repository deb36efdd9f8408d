import JobJournalCore

/// An open application seen from one day: the facts the rules share, worked out once.
/// Everything dated after today is not a fact yet, except interviews already scheduled.
public struct ApplicationFacts: Sendable {
    public let application: Application
    public let today: Day
    public let settings: Settings

    /// Interviews on or before today, in date order.
    public let pastInterviews: [Interview]
    /// The most recent interview on or before today.
    public let latestInterview: Interview?
    /// Whether an interview is scheduled after today.
    public let hasInterviewAhead: Bool
    /// Every dated event on or before today.
    public let eventDays: [Day]
    /// The latest of `eventDays`.
    public let lastActivity: Day?
    /// Each interview's people as contact records, by the interview's index.
    private let interviewersByIndex: [Int: [Contact]]

    public init(_ app: Application, today: Day, settings: Settings = Settings()) {
        self.application = app
        self.today = today
        self.settings = settings
        let past = app.interviews.filter { $0.date <= today }.sorted { $0.date < $1.date }
        pastInterviews = past
        latestInterview = past.last
        hasInterviewAhead = app.interviews.contains { $0.date > today }
        let days = ApplicationFacts.events(of: app).filter { $0 <= today }
        eventDays = days
        lastActivity = days.max()
        idBase = app.idBase
        var people: [Int: [Contact]] = [:]
        for interview in past { people[interview.index] = app.interviewers(of: interview) }
        interviewersByIndex = people
    }

    /// The id prefix: the file's path in the journal without its extension (worked out once,
    /// since every action's id starts with it).
    package let idBase: String

    /// Every day something happened in the application, future ones included.
    package static func events(of app: Application) -> [Day] {
        var days: [Day] = []
        if let applied = app.applied { days.append(applied) }
        for i in app.interviews {
            days.append(i.date)
            if let sent = i.thankYou?.sent { days.append(sent) }
        }
        for r in app.references {
            if let b = r.briefed { days.append(b) }
            if let c = r.contacted { days.append(c) }
        }
        if let offer = app.offer { days += offer.days }
        for p in app.promises { if let d = p.done { days.append(d) } }
        days += app.log.map(\.day)
        days += app.entries.map(\.day)
        return days
    }

    /// Whether anything happened after `day`: an event up to today, or an interview
    /// scheduled since (which is news too).
    func hasNews(after day: Day) -> Bool {
        eventDays.contains { $0 > day } || application.interviews.contains { $0.date > day }
    }

    /// Whether the employer has been heard from after `day`: an interview held or set since,
    /// an offer's news, a reference called by them, or a log entry or heading written as news
    /// (`From Ms. Park: ...`, see `News`). What the job seeker did themselves (a thank-you,
    /// a briefing, their own log lines) is not news.
    func hasEmployerNews(after day: Day) -> Bool {
        if application.interviews.contains(where: { $0.date > day }) { return true }
        return Self.employerNewsDays(of: application, through: today).contains { $0 > day }
    }

    /// Every day up to `today` the employer was heard from, in no order: an interview held, an
    /// offer's verbal, written or approved day, a reference's `contacted` day, a log entry or
    /// dated heading written as news. The one notion of news the playbook's "has the employer
    /// answered?" and the statistics' "heard back" share. (An interview set ahead is news too,
    /// with no day known: `hasEmployerNews` counts it.)
    package static func employerNewsDays(of app: Application, through today: Day) -> [Day] {
        var days: [Day] = []
        for i in app.interviews where i.date <= today { days.append(i.date) }
        if let offer = app.offer { days += offer.employerDays.filter { $0 <= today } }
        for r in app.references { if let c = r.contacted, c <= today { days.append(c) } }
        for entry in app.log where entry.isNews && entry.day <= today { days.append(entry.day) }
        for entry in app.entries where entry.day <= today && News.isNews(entry.title.utf8) { days.append(entry.day) }
        return days
    }

    /// Whether the job seeker recorded something in the log after `day` (up to today), as
    /// `done` records a status inquiry: their own follow-up, or news they did not write as
    /// `From NAME:`. A briefing or a thank-you is not an answer and not an inquiry.
    func hasLogEntry(after day: Day) -> Bool {
        application.log.contains { $0.day > day && $0.day <= today }
    }

    /// The interviewers of an interview as contact records.
    func interviewers(of interview: Interview) -> [Contact] {
        interviewersByIndex[interview.index] ?? application.interviewers(of: interview)
    }

    /// The interview's notes of one kind (`Resonated:`, `Interested in:`, ...), from dated
    /// headings on its day.
    func notes(_ kind: JournalEntry.Note.Kind, of interview: Interview) -> [String] {
        application.entries.filter { $0.day == interview.date }.flatMap(\.notes).filter { $0.kind == kind }.map(\.text)
    }

    /// The channel to use with these people: the first recorded preference.
    func preferredChannel(of people: [Contact]) -> Channel? { people.lazy.compactMap(\.prefers).first }
}
