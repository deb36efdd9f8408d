import JobJournalCore

/// One application read from another tool's data, before it becomes a file: what the
/// template takes (company, position, applied, link) and what goes in after it.
package struct ImportedApplication: Sendable {
    /// Where it came from, for messages: `Job Applications.csv`, row 7, line 9.
    package var origin: Origin
    package var company: String
    package var position: String
    package var status: Status?
    package var applied: Day?
    package var link: String?
    /// Other top-level keys, in order: `location`, `salary`, `source`, the user's own.
    package var fields: [(key: String, value: String)] = []
    /// A contact at the employer.
    package var contact: (name: String?, email: String?, phone: String?)? = nil
    /// Text for `## Notes`.
    package var notes: String? = nil
    /// A file name the data asks for (`File` in an export); used when it is a safe name.
    package var fileName: String? = nil
    /// Interviews, by day (a tracker's stages that are interviews), with their round.
    package var interviews: [(date: Day, round: Int?)] = []
    /// The day a verbal offer came (a tracker's negotiation stage).
    package var offerVerbal: Day? = nil
    /// Entries for `## Log`, in order: `- DAY text`.
    package var log: [(day: Day, text: String)] = []

    package struct Origin: Sendable, Hashable {
        package var file: String
        package var row: Int
        package var line: Int

        package init(file: String, row: Int, line: Int) {
            self.file = file
            self.row = row
            self.line = line
        }
    }

    package init(origin: Origin, company: String, position: String) {
        self.origin = origin
        self.company = company
        self.position = position
    }

    /// A warning or an error about this row, at its line.
    package func problem(_ severity: Diagnostic.Severity, _ message: String, id: String) -> Diagnostic {
        origin.problem(severity, message, id: id)
    }
}

extension ImportedApplication.Origin {
    package func problem(_ severity: Diagnostic.Severity, _ message: String, id: String) -> Diagnostic {
        Diagnostic(file: file, line: line, severity, "row \(row): " + message, id: id)
    }
}
