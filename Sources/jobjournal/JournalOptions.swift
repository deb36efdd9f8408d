import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

import Glibc

/// Options every command that reads the journal takes.
struct JournalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The journal folder (default: $JOBJOURNAL_DIR, else the nearest folder upward with .jobjournal.yaml, else the current folder).", valueName: "dir"))
    var dir: String?

    @Option(name: .long, help: ArgumentHelp("The day to treat as today, YYYY-MM-DD (default: $JOBJOURNAL_TODAY, else the local date).", valueName: "date"))
    var today: String?

    func validate() throws {
        if case .failure(let error) = resolvedToday { throw ValidationError(error.description) }
    }

    private var resolvedToday: Result<Day, Today.UsageError> {
        Today.resolve(option: today, environment: Environment.value("JOBJOURNAL_TODAY"))
    }

    /// Today's date: --today, else JOBJOURNAL_TODAY, else the local calendar day (validated
    /// before any command runs).
    var day: Day { (try? resolvedToday.get()) ?? Day.today() }

    var root: String { Environment.journalRoot(dir: dir) }

    /// Loads the journal, or fails the command with exit status 2.
    func load(paths: [String]? = nil) -> Journal {
        do {
            return try JournalLoader.load(root: root, paths: paths)
        } catch {
            CommandFailure(error.description).exit()
        }
    }
}

enum Environment {
    static func value(_ name: String) -> String? {
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
