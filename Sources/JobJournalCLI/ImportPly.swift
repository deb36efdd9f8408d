import ArgumentParser
import JobJournalCore

package struct ImportPly: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        commandName: "ply",
        abstract: "Import the files of ply, the Rust job tracker (TOML front matter).",
        discussion: """
            Reads one ply file, or every Markdown file below ply's data folder: applied_at, \
            the [job] table (company, title, team, listing_url, salary_range) and [[stages]]. \
            Timestamps become their days, as written. Each stage becomes a line of the log; \
            Recruiter, Screen, Technical and Behavioral stages are interviews too, in rounds; \
            Negotiation is a verbal offer; Rejected and Accepted are the status. The text \
            below the front matter goes under '## Notes'. A file that is not ply's is \
            reported, and the others still come in.

            EXAMPLES
              jobjournal import ply ~/ply/data --dry-run
              jobjournal import ply ~/ply/data/20250908044309781.acme.engineer.md
            """
    )

    @OptionGroup package var journal: JournalOptions
    @OptionGroup package var options: ImportOptions

    @Argument(help: "A ply file, or the folder of them.", completion: .file())
    package var path: String

    package func run() throws { try Bridge.run(self) }
}
