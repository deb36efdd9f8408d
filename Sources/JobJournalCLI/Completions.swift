import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

/// What the shell completes for APP and ACTION-ID, computed by reading the journal the
/// command line names (its --dir and --today, else the usual defaults).
enum Completions {
    @Sendable static func applications(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let journal = load(words) else { return [] }
        return ApplicationLookup.names(in: journal).filter { $0.hasPrefix(prefix) }
    }

    @Sendable static func actionIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let journal = load(words) else { return [] }
        guard let today = try? Today.resolve(option: value(of: "--today", in: words),
                                             environment: Environment.value("JOBJOURNAL_TODAY")).get() else { return [] }
        return RecordDone.ids(in: journal, today: today).filter { $0.hasPrefix(prefix) }
    }

    private static func load(_ words: [String]) -> Journal? {
        let root = Environment.journalRoot(dir: value(of: "--dir", in: words), quietly: true)
        return try? JournalLoader.load(root: root, cacheFolder: Environment.cacheFolder(noCache: words.contains("--no-cache")))
    }

    /// The value given to an option on the command line: `--dir x` or `--dir=x`.
    private static func value(of option: String, in words: [String]) -> String? {
        for (i, word) in words.enumerated() {
            if word == option, i + 1 < words.count { return words[i + 1] }
            if word.hasPrefix(option + "=") { return String(word.dropFirst(option.count + 1)) }
        }
        return nil
    }
}
