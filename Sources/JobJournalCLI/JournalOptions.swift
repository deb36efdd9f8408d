import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

import Glibc

/// Options every command that reads the journal takes.
package struct JournalOptions: ParsableArguments {
    package init() {}

    @Option(name: .long, help: ArgumentHelp("The journal folder (default: $JOBJOURNAL_DIR, else the nearest folder upward with .jobjournal.yaml, else the current folder).", valueName: "dir"))
    package var dir: String?

    @Option(name: .long, help: ArgumentHelp("The day to treat as today, YYYY-MM-DD (default: $JOBJOURNAL_TODAY, else the local date).", valueName: "date"))
    package var today: String?

    @Flag(name: .long, help: "Read every file of the journal again: neither use nor update the caches (default: $JOBJOURNAL_NO_CACHE=1 sets it).")
    package var noCache = false

    package func validate() throws {
        if case .failure(let error) = resolvedToday { throw ValidationError(error.description) }
    }

    private var resolvedToday: Result<Day, Today.UsageError> {
        Today.resolve(option: today, environment: Environment.value("JOBJOURNAL_TODAY"))
    }

    /// Today's date: --today, else JOBJOURNAL_TODAY, else the local calendar day (validated
    /// before any command runs).
    package var day: Day { (try? resolvedToday.get()) ?? Day.today() }

    package var root: String { Environment.journalRoot(dir: dir) }

    /// Loads the journal, or fails the command with exit status 2. Through the parse cache
    /// unless `cached` is false or the command was told not to.
    /// The journal, read with `workers` threads (default: one a core).
    /// With a `plan`, applications it needs only the summary of are read no further.
    package func load(paths: [String]? = nil, cached: Bool = true, workers: Int? = nil, plan: (any ReadingPlan)? = nil) -> Journal {
        do {
            return try JournalLoader.load(root: root, paths: paths, workers: workers,
                                          cacheFolder: Environment.cacheFolder(noCache: noCache || !cached), writeCacheAside: true,
                                          plan: plan)
        } catch {
            CommandFailure(error.description).exit()
        }
    }

    /// The day's actions kept beside the parse cache (`ActionMemo`), its file read on another
    /// thread from now while the journal is loaded; nil when no cache is used.
    package func actionMemo(today: Day) -> ActionMemo.ReadAhead? {
        ActionMemo.ReadAhead(root: root, folder: Environment.cacheFolder(noCache: noCache), today: today)
    }

    /// The day's agenda as JSON kept beside the parse cache (`AgendaMemo`), read the same way.
    package func agendaMemo(today: Day) -> AgendaMemo.ReadAhead? {
        AgendaMemo.ReadAhead(root: root, folder: Environment.cacheFolder(noCache: noCache), today: today)
    }

    /// Loads the journal until `found` accepts it. A file another program is saving in place
    /// at that moment can read as half a file, which is no application: while `found` fails
    /// and such a file is being saved, the journal is read again, for up to 2 s; then the
    /// command is refused (exit 1) as a write to a file being saved is, rather than fail on a
    /// name it would have found.
    ///
    /// Without the parse cache: these commands are about to write, and look for a save under
    /// way straight after reading; writing the cache in between (a flush to disk, perhaps a
    /// wait for another writer's lock on it) let a save finish unseen.
    func load(until found: (Journal) -> Bool) -> Journal {
        var journal = load(cached: false)
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        let deadline = Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9 + 2
        while !found(journal), let saving = Self.beingSaved(in: journal) {
            clock_gettime(CLOCK_MONOTONIC, &clock)
            if Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9 > deadline {
                printError("jobjournal: \(Terminal.plain(saving)): the file is being saved by another program; nothing was written. Try again in a moment.")
                Glibc.exit(ExitStatus.problems)
            }
            usleep(20_000)
            journal = load(cached: false)
        }
        return journal
    }

    /// A file of the journal that reads as no application while another program saves it.
    private static func beingSaved(in journal: Journal) -> String? {
        journal.files.first { $0.application == nil && AtomicWrite.isBeingSaved($0.displayPath) }?.displayPath
    }
}

package enum Environment {
    package static func value(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        return String(cString: raw)
    }

    /// The journal folder: `dir`, else $JOBJOURNAL_DIR, else the nearest folder upward with
    /// .jobjournal.yaml, else the current folder. Every command resolves it here. The last
    /// is a guess, so it is said once on stderr (unless `quietly`, for shell completion):
    /// run from the wrong folder, a command would otherwise read it without a word.
    static func journalRoot(dir: String?, quietly: Bool = false) -> String {
        let environment = all
        let root = JournalLoader.findRoot(dir: dir, environment: environment)
        let named = !(dir ?? "").isEmpty || !(environment["JOBJOURNAL_DIR"] ?? "").isEmpty
        if !named, !quietly, !announcedFallback,
           FileSystem.kind(of: FileSystem.join(root, Settings.fileName)) != .file {
            announcedFallback = true
            printError("jobjournal: no \(Settings.fileName) found; reading \(FileSystem.currentDirectory()) as the journal")
        }
        return root
    }

    /// Where the parse cache is kept (`$XDG_CACHE_HOME/jobjournal`, else `~/.cache/jobjournal`),
    /// or nil with --no-cache or `JOBJOURNAL_NO_CACHE` set (to anything but empty or 0).
    package static func cacheFolder(noCache: Bool) -> String? {
        if noCache { return nil }
        if let off = value("JOBJOURNAL_NO_CACHE"), !off.isEmpty, off != "0" { return nil }
        var environment: [String: String] = [:]
        for name in ["XDG_CACHE_HOME", "HOME"] { environment[name] = value(name) }
        return CacheFile.folder(environment: environment)
    }

    /// Whether the fallback to the current folder has been said; a command says it once.
    nonisolated(unsafe) private static var announcedFallback = false

    static var all: [String: String] {
        var result: [String: String] = [:]
        for name in ["JOBJOURNAL_DIR", "JOBJOURNAL_TODAY", "NO_COLOR", "COLUMNS", "TERM"] {
            if let v = value(name) { result[name] = v }
        }
        return result
    }
}
