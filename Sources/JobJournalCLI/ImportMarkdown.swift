import ArgumentParser
import JobJournalCore

package struct ImportMarkdown: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        commandName: "markdown",
        abstract: "Import the pipe tables of a Markdown file, one row an application.",
        discussion: """
            Each table (a header row, a row of ---, then one row a line) is read as 'import \
            csv' reads a sheet: the same column names, --map, --date-format and status words. \
            A cell splits at each | except \\| and one inside `code`; a row with too few cells \
            is read with the rest empty, and said. A cell that is one link is its address in \
            the link column and its text elsewhere; <br> is a line break. Tables whose header \
            names no employer are passed over when another table has one.

            EXAMPLES
              jobjournal import markdown Applications.md --dry-run
              jobjournal import markdown notes/search.md --map 'Firm=company' --date-format DMY
            """
    )

    @OptionGroup package var journal: JournalOptions
    @OptionGroup package var options: ImportOptions
    @OptionGroup package var sheet: SheetOptions

    @Argument(help: "The Markdown file.", completion: .file(extensions: ["md", "markdown"]))
    package var path: String

    package func run() throws { try Bridge.run(self) }
}
