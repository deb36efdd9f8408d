import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a dated entry to an application's log.",
        discussion: """
            Appends '- DATE MESSAGE' to the '## Log' section, in date order, in the list style \
            the section already uses; creates the section at the end of the file when there \
            is none. Nothing else in the file changes.

            APP is a file path, a file stem (abc-company-senior-sales-consultant), or a part \
            of the company name that only one application has.

            EXAMPLES
              jobjournal log abc "Mr. Jones called: second round on Tuesday."
              jobjournal log abc-company-senior-sales-consultant "Mailed the card." --date 2026-11-20
              jobjournal log abc "Sent the writing sample." --dry-run

            \(writeExitStatus)
            """
    )

    @OptionGroup var journal: JournalOptions
    @OptionGroup var write: WriteOptions

    @Argument(help: "The application.", completion: .custom(Completions.applications))
    var app: String

    @Argument(help: "What happened, in a sentence.")
    var message: String

    @Option(help: ArgumentHelp("The day it happened (default: today).", valueName: "date"))
    var date: String?

    func validate() throws {
        _ = try parseDay(date, option: "--date")
        if message.trimmingCharacters(in: " \t\n").isEmpty { throw ValidationError("the message is empty") }
    }

    func run() throws {
        let day = try parseDay(date, option: "--date") ?? journal.day
        let file = findApplication(app, in: journal.load { designatesApplication(app, in: $0) })
        edit(file, dryRun: write.dryRun) { file throws(EditRefusal) in
            _ = try file.requireApplication()
            return ([file.appendingLog(day, message)], "logged \(day) \(message)")
        }
    }
}
