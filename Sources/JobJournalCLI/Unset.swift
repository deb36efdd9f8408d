import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

struct Unset: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove one key, with its value, from an application's front matter.",
        discussion: """
            KEY is a place in the front matter, named as for 'jobjournal set': status, \
            offer.written, interviews[0].thank-you, references[Dana Smith].briefed. The \
            lines from the key to the end of its value go, and no others; comments, key \
            order and line endings elsewhere stay. The result is checked like 'jobjournal \
            check' and refused if it has new errors (removing company, for instance). A key \
            the file does not have leaves it unchanged; a misspelt one is refused as 'set' \
            refuses it, unless --force.

            EXAMPLES
              jobjournal unset abc follow-up
              jobjournal unset abc offer.requested
              jobjournal unset abc "interviews[0].thank-you"

            \(writeExitStatus)
            """
    )

    @OptionGroup var journal: JournalOptions
    @OptionGroup var write: WriteOptions

    @Argument(help: "The application.", completion: .custom(Completions.applications))
    var app: String

    @Argument(help: "The key to remove, like follow-up or interviews[0].thank-you.")
    var key: String

    @Flag(help: "Remove a top-level key that jobjournal does not read (a key of your own) without asking.")
    var force = false

    func validate() throws { _ = try keyPath(key) }

    func run() throws {
        try editKey(key, of: app, journal: journal, write: write, force: force) { file, _ throws(EditRefusal) in
            _ = try file.requireApplication()
        } change: { file, path throws(EditRefusal) in
            guard let removal = try file.removing(path) else { return ([], "") }
            return ([removal], "\(path) removed")
        }
    }
}
