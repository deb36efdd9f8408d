import ArgumentParser
import JobJournalCore

package struct Lsp: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        abstract: "Serve the journal to an editor over the Language Server Protocol.",
        discussion: """
            Speaks LSP 3.17 on standard input and output, for the application files of the \
            journal that holds each opened file (--dir, else $JOBJOURNAL_DIR, else the nearest \
            folder upward with .jobjournal.yaml, else the editor's workspace folder): the \
            problems 'check' reports as you type, hover, completion, go to definition and \
            references for contacts, the outline, "due in 2 days" hints, and code actions \
            that make the edits 'done' and 'draft --append' make. The journal is read again \
            when its files change on disk. See docs/editors.md for Neovim, Emacs, Helix and \
            VS Code.

            EXAMPLES
              jobjournal lsp
              jobjournal lsp --dir ~/jobs --today 2026-11-26
            """
    )

    @OptionGroup package var journal: JournalOptions

    package func run() throws { try Bridge.run(self) }
}
