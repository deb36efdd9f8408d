import JobJournalCLI
import JobJournalCore
import JobJournalIO
import JobJournalImport

extension Export {
    /// `export --format csv`: the sheet, to standard output or replacing --output whole.
    func work() throws {
        let bytes = CSVExport.sheet(journal.load(), today: journal.day)
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
}
