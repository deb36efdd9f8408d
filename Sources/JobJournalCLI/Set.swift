import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

struct SetValue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set one value in an application's front matter.",
        discussion: """
            KEY is a place in the front matter: status, offer.written, \
            interviews[0].next-step, references[Dana Smith].contacted. A list item is \
            picked by position from 0, or by its name (a contact's or reference's name, an \
            interview's date, a promise's what). Only the line holding the value changes; a \
            missing key is added under its mapping with the mapping's indentation. The \
            result is checked like 'jobjournal check' and refused if it has new errors.

            A top-level key that jobjournal does not read and the file does not have yet is \
            refused (exit 1), with the key it most likely means: 'set abc sttus offer' asks \
            'did you mean status?'. --force writes it anyway, for keys of your own. \
            'jobjournal unset' removes a key.

            EXAMPLES
              jobjournal set abc status offer
              jobjournal set abc offer.written 2026-11-30
              jobjournal set abc "interviews[0].next-step" 2026-11-30
              jobjournal set abc "references[Dana Smith].contacted" 2026-11-25

            \(writeExitStatus)
            """
    )

    @OptionGroup var journal: JournalOptions
    @OptionGroup var write: WriteOptions

    @Argument(help: "The application.", completion: .custom(Completions.applications))
    var app: String

    @Argument(help: "Where the value goes, like offer.written or interviews[0].next-step.",
              completion: .list(["status", "applied", "link", "offer.verbal", "offer.requested", "offer.written", "offer.reviewed",
                                 "offer.accepted", "offer.approved", "offer.salary", "interviews[0].next-step",
                                 "interviews[0].thank-you", "references[0].briefed", "references[0].contacted", "promises[0].done"]))
    var key: String

    @Argument(help: "The value, as text: YAML quoting is added where needed.")
    var value: String

    @Flag(help: "Write a top-level key that jobjournal does not read (a key of your own).")
    var force = false

    func validate() throws { _ = try keyPath(key) }

    func run() throws {
        try editKey(key, of: app, journal: journal, write: write, force: force) { file, path throws(EditRefusal) in
            try file.requireEditable(at: path)
        } change: { [value] file, path throws(EditRefusal) in
            ([try file.setting(path, to: value)], "\(path) set to \(value)")
        }
    }
}
