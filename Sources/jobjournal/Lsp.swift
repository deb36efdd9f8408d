import ArgumentParser
import CJemalloc
import JobJournalCore
import JobJournalLSP

import Glibc

struct Lsp: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @OptionGroup var journal: JournalOptions

    func run() throws {
        LongRunning.allocator()
        let fixed = journal.today
        let root = journal.dir ?? Environment.value("JOBJOURNAL_DIR").flatMap { $0.isEmpty ? nil : $0 }
        let environment = Environment.value("JOBJOURNAL_TODAY")
        let server = LanguageServer(root: root, today: {
            (try? Today.resolve(option: fixed, environment: environment).get()) ?? Day.today()
        }, writer: MessageWriter(fd: 1), cacheFolder: Environment.cacheFolder(noCache: journal.noCache))
        var reader = MessageReader(fd: 0)
        let status = server.run(&reader)
        if status != 0 { throw ExitCode(status) }
    }
}

/// A server runs for hours: freed memory goes back to the system again after ten seconds
/// (jemalloc's default), which the one-shot commands turn off (`Allocator.configure`).
enum LongRunning {
    static func allocator() {
        var dirty = 10_000, muzzy = 0
        for setting in ["arenas.dirty_decay_ms", "arena.0.dirty_decay_ms"] { _ = mallctl(setting, nil, nil, &dirty, MemoryLayout<Int>.size) }
        for setting in ["arenas.muzzy_decay_ms", "arena.0.muzzy_decay_ms"] { _ = mallctl(setting, nil, nil, &muzzy, MemoryLayout<Int>.size) }
    }
}
