import JobJournalCore

/// A sheet's rows as applications: each column read by what its header names, dates by
/// `DateCell`, status words by the journal's own table. A row without a company is not
/// read (an error at its line); a blank position, a date in words, an unknown status word
/// are warnings, and the row still comes in.
package struct SheetImport: Sendable {
    package var applications: [ImportedApplication] = []
    package var problems: [Diagnostic] = []
    /// Columns left out, by header, with why.
    package var leftOut: [(header: String, why: String)] = []

    package struct Options: Sendable {
        package var map: [String: String] = [:]
        package var dateOrder: DateCell.Order? = nil
        package var statusMap: [String: Status] = [:]
        /// What every row's `source` is when the sheet has no such column (`LinkedIn`).
        package var source: String? = nil

        package init(map: [String: String] = [:], dateOrder: DateCell.Order? = nil, statusMap: [String: Status] = [:], source: String? = nil) {
            self.map = map
            self.dateOrder = dateOrder
            self.statusMap = statusMap
            self.source = source
        }
    }

    package init(_ sheet: Sheet, file: String, options: Options) {
        let columns = sheet.header.map { SheetColumn.of($0, map: options.map) }
        for (header, column) in zip(sheet.header, columns) {
            if column == .derived { leftOut.append((header, "jobjournal works it out from the file")) }
            if column == .ignored && !header.trimmingSpaces.isEmpty { leftOut.append((header, "left out by --map")) }
        }
        if !columns.contains(.company) {
            problems.append(Diagnostic(file: file, line: 1, .error,
                "no column names the employer (Company, Employer, Organisation...); name it with --map 'Header=company'", id: "import-columns"))
            return
        }
        if !columns.contains(.position) {
            problems.append(Diagnostic(file: file, line: 1, .warning,
                "no column names the position (Position, Job Title, Role, Title...); every position is left blank", id: "import-columns"))
        }
        // A column's numeric dates are read in the order the column proves, unless given.
        let order = options.dateOrder ?? columns.firstIndex(of: .applied).flatMap { index in
            DateCell.order(of: sheet.rows.map { index < $0.cells.count ? $0.cells[index] : "" })
        }
        for row in sheet.rows {
            let origin = ImportedApplication.Origin(file: file, row: row.number, line: row.line)
            if let long = row.cells.firstIndex(where: { Sheet.LongCells.length($0) != nil || $0.utf8.count > Sheet.maxCellLength }) {
                let length = Sheet.LongCells.length(row.cells[long]) ?? row.cells[long].utf8.count
                problems.append(origin.problem(.error, "the cell in column \(long + 1) has \(length) bytes, more than the \(Sheet.maxCellLength >> 20) MiB a cell may have; the row was not imported", id: "import-row"))
                continue
            }
            if row.cells.count > columns.count, row.cells[columns.count...].contains(where: { !$0.isEmpty }) {
                problems.append(origin.problem(.warning, "the row has \(row.cells.count) cells and the header \(columns.count); the cells past the header's were left out", id: "import-row"))
            }
            if let app = read(row, columns: columns, headers: sheet.header, origin: origin, order: order, options: options) {
                applications.append(app)
            }
        }
    }

    private mutating func read(_ row: Sheet.Row, columns: [SheetColumn], headers: [String], origin: ImportedApplication.Origin,
                               order: DateCell.Order?, options: Options) -> ImportedApplication? {
        var values: [(column: SheetColumn, header: String, text: String)] = []
        for (i, column) in columns.enumerated() where i < row.cells.count {
            let text = Self.unneutralised(row.cells[i]).trimmingSpaces
            if !text.isEmpty { values.append((column, headers[i], text)) }
        }
        func first(_ column: SheetColumn) -> String? { values.first { $0.column == column }?.text }
        guard let company = first(.company).map(Self.oneLine) else {
            problems.append(origin.problem(.error, "no employer in the row; the row was not imported", id: "import-row"))
            return nil
        }
        let position = first(.position).map(Self.oneLine) ?? ""
        var app = ImportedApplication(origin: origin, company: company, position: position)
        if position.isEmpty {
            problems.append(origin.problem(.warning, "no position in the row; imported with the position blank", id: "import-position"))
        }
        app.link = first(.link).map(Self.oneLine)
        app.notes = first(.notes)
        app.fileName = first(.file)
        if let text = first(.applied) {
            switch DateCell.read(text, order: order) {
            case .day(let day): app.applied = day
            case .ambiguous(let a, let b):
                problems.append(origin.problem(.warning, "the date '\(text)' could be \(a) or \(b); imported without the day (give --date-format DMY or MDY)", id: "import-date"))
            case .notADate:
                problems.append(origin.problem(.warning, "'\(text)' is not a date; imported without the day", id: "import-date"))
            }
        }
        if let word = first(.status) {
            switch Status.read(word, map: options.statusMap) {
            case .status(let status): app.status = status
            case .ambiguous(let readAs, let choices):
                app.status = readAs
                let names = choices.map(\.rawValue).joined(separator: ", ")
                let what = readAs.map { "read as \($0.rawValue)" } ?? "left for jobjournal to work out from the dates"
                problems.append(origin.problem(.warning, "the status '\(word)' could be \(names); \(what) (name it in status-map in .jobjournal.yaml)", id: "import-status"))
            case .unknown:
                app.fields.append(("original-status", Self.oneLine(word)))
                problems.append(origin.problem(.warning, "the status '\(word)' is not one jobjournal knows (\(Status.names)); kept as original-status (name it in status-map in .jobjournal.yaml)", id: "import-status"))
            }
        }
        let name = first(.contactName), email = first(.contactEmail), phone = first(.contactPhone)
        if name != nil || email != nil || phone != nil { app.contact = (name.map(Self.oneLine), email.map(Self.oneLine), phone.map(Self.oneLine)) }
        var written: Set<String> = []
        for value in values {
            guard case .field(let key) = value.column, !written.contains(key) else { continue }
            written.insert(key)
            app.fields.append((key, Self.oneLine(value.text)))
        }
        if let source = options.source, !written.contains("source") { app.fields.append(("source", source)) }
        return app
    }

    /// A cell as one line: a value in the front matter is one line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A cell an export neutralised (`'=SUM(A1)`) as it was.
    static func unneutralised(_ text: String) -> String {
        guard text.hasPrefix("'"), let next = text.unicodeScalars.dropFirst().first, CSVExport.formulaStarts.contains(next) else { return text }
        return String(text.dropFirst())
    }
}
