import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

struct Done: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record that an action from 'due' was done.",
        discussion: """
            Writes what the playbook reads, so the action leaves the agenda: the interview's \
            thank-you, the reference's briefed, the promise's done, the task's [x], \
            offer.requested or offer.reviewed, or a log entry for a status inquiry, a \
            check-in or a question to a reference. The ids are shown by \
            'jobjournal due --explain' (and completed by the shell). Any part of an id \
            that only one action due has will do, such as its start; when several match, \
            they are listed.

            EXAMPLES
              jobjournal done lakeshore-industrial-supply-key-account-manager/thank-you/2026-11-25 --via card
              jobjournal done abc-company-senior-sales-consultant/status-inquiry/2026-11-23
              jobjournal done lakeshore/thank-you
              jobjournal done meridian-foods-regional-sales-manager/promise/2026-11-27/send-ms-ortiz-a-writing-sample-the-benelux-market --date 2026-11-26

            \(writeExitStatus)
            """
    )

    enum Via: String, ExpressibleByArgument, CaseIterable {
        case email, card, phone
    }

    @OptionGroup var journal: JournalOptions
    @OptionGroup var write: WriteOptions

    @Argument(help: "The action's id, or any part of it that only one action's id has.", completion: .custom(Completions.actionIDs))
    var actionID: String

    @Option(help: ArgumentHelp("The day it was done (default: today).", valueName: "date"))
    var date: String?

    @Option(help: "How it was done: email, card or phone.")
    var via: Via?

    func validate() throws {
        _ = try parseDay(date, option: "--date")
    }

    func run() throws {
        let today = journal.day
        let loaded = journal.load { Playbook.standard.actions(for: $0, today: today).contains { $0.id == actionID } }
        let day = try parseDay(date, option: "--date") ?? today
        let actions = Playbook.standard.actions(for: loaded, today: today)
        let action: DueAction
        switch ActionLookup.find(actionID, in: actions) {
        case .success(let found): action = found
        case .failure(let failure):
            if case .ambiguous = failure { CommandFailure(failure.description).exit() }
            let prefix = actionID.split(separator: "/").first.map(String.init) ?? actionID
            let near = actions.filter { $0.id.hasPrefix(prefix + "/") }.map(\.id)
            let hint = near.isEmpty ? "run 'jobjournal due --explain' for the ids" : "ids for that application:\n" + near.map { "  " + Terminal.plain($0) }.joined(separator: "\n")
            CommandFailure("no action '\(Terminal.plain(actionID))' is due as of \(today); \(Terminal.plainLines(hint))").exit()
        }
        guard let file = loaded.files.first(where: { $0.path == action.application }) else {
            CommandFailure("cannot find \(action.application)").exit()
        }
        let settings = loaded.settings
        edit(file, dryRun: write.dryRun) { file throws(EditRefusal) in
            let record = try RecordDone.record(action.id, in: file, today: today, settings: settings, on: day,
                                               via: via.map { Channel($0.rawValue) })
            return (record.edits, record.summary)
        }
    }
}
