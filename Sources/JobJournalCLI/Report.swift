import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "One look at the whole search: agenda, pipeline, references, offers, statistics, problems.",
        discussion: """
            Writes the agenda (as 'due'), every open application by stage with its last \
            activity and next action, the closed ones, who was briefed and who was called, \
            each offer's stage and which terms its letter spells out, the statistics of \
            'stats' over every application, and a count of the problems 'check' finds.

            FORMATS
              text      for a terminal (the default); fits $COLUMNS or the terminal's width
              markdown  headings and tables, linking each application's file (REPORT.md)
              json      schema 1, described in docs/json.md and docs/report.schema.json
              html      one self-contained page with charts; prints well, reads on a phone
              ics       the agenda and interviews ahead as an iCalendar feed
            With -o FILE and no --format, the format follows the file's extension \
            (.txt, .md, .json, .html, .ics). The file is replaced whole, atomically, as the \
            commands that write replace theirs (docs/editing.md): never when it is an \
            application file, or when another program changed it meanwhile (exit 1), nor \
            when it or its folder is read-only (exit 2).

            EXAMPLES
              jobjournal report
              jobjournal report -o REPORT.md
              jobjournal report -o report.html --today 2026-11-26
              jobjournal report --format json | jq '.offers[].missing'
            """
    )

    @OptionGroup var journal: JournalOptions
    @OptionGroup var terminal: TerminalOptions

    @Option(help: "Output format: text, markdown, json, html or ics (default: from -o's extension, else text).")
    var format: ReportFormat?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to this file (replacing it whole) instead of standard output.", valueName: "file"))
    var output: String?

    // Unconditional: `--within -3` is a value for validate() to explain, not a missing one.
    @Option(parsing: .unconditional, help: ArgumentHelp("List actions due within this many days (default: 'within' in .jobjournal.yaml, else 7).", valueName: "days"))
    var within: Int?

    func validate() throws {
        if let within, !(0...Settings.maxDays).contains(within) {
            throw ValidationError("--within should be a number of days from 0 to \(Settings.maxDays)")
        }
        if format == nil, let output, output != "-", ReportFormat(fileName: output) == nil {
            throw ValidationError("cannot tell the format from the name '\(output)'; add --format (text, markdown, json, html or ics)")
        }
    }

    func run() throws {
        // `-o -` is standard output, as many tools take it.
        let output = self.output == "-" ? nil : self.output
        let loaded = journal.load()
        // The memo is read once the journal is loaded, when the parse cache's memory is given
        // back: read while loading, as `due` does, it put the report's peak 9 MiB higher.
        let report = Report(journal: loaded, today: journal.day, within: within,
                            memo: ActionMemo(journal: loaded, today: journal.day))
        let chosen = format ?? output.flatMap(ReportFormat.init(fileName:)) ?? .text
        // JSON streams out as it is written (a coach's journal makes tens of megabytes);
        // the other formats are rendered whole.
        let render: (inout FileDescriptorSink) -> Void
        if chosen == .json {
            render = { ReportJSON.render(report, to: &$0) }
        } else {
            let text = rendered(report, as: chosen, journal: loaded, output: output)
            render = { $0.write(text) }
        }
        if let output {
            do { try OutputFile.write(to: output, hook: testHook(), safeguards: testSafeguards(), render) } catch { fail(error, path: output) }
        } else {
            var stdout = FileDescriptorSink(fd: 1)
            render(&stdout)
        }
        warnAboutErrors(in: loaded)
        warnAboutHiddenActions(in: loaded)
        UntilExit.keep(loaded, report)
    }
}

extension ReportCommand {
    /// The report in one of the formats rendered whole.
    func rendered(_ report: Report, as format: ReportFormat, journal: Journal, output: String?) -> String {
        switch format {
        case .markdown:
            let base = output.map { OutputFile.linkBase(from: $0, to: journal.root) } ?? ""
            return ReportMarkdown.render(report, linkBase: base)
        case .html: return ReportHTML.render(report)
        case .ics: return ICalendar.render(actions: report.agenda, interviews: report.interviewsAhead, today: report.today, domain: report.domain)
        case .json: return ReportJSON.render(report)
        case .text: return ReportText.render(report, style: terminal.style(toFile: output != nil))
        }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, html, ics

    /// The format a file name's extension asks for; text when it has none.
    init?(fileName: String) {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            self = .text
            return
        }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "html", "htm": self = .html
        case "ics", "ical": self = .ics
        default: return nil
        }
    }
}
