import ArgumentParser
import JobJournalCLI
import JobJournalCore
import JobJournalImport

import Glibc

extension Migrate {
    /// Rewrites the files (or shows the diffs) and says what changed in each.
    func work() throws {
        let outcomes = NoteMigration.run(journal.load(), paths: files.isEmpty ? nil : Set(files), dryRun: write.dryRun,
                                         hook: testHook(), safeguards: testSafeguards())
        let summary = NoteMigration.summary(outcomes, dryRun: write.dryRun)
        writeOut(summary.output)
        if !summary.errors.isEmpty { printError(summary.errors) }
        if outcomes.contains(where: { $0.failure != nil }) { Glibc.exit(ExitStatus.failure) }
        if outcomes.contains(where: { $0.refusal != nil }) { Glibc.exit(ExitStatus.problems) }
    }
}
