import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

import Glibc

/// `--dry-run`, for every command that writes.
package struct WriteOptions: ParsableArguments {
    package init() {}

    @Flag(help: "Print the change as a unified diff and write nothing.")
    package var dryRun = false
}

/// The exit statuses of the commands that write, as their help says.
let writeExitStatus = """
    EXIT STATUS
      0  written (with --dry-run: the diff printed, nothing written)
      1  refused because of the file: its front matter has errors, the YAML cannot be \
    patched line by line (flow mappings, anchors), or it changed on disk meanwhile; \
    nothing was written
      2  bad usage, an unknown or ambiguous APP or action id, or the file could not be \
    read or written
    """

/// Whether `name` designates an application that reads without errors in `journal`.
func designatesApplication(_ name: String, in journal: Journal) -> Bool {
    if case .success(let file) = ApplicationLookup.find(name, in: journal) { return file.application != nil }
    return false
}

/// The application file `name` designates, or the command fails with status 2.
func findApplication(_ name: String, in journal: Journal) -> ParsedFile {
    switch ApplicationLookup.find(name, in: journal) {
    case .success(let file): return file
    case .failure(let failure): CommandFailure(failure.description).exit()
    }
}

/// Edits an application file: locks it, reads it again, lets `change` compute the edits
/// from what it read, checks the result, and writes it atomically (or prints the diff).
/// A refusal exits 1 and an I/O failure 2, with nothing written.
func edit(_ file: ParsedFile, dryRun: Bool,
          _ change: (EditableFile) throws(EditRefusal) -> (edits: [LineEdit], summary: String)) {
    let path = file.displayPath
    do {
        let outcome = try AtomicWrite.update(path, dryRun: dryRun, hook: testHook(), safeguards: testSafeguards()) { bytes throws(EditRefusal) in
            let editable = EditableFile(bytes: bytes, path: file.path, displayPath: path)
            let (edits, summary) = try change(editable)
            let edited = try editable.applying(edits)
            let changed = edited.lines.bytes != bytes
            return (edited.lines.bytes, (editable.lines, changed ? edits : [], summary))
        }
        // The path, the summary (a log message, a value) and the diff's lines come from
        // the user and the file: their control characters are shown, not sent.
        if outcome.1.isEmpty {
            writeOut(Terminal.plain("\(path): nothing to change") + "\n")
        } else if dryRun {
            writeOut(Terminal.plainLines(String(decoding: UnifiedDiff.render(outcome.0, outcome.1, path: Terminal.plain(path)), as: UTF8.self)))
        } else {
            writeOut(Terminal.plain("\(path): \(outcome.2)") + "\n")
        }
    } catch {
        fail(error, path: path)
    }
}

/// KEY of `set` and `unset` read as a place in the front matter, or the usage error.
func keyPath(_ key: String) throws -> YAMLPath {
    do { return try YAMLPath(parsing: key) } catch { throw ValidationError(error.message) }
}

/// `set` and `unset`: APP found, and `change` made at KEY through `edit`, once `check` passed
/// and unless KEY is a top-level key jobjournal does not read (then only with `force`).
func editKey(_ key: String, of app: String, journal: JournalOptions, write: WriteOptions, force: Bool,
             check: (EditableFile, YAMLPath) throws(EditRefusal) -> Void,
             change: (EditableFile, YAMLPath) throws(EditRefusal) -> (edits: [LineEdit], summary: String)) throws {
    let path = try keyPath(key)
    let loaded = journal.load { designatesApplication(app, in: $0) }
    let file = findApplication(app, in: loaded)
    let settings = loaded.settings
    edit(file, dryRun: write.dryRun) { file throws(EditRefusal) in
        try check(file, path)
        if !force, let unknown = file.unknownKey(path, settings: settings) { throw EditRefusal(unknown) }
        return try change(file, path)
    }
}

/// Ends the command after a write that did not happen: status 1 when the file's content
/// refused it, 2 when the file system failed.
package func fail(_ failure: AtomicWrite.Failure, path: String) -> Never {
    switch failure {
    case .refused(let refusal):
        printError("jobjournal: \(refusal.reported(for: Terminal.plain(path)))")
        Glibc.exit(ExitStatus.problems)
    case .io(let message):
        CommandFailure(message).exit()
    }
}

/// The test hooks documented in docs/editing.md. `JOBJOURNAL_TEST_CRASH_AT=after-temp-write`
/// (or `before-rename`, `after-rename`) ends the process at that step of a write, as a crash
/// would, so tests can see that the file is whole, old or new. `JOBJOURNAL_TEST_PAUSE_AT`
/// stops the process there (SIGSTOP) until it is continued (SIGCONT), so a test can change
/// the file meanwhile, as another program would.
package func testHook() -> AtomicWrite.Hook? {
    let crash = Environment.value("JOBJOURNAL_TEST_CRASH_AT").flatMap(AtomicWrite.Step.init(rawValue:))
    let pause = Environment.value("JOBJOURNAL_TEST_PAUSE_AT").flatMap(AtomicWrite.Step.init(rawValue:))
    guard crash != nil || pause != nil else { return nil }
    return { step in
        if step == pause { raise(SIGSTOP) }
        if step == crash { _exit(99) }
        return true
    }
}

/// `JOBJOURNAL_TEST_WITHOUT=leases,exchange` (either or both) turns a guard against another
/// program's save off, so that the torture test can measure what each one is for
/// (docs/reliability.md). For tests only.
package func testSafeguards() -> AtomicWrite.Safeguards {
    guard let without = Environment.value("JOBJOURNAL_TEST_WITHOUT") else { return .all }
    let names = without.split(separator: ",")
    return AtomicWrite.Safeguards(leases: !names.contains("leases"), exchange: !names.contains("exchange"))
}

/// A day option: YYYY-MM-DD, or the usage error.
package func parseDay(_ text: String?, option: String) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day(iso: text) else { throw ValidationError("\(option) should be a day written YYYY-MM-DD, not '\(text)'") }
    return day
}
