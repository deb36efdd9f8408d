import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

struct Refs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show who was briefed and who was called, per application.",
        discussion: """
            Each reference is 'not briefed', 'briefed DATE' or 'called DATE' (the employer or a \
            reference-check company contacted them: often a sign the process is moving).

            EXAMPLES
              jobjournal refs
              jobjournal refs --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var journal: JournalOptions
    @OptionGroup var terminal: TerminalOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Include closed applications (accepted, declined, rejected, withdrawn).")
    var all = false

    func run() throws {
        let loaded = journal.load()
        let today = journal.day
        let apps = loaded.applications.filter { all || !$0.status.isClosed }
        let statuses = ReferenceStatus.all(apps, today: today)
        switch format {
        case .text: writeOut(ReferencesText.render(statuses, style: terminal.style()))
        case .json: writeOut(ReferencesJSON.render(statuses, today: today))
        }
        warnAboutErrors(in: loaded)
        UntilExit.keep(loaded, statuses)
    }
}
