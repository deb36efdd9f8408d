import JobJournalCore
import JobJournalEdit
import JobJournalIO

/// `jobjournal migrate`: rewrites the applications of a journal that are written in other
/// tools' shapes into this format, in place, each through the same locked, atomic write as
/// `set`. YAML front matter gets `FrontMatterMigration`'s line edits; TOML front matter
/// (`TOMLFrontMatter`) becomes YAML first, then the same. A file already in this format is
/// not touched, so a second run changes nothing. It lives here rather than in the Edit layer
/// because TOML is read by TOMLKit, which only this layer links.
package enum NoteMigration {
    /// What happened to one file.
    package struct Outcome: Sendable {
        package var path: String
        package var changes: [String] = []
        package var leftAlone: [String] = []
        /// The unified diff, with `dryRun`.
        package var diff: [UInt8] = []
        /// Why nothing was written, when the file's content refused the change.
        package var refusal: EditRefusal? = nil
        /// A write or read that failed.
        package var failure: String? = nil
    }

    /// The edits that bring `bytes` into this format, and what they change.
    package static func plan(_ bytes: [UInt8], path: String, displayPath: String, settings: Settings) throws(EditRefusal)
        -> (edits: [LineEdit], changes: [String], leftAlone: [String])
    {
        let file = EditableFile(bytes: bytes, path: path, displayPath: displayPath)
        guard file.parsed.skipped == .toml else {
            guard file.parsed.isApplication else { return ([], [], []) }
            let migration = file.migration(settings: settings)
            return (migration.edits, migration.changes, migration.leftAlone)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw EditRefusal("the file is not UTF-8 text; nothing was written") }
        let toml: TOMLFrontMatter
        do {
            guard let read = try TOMLFrontMatter.read(text) else { return ([], [], []) }
            toml = read
        } catch {
            throw EditRefusal(error.message + "; nothing was written", line: error.line)
        }
        var yaml = toml.yamlLines()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { yaml[0] = "\u{FEFF}" + yaml[0] }
        let replaced = toml.lines.lowerBound..<(toml.lines.upperBound + 1)
        let converted = EditableFile(bytes: file.lines.applying([LineEdit(replacing: replaced, with: yaml)]), path: path, displayPath: displayPath)
        guard converted.parsed.isApplication else { return ([], [], []) }
        let migration = converted.migration(settings: settings)
        let final = TextLines(converted.lines.applying(migration.edits))
        let frontMatterLines = final.count - (file.lines.count - toml.lines.upperBound)
        let edit = LineEdit(replacing: replaced, with: (1...frontMatterLines).map { Array(final.line($0)) })
        let comments = toml.comments == 0 ? "" : "; its \(toml.comments) comment line\(toml.comments == 1 ? "" : "s") not carried over"
        let changes = ["lines \(toml.lines.lowerBound)-\(toml.lines.upperBound): TOML front matter → YAML between '---' lines\(comments)"]
            + migration.changes.map { "then " + $0 }
        return ([edit], changes, migration.leftAlone)
    }

    /// Migrates each application of `journal` (or only the files `paths` names, as shown or
    /// relative to the root), or with `dryRun` works out the diffs and writes nothing.
    package static func run(_ journal: Journal, paths: Set<String>? = nil, dryRun: Bool, hook: AtomicWrite.Hook? = nil,
                            safeguards: AtomicWrite.Safeguards = .all) -> [Outcome] {
        var outcomes: [Outcome] = []
        for file in journal.files where file.isApplication || file.skipped == .toml {
            if let paths, !paths.contains(file.path), !paths.contains(file.displayPath) { continue }
            let shown = Terminal.plain(file.displayPath)
            var outcome = Outcome(path: file.displayPath)
            do {
                outcome = try AtomicWrite.update(file.displayPath, dryRun: dryRun, hook: hook, safeguards: safeguards) { bytes throws(EditRefusal) in
                    let planned = try plan(bytes, path: file.path, displayPath: file.displayPath, settings: journal.settings)
                    let editable = EditableFile(bytes: bytes, path: file.path, displayPath: file.displayPath)
                    let edited = try editable.applying(planned.edits)
                    var outcome = Outcome(path: file.displayPath, changes: planned.changes, leftAlone: planned.leftAlone)
                    if dryRun, !planned.edits.isEmpty { outcome.diff = UnifiedDiff.render(editable.lines, planned.edits, path: shown) }
                    return (planned.edits.isEmpty ? nil : edited.lines.bytes, outcome)
                }
            } catch {
                switch error {
                case .refused(let refusal): outcome.refusal = refusal
                case .io(let message): outcome.failure = message
                }
            }
            outcomes.append(outcome)
        }
        return outcomes
    }

    /// What the command prints: each changed file with its changes (or, with `dryRun`, the
    /// diffs), then a count; and, for standard error, the refusals and failures.
    package static func summary(_ outcomes: [Outcome], dryRun: Bool) -> (output: String, errors: String) {
        var output = "", errors = ""
        var changed = 0, unchanged = 0
        for outcome in outcomes {
            let path = Terminal.plain(outcome.path)
            if let refusal = outcome.refusal {
                errors += "jobjournal: \(refusal.reported(for: path))\n"
                continue
            }
            if let failure = outcome.failure {
                errors += "jobjournal: \(failure)\n"
                continue
            }
            if outcome.changes.isEmpty {
                unchanged += 1
            } else {
                changed += 1
                if dryRun {
                    output += Terminal.plainLines(String(decoding: outcome.diff, as: UTF8.self))
                } else {
                    let count = outcome.changes.count
                    output += "\(path): \(count) change\(count == 1 ? "" : "s")\n"
                    for change in outcome.changes { output += "  \(Terminal.plain(change))\n" }
                }
            }
            for note in outcome.leftAlone { output += "\(path): left as it is: \(Terminal.plain(note))\n" }
        }
        let failed = outcomes.count - changed - unchanged
        let verb = dryRun ? "would change" : "changed"
        output += "\(outcomes.count) application\(outcomes.count == 1 ? "" : "s"): \(verb) \(changed), \(unchanged) already in this format"
            + (failed > 0 ? ", \(failed) not migrated" : "") + "\n"
        return (output, errors)
    }
}
