import ArgumentParser
import CJemalloc
import JobJournalCLI
import JobJournalCore
import JobJournalLSP

extension Lsp {
    /// Serves until the editor says exit; the exit status is the protocol's (0 after shutdown).
    func work() throws {
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
