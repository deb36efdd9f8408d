import JobJournalCore
import JobJournalPlaybook

/// One application's part in the statistics, worked out once: the furthest stage it reached
/// by today, its times, and how each practice of the playbook went in it. `Statistics` only
/// adds these up.
struct ApplicationStatistics: Sendable {
    let file: String
    let company: String
    let position: String
    let status: Status
    let source: String?
    let applied: Day?
    /// The day it was applied, else its first dated event up to today: what `--from` and
    /// `--to` compare.
    let start: Day?
    /// Sent: any status but saved, and a status that could be read.
    let isSent: Bool
    let isOpen: Bool
    let furthest: Statistics.Stage
    let appliedToHeardBack: Int?
    let appliedToFirstInterview: Int?
    let lastInterviewToDecision: Int?
    let verbalToWritten: Int?
    let sinceLastActivity: Int?
    let practices: Tallies

    /// How each practice went in one application: a field a practice, so that ten thousand
    /// applications make no dictionaries.
    struct Tallies: Sendable {
        var thankYou = Tally(), briefing = Tally(), promise = Tally(), writtenOffer = Tally(), inquiry = Tally()

        subscript(kind: Statistics.Practice.Kind) -> Tally {
            switch kind {
            case .thankYouWithinADay: return thankYou
            case .referencesBriefedBeforeCalled: return briefing
            case .promisesKept: return promise
            case .writtenOfferRequested: return writtenOffer
            case .statusInquiryAfterPromisedDay: return inquiry
            }
        }
    }

    /// How one practice went in one application.
    struct Tally: Sendable {
        var kept = 0
        var of = 0
        var misses: [Statistics.Miss] = []
    }

    func isCounted(from: Day?, to: Day?) -> Bool {
        guard isSent else { return false }
        if from == nil && to == nil { return true }
        guard let start else { return false }
        return (from.map { start >= $0 } ?? true) && (to.map { start <= $0 } ?? true)
    }

    init(_ app: Application, today: Day) {
        file = app.file
        company = app.company
        position = app.position
        status = app.status
        source = app.source
        applied = app.applied
        isSent = app.status != .saved && app.status != .unknown
        isOpen = !app.status.isClosed
        let events = ApplicationFacts.events(of: app).filter { $0 <= today }
        start = app.applied ?? events.min()
        // A status written in the file is evidence of a stage; one derived from the dates is
        // not (the dates may be ahead).
        let written: Status? = app.statusIsDerived ? nil : app.status

        // The furthest stage, from dated evidence up to today and the written status.
        let news = ApplicationFacts.employerNewsDays(of: app, through: today)
        let held = app.interviews.filter { $0.date <= today }.sorted { $0.date < $1.date }
        let offer = app.offer
        var stage = Statistics.Stage.applied
        if !news.isEmpty || app.interviews.contains(where: { $0.date > today })
            || written == .rejected || written == .interviewing {
            stage = .heardBack
        }
        if !held.isEmpty { stage = .interviewed }
        if held.contains(where: \.isFinal) { stage = .finalRound }
        let offerMade = offer.map { o in (o.employerDays + [o.accepted].compactMap { $0 }).contains { $0 <= today } } ?? false
        if offerMade || written == .offer || written == .declined || written == .accepted { stage = .offer }
        let acceptedDay = offer?.accepted.map { $0 <= today } ?? false
        if written == .accepted || (acceptedDay && written != .declined) { stage = .accepted }
        furthest = stage

        // Times, in whole days, each from dated facts up to today.
        if let applied = app.applied {
            appliedToHeardBack = news.filter { $0 >= applied }.min().map { $0.days(since: applied) }
            appliedToFirstInterview = held.first(where: { $0.date >= applied }).map { $0.date.days(since: applied) }
        } else {
            appliedToHeardBack = nil
            appliedToFirstInterview = nil
        }
        lastInterviewToDecision = Self.decisionTime(app, held: held, today: today, rejected: written == .rejected)
        if let verbal = offer?.verbal, let letter = offer?.written, letter <= today, letter >= verbal {
            verbalToWritten = letter.days(since: verbal)
        } else {
            verbalToWritten = nil
        }
        sinceLastActivity = isOpen ? events.max().map { today.days(since: $0) } : nil

        practices = Tallies(
            thankYou: Self.thankYous(app, held: held, today: today), briefing: Self.briefings(app, today: today),
            promise: Self.promises(app, today: today), writtenOffer: Self.writtenOffer(app, today: today),
            inquiry: Self.inquiries(app, today: today, news: news))
    }

    /// Days from the last interview to the decision: the offer (verbal, else the letter), or
    /// for a rejection, the last news from the employer written in the log or a heading.
    static func decisionTime(_ app: Application, held: [Interview], today: Day, rejected: Bool) -> Int? {
        var decision: Day? = app.offer.flatMap { [$0.verbal, $0.written].compactMap { $0 }.filter { $0 <= today }.min() }
        if decision == nil, rejected {
            let written = app.log.filter { $0.isNews && $0.day <= today }.map(\.day)
                + app.entries.filter { $0.day <= today && News.isNews($0.title.utf8) }.map(\.day)
            decision = written.max()
        }
        guard let decision, let last = held.last(where: { $0.date <= decision }) else { return nil }
        return decision.days(since: last.date)
    }

    private static func miss(_ app: Application, _ day: Day, done: Day?, about: String?) -> Statistics.Miss {
        Statistics.Miss(file: app.file, company: app.company, day: day, done: done, about: about)
    }

    /// "The first — and most important — thing": a note sent on the interview's day or the
    /// next. Each interview held counts, two on one day as two; one whose next day has not
    /// passed without a note is not late yet.
    static func thankYous(_ app: Application, held: [Interview], today: Day) -> Tally {
        var tally = Tally()
        for interview in held {
            let by = interview.date.adding(days: 1)
            let sent = interview.thankYou.map(\.sent).flatMap { $0 <= today ? $0 : nil }
            let who = interview.with.isEmpty ? nil : Wording.list(app.interviewers(of: interview).map(\.addressedAs))
            if let sent, sent <= by {
                tally.kept += 1
                tally.of += 1
            } else if sent != nil || today > by {
                tally.of += 1
                tally.misses.append(miss(app, interview.date, done: sent, about: who))
            }
        }
        return tally
    }

    /// "Immediately contact anyone who you had provided to the company as a reference": each
    /// reference the employer called by today counts, kept when briefed on or before that day.
    static func briefings(_ app: Application, today: Day) -> Tally {
        var tally = Tally()
        for reference in app.references {
            guard let called = reference.contacted, called <= today else { continue }
            tally.of += 1
            if let briefed = reference.briefed, briefed <= called {
                tally.kept += 1
            } else {
                tally.misses.append(miss(app, called, done: reference.briefed.flatMap { $0 <= today ? $0 : nil }, about: reference.name))
            }
        }
        return tally
    }

    /// "If you made a promise ... make sure you do it!": each promise done, or past its day,
    /// counts; kept when done by its day.
    static func promises(_ app: Application, today: Day) -> Tally {
        var tally = Tally()
        for promise in app.promises {
            let done = promise.done.flatMap { $0 <= today ? $0 : nil }
            if let done, done <= promise.due {
                tally.kept += 1
                tally.of += 1
            } else if done != nil || today > promise.due {
                tally.of += 1
                tally.misses.append(miss(app, promise.due, done: done, about: promise.what))
            }
        }
        return tally
    }

    /// "If you are offered a job verbally, ask for the offer in writing": a verbal offer
    /// counts once the day after it has passed; kept when the request was made by then. A
    /// letter that came by then, unasked, leaves nothing to ask for.
    static func writtenOffer(_ app: Application, today: Day) -> Tally {
        var tally = Tally()
        guard let offer = app.offer, let verbal = offer.verbal, verbal <= today else { return tally }
        let by = verbal.adding(days: 1)
        let requested = offer.requested.flatMap { $0 <= today ? $0 : nil }
        let letter = offer.written.flatMap { $0 <= today ? $0 : nil }
        if let requested, requested <= by {
            tally.kept += 1
            tally.of += 1
        } else if let letter, letter <= by {
            return tally
        } else if requested != nil || letter != nil || today > by {
            tally.of += 1
            tally.misses.append(miss(app, verbal, done: requested, about: nil))
        }
        return tally
    }

    /// "The promised time for the next step will come and go ... follow-up": each promised
    /// next step passed with no later round before it counts, unless the employer answered
    /// by the day after it (when the inquiry falls due). Kept when the job seeker logged an
    /// entry (the inquiry, as `done` writes it) after the promised day and before any news.
    static func inquiries(_ app: Application, today: Day, news: [Day]) -> Tally {
        var tally = Tally()
        let interviews = app.interviews.sorted { $0.date < $1.date }
        for (i, interview) in interviews.enumerated() where interview.date <= today {
            guard let promised = interview.nextStep, promised < today else { continue }
            // A later round on or before the promised day answered it; one set ahead of
            // today was answered on a day not written down.
            if interviews[(i + 1)...].contains(where: { $0.date <= promised || $0.date > today }) { continue }
            let due = promised.adding(days: 1)
            let answered = news.filter { $0 > promised }.min()
            let asked = app.log.filter { !$0.isNews && $0.day > promised && $0.day <= today }.map(\.day).min()
            let who = interview.with.isEmpty ? nil : Wording.list(app.interviewers(of: interview).map(\.addressedAs))
            if let asked, answered.map({ asked <= $0 }) ?? true {
                tally.kept += 1
                tally.of += 1
            } else if let answered, answered <= due {
                continue
            } else if answered != nil || today > due {
                tally.of += 1
                tally.misses.append(miss(app, promised, done: nil, about: who))
            }
        }
        return tally
    }
}
