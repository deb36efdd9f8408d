import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

struct Due: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what to do: overdue, today, and the coming days.",
        discussion: """
            Applies the follow-up playbook to every open application: thank-you notes, \
            briefing references, status inquiries when a promised date has passed, your own \
            promises and dated to-dos, check-ins after a final round, and getting a verbal \
            offer in writing. Overdue actions come first.

            EXAMPLES
              jobjournal due
              jobjournal due --within 14 --explain
              jobjournal due --today 2026-11-26 --format json
              jobjournal due --within 30 --format ics > jobs.ics
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, ics
    }

    @OptionGroup var journal: JournalOptions
    @OptionGroup var terminal: TerminalOptions

    // Unconditional: `--within -3` is a value for validate() to explain, not a missing one.
    @Option(parsing: .unconditional, help: ArgumentHelp("Also list actions due within this many days (default: 'within' in .jobjournal.yaml, else 7).", valueName: "days"))
    var within: Int?

    @Flag(help: "Explain each action: the facts and dates it comes from, and its id.")
    var explain = false

    @Option(help: "Output format: text, json, or ics (an iCalendar feed of the actions and the interviews ahead).")
    var format: Format = .text

    func validate() throws {
        if let within, !(0...Settings.maxDays).contains(within) {
            throw ValidationError("--within should be a number of days from 0 to \(Settings.maxDays)")
        }
    }

    func run() throws {
        let today = journal.day
        guard format != .json else { return writeAgendaJSON(today: today) }
        let ahead = journal.actionMemo(today: today)
        // The agenda as text shows actions alone: of an application whose actions were kept
        // for today, and of a closed one, no more than a summary is read.
        let loaded = journal.load(plan: format == .ics ? nil : ahead)
        let memo = ActionMemo(journal: loaded, today: today, ahead: ahead)
        var actions = Playbook.standard.actions(for: loaded, today: today, store: memo)
        memo?.finish()
        actions.keepAgenda(today: today, within: within ?? loaded.settings.within)
        if format == .ics {
            let open = loaded.applications.filter { !$0.status.isClosed }
            writeOut(ICalendar.render(actions: actions, interviews: UpcomingInterview.all(open, from: today),
                                      today: today, domain: loaded.settings.domain))
        } else {
            writeOut(AgendaText.render(actions, today: today, explain: explain, style: terminal.style()))
        }
        warnAboutErrors(in: loaded)
        warnAboutHiddenActions(in: loaded)
        UntilExit.keep(loaded, actions)
    }

    /// `--format json`: of an application whose agenda was kept for today as JSON
    /// (`AgendaMemo`), and of a closed one, no more than a summary is read, and the kept
    /// objects are copied out.
    private func writeAgendaJSON(today: Day) {
        let ahead = journal.agendaMemo(today: today)
        let loaded = journal.load(plan: ahead)
        var standardOutput = FileDescriptorSink(fd: 1)
        AgendaJSON.render(loaded, today: today, within: within ?? loaded.settings.within,
                          memo: AgendaMemo(journal: loaded, today: today, ahead: ahead), to: &standardOutput)
        warnAboutErrors(in: loaded)
        warnAboutHiddenActions(in: loaded)
        UntilExit.keep(loaded)
    }
}

/// A one-line pointer to `check` when some files could not be read, and what was read when
/// no file is an application, on stderr so that output for scripts stays clean.
func warnAboutErrors(in journal: Journal) {
    if journal.applications.isEmpty, !journal.files.isEmpty,
        let note = ReadingSummary(journal.files).noApplication(in: journal.root) {
        printError("jobjournal: " + note)
    }
    let errors = journal.errorCount
    guard errors > 0 else { return }
    printError("jobjournal: \(errors) \(errors == 1 ? "problem" : "problems") in the journal's files; run 'jobjournal check' to see them")
}

/// A misspelt key the playbook reads (`intervews:`) is only a warning for `check`, but the
/// actions it holds are missing from `due` and `report`: say so, naming the file and key.
func warnAboutHiddenActions(in journal: Journal) {
    for suspect in NearMissKey.suspects(in: journal.diagnostics) {
        printError("jobjournal: \(suspect.file):\(suspect.line): unknown key '\(suspect.written)' (did you mean '\(suspect.meant)'?) may hide actions; run 'jobjournal check'")
    }
}
