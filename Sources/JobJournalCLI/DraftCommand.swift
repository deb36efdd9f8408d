import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a thank-you note, a follow-up or a request, from the journal.",
        discussion: """
            KIND is one of:
              thank-you              the four points: their name as they are addressed, \
            thanks for the opportunity to interview for the position, one thing that \
            resonated or that needs clarifying (the interview's Resonated:/Clarify: notes), \
            the next step
              brief-references       for each reference: how it went and what the \
            interviewer was interested in (the Interested in: notes); ask them to say if \
            they are called
              status-inquiry         the promised day has passed: re-introduce yourself, \
            when and for which position, and ask about the status of the hiring process
              check-in               after the final round: "Do you need anything else \
            from me to help you make the hiring decision?"
              request-written-offer  ask for the offer in writing, spelling out salary, \
            benefits, expenses and conditions (or the terms the letter left out)

            Each is named like the action it goes with in 'jobjournal due'. The former names \
            reference-brief and offer-request are still accepted.

            The draft goes to standard output; with --append it is also written under \
            '## Drafts' in the file, where 'jobjournal check' looks it over. Drafts are signed \
            with 'name' from .jobjournal.yaml. Anything in [brackets] is yours to fill in.

            EXAMPLES
              jobjournal draft thank-you abc
              jobjournal draft thank-you lakeshore --to Chen --append
              jobjournal draft brief-references abc --interview 2026-11-19

            \(writeExitStatus)
            """
    )

    @OptionGroup var journal: JournalOptions
    @OptionGroup var write: WriteOptions

    @Argument(help: "thank-you, brief-references, status-inquiry, check-in or request-written-offer.")
    var kind: DraftKind

    @Argument(help: "The application.", completion: .custom(Completions.applications))
    var app: String

    @Option(help: ArgumentHelp("The interview it is about (default: the latest up to today).", valueName: "date"))
    var interview: String?

    @Option(help: ArgumentHelp("Whom to write to: part of a contact's name (a reference's, for brief-references).", valueName: "name"))
    var to: String?

    @Flag(help: "Also write the draft under '## Drafts' in the application's file.")
    var append = false

    func validate() throws {
        _ = try parseDay(interview, option: "--interview")
    }

    func run() throws {
        let loaded = journal.load { designatesApplication(app, in: $0) }
        let file = findApplication(app, in: loaded)
        guard let application = file.application else {
            printError("jobjournal: \(Terminal.plain(file.displayPath)) has errors; run 'jobjournal check \(Terminal.plain(file.displayPath))'")
            throw ExitCode(ExitStatus.problems)
        }
        let request = Drafting.Request(kind: kind.kind, interview: try parseDay(interview, option: "--interview"), to: to,
                                       today: journal.day, signature: loaded.settings.name)
        let drafts: [Draft]
        do {
            drafts = try Drafting.drafts(request, for: application)
        } catch {
            CommandFailure(error.description).exit()
        }
        if !(append && write.dryRun) {
            writeOut(Terminal.plainLines(drafts.map { (drafts.count > 1 ? "# \($0.title)\n\n" : "") + $0.text }.joined(separator: "\n")))
        }
        guard append else { return }
        edit(file, dryRun: write.dryRun) { file throws(EditRefusal) in
            _ = try file.requireApplication()
            let noun = drafts.count == 1 ? "draft" : "\(drafts.count) drafts"
            return (file.appendingDrafts(drafts).map { [$0] } ?? [], "\(noun) added under ## Drafts")
        }
    }
}

/// KIND: a kind of action with a draft, by its name or a name `draft` used for it before.
struct DraftKind: ExpressibleByArgument {
    var kind: DueAction.Kind

    init?(argument: String) {
        guard let kind = Drafting.kind(named: argument) else { return nil }
        self.kind = kind
    }

    static var allValueStrings: [String] { Drafting.kinds.map(\.rawValue) }
}
