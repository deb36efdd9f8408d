import ArgumentParser
import JobJournalCLI
import JobJournalCore
import JobJournalIO
import JobJournalImport

extension Export {
    /// `export activity` takes this --format too (through @ParentCommand).
    func check() throws {
        guard ActivityExport.Format(rawValue: format) != nil else { throw ValidationError("--format should be csv, markdown or html, not '\(format)'") }
    }

    /// `export --format csv`: the sheet, to standard output or replacing --output whole.
    func work() throws {
        guard format == "csv" else { throw ValidationError("--format should be csv, not '\(format)' (markdown and html are formats of 'export activity')") }
        let bytes = CSVExport.sheet(journal.load(), today: journal.day)
        deliver(bytes, to: output)
    }
}

extension ExportActivity {
    /// The work-search log from --from to --to, in export's --format.
    func work() throws {
        let last = try parseDay(to, option: "--to") ?? journal.day
        let first = try parseDay(from, option: "--from") ?? last.adding(days: -30)
        let bytes = ActivityExport.write(ActivityLog(journal.load(), from: first, to: last), as: ActivityExport.Format(rawValue: export.format) ?? .csv)
        deliver(bytes, to: export.output)
    }
}

/// An export's bytes: to standard output, or replacing `output` whole.
private func deliver(_ bytes: [UInt8], to output: String?) {
    guard let output else {
        var standardOutput = FileDescriptorSink(fd: 1)
        standardOutput.write(bytes)
        return
    }
    do {
        try AtomicWrite.replace(output, hook: testHook()) { $0.write(bytes) }
    } catch {
        fail(error, path: output)
    }
}
