import JobJournalCore

/// "The only way to find out if you're still in the running is to follow-up" — and after
/// weeks of silence the honest answer may be that you are not. So: an open application with
/// no activity at all for `stale-days` (30 unless set), nothing scheduled and no other
/// follow-up of the playbook under way, calls for one last follow-up, or for closing it as
/// `no-response` so the pipeline shows the search as it is.
public struct StaleRule: Rule {
    public let kind = DueAction.Kind.stale
    public init() {}

    /// Whether the application has been silent for `stale-days`, with nothing ahead.
    public static func isStale(_ app: ApplicationFacts) -> Bool { quietSince(app) != nil }

    /// The last activity, when it is `stale-days` or more before today and nothing is ahead.
    static func quietSince(_ app: ApplicationFacts) -> Day? {
        let application = app.application
        guard application.status != .saved, let last = app.lastActivity,
            last.adding(days: app.settings.staleDays) <= app.today,
            !app.hasInterviewAhead,
            application.followUp.map({ $0 <= app.today }) ?? true,
            !application.promises.contains(where: { $0.done == nil && $0.due > app.today })
        else { return nil }
        return last
    }

    public func actions(for app: ApplicationFacts) -> [DueAction] {
        guard let last = Self.quietSince(app),
            StatusInquiryRule.overdueNextStep(app) == nil, CheckInRule.waitingSince(app) == nil,
            StatusInquiryRule.noWordAfterInterview(app) == nil
        else { return [] }
        let application = app.application
        let quiet = app.today.ordinal - last.ordinal
        var explain = "Nothing is recorded for the \(application.position) application since \(last), \(quiet) days ago. "
        explain += "Send one last short follow-up, or close it: 'jobjournal set \(application.stem) status no-response' "
        explain += "keeps the pipeline true to where the search stands."
        return [action(
            app, event: last, due: last.adding(days: app.settings.staleDays),
            title: "\(application.company) has been quiet since \(last): follow up once more, or close it as no-response",
            explain: explain, line: application.companyLocation.line)]
    }
}

// MARK: Kind

extension DueAction.Kind {
    /// `stale`: see `StaleRule`.
    public static let stale = Self(rawValue: "stale")
}

// MARK: Done

extension StaleRule {
    /// A log entry: the last follow-up is activity, so the quiet starts again from it.
    public func done(_ action: DueAction, on day: Day, via channel: Channel?, in app: Application) -> DoneRecord {
        .logged("Followed up once more with \(app.company)\(Wording.by(channel)) after a long silence.")
    }
}
