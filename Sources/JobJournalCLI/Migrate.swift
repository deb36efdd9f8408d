import ArgumentParser
import JobJournalCore

package struct Migrate: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        abstract: "Rewrite notes written in other tools' shapes into this format, in place.",
        discussion: """
            jobjournal reads other tools' keys and words as they are; migrate writes them the \
            way this format does, so that every other program reading the files sees one \
            shape: other spellings of keys become the keys themselves (Employer: company, \
            next_step: next-step), a list of one value becomes the value (status: [rejected]), \
            status words become jobjournal's (Phone Screen: interviewing), a timestamp becomes \
            its day (2024-11-20T08:15:00Z: 2024-11-20, as written), and TOML front matter \
            between '+++' lines becomes YAML between '---' lines. Only the lines that must \
            change are rewritten, each file atomically, as 'set' does: comments, key order, \
            line endings and the body stay byte for byte (TOML's comments are not carried \
            over). Keys named under keys: and words under status-map: in .jobjournal.yaml are \
            your own and are left as written. A second run changes nothing. See \
            docs/import.md.

            EXAMPLES
              jobjournal migrate --dry-run
              jobjournal migrate
              jobjournal migrate notes/acme.md

            EXIT STATUS
              0  every file migrated or already in this format (with --dry-run: the diffs \
            printed, nothing written)
              1  some files were refused because of their content (reported on standard error; \
            nothing was written to them); the others were migrated
              2  bad usage, or the journal or a file could not be read or written
            """
    )

    @OptionGroup package var journal: JournalOptions
    @OptionGroup package var write: WriteOptions

    @Argument(help: "Only these files (default: every application in the journal).", completion: .file(extensions: ["md"]))
    package var files: [String] = []

    package func run() throws { try Bridge.run(self) }
}
