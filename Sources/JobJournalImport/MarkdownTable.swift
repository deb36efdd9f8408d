import JobJournalCore

/// The pipe tables of a Markdown file (GitHub's table extension: a header row, a delimiter
/// row of `---`, `:--`, `:-:` cells, then one row a line until a blank line or a line without
/// a `|`), each as a `Sheet`, so that a table kept in a notes app imports as a spreadsheet
/// does. A cell splits at every `|` except an escaped one (`\|`) or one inside a code span
/// (`` `a|b` ``); a row with too few cells is read with the rest empty (and said), one with
/// too many as a sheet's is. Tables inside fenced code blocks are not tables. A cell that is
/// one link (`[posting](https://...)`, `<https://...>`) is its address in a link column and
/// its text elsewhere; `<br>` is a line break, as tables write one.
package enum MarkdownTable {
    package struct Table: Sendable {
        package var sheet: Sheet
        /// Rows with fewer cells than the header.
        package var problems: [Diagnostic]
    }

    /// The tables of a file's text, in order. Lines and cells are found by their bytes (`|`,
    /// `\`, `` ` `` and the line break are ASCII), so a 50 MB line costs a pass or two over
    /// it, and a cell over `Sheet.maxCellLength` is never made into text: it becomes the
    /// marker that has `SheetImport` report its row.
    package static func tables(in text: String, file: String, map: [String: String] = [:]) -> [Table] {
        let bytes = Array(text.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (k, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(bytes[start..<k])
            start = k + 1
        }
        lines.append(bytes[start...])
        lines = lines.map { line in
            var line = line
            if line.last == 0x0D { line = line.dropLast() }
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            return line
        }
        let pipe = UInt8(ascii: "|")
        var tables: [Table] = []
        var fence: [UInt8]? = nil
        var i = 0
        while i < lines.count {
            let trimmed = lines[i].drop { $0 == 0x20 }
            if let open = fence {
                if trimmed.starts(with: open) { fence = nil }
                i += 1
                continue
            }
            if trimmed.starts(with: Array("```".utf8)) || trimmed.starts(with: Array("~~~".utf8)) {
                fence = Array(trimmed.prefix { $0 == trimmed.first })
                i += 1
                continue
            }
            guard i + 1 < lines.count, lines[i].contains(pipe), let widths = delimiterRow(lines[i + 1]) else {
                i += 1
                continue
            }
            let header = cells(lines[i])
            guard header.count == widths else {
                i += 1
                continue
            }
            let columns = header.map { SheetColumn.of($0, map: map) }
            var rows: [Sheet.Row] = []
            var problems: [Diagnostic] = []
            var j = i + 2
            while j < lines.count, lines[j].contains(pipe), !lines[j].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                var row = cells(lines[j])
                let number = j - i  // the header is row 1, as in a sheet; the delimiter row is no row
                if row.count < header.count {
                    problems.append(Diagnostic(file: file, line: j + 1, .warning,
                        "row \(number): the row has \(row.count) cells and the header \(header.count); the missing cells were read as empty", id: "import-row"))
                    row += Array(repeating: "", count: header.count - row.count)
                }
                row = row.enumerated().map { k, cell in content(cell, isLink: k < columns.count && columns[k] == .link) }
                if row.contains(where: { !$0.isEmpty }) { rows.append(Sheet.Row(number: number, line: j + 1, cells: row)) }
                j += 1
            }
            tables.append(Table(sheet: Sheet(header: header, rows: rows, delimiter: "|"), problems: problems))
            i = j
        }
        return tables
    }

    static func delimiterRow(_ line: Substring) -> Int? { delimiterRow(Array(line.utf8)[...]) }

    static func cells(_ line: Substring) -> [String] { cells(Array(line.utf8)[...]) }

    /// The number of cells of a delimiter row (`| --- | :---: |`), or nil when the line is not one.
    static func delimiterRow(_ line: ArraySlice<UInt8>) -> Int? {
        guard line.count < 10_000, line.contains(UInt8(ascii: "-")) else { return nil }
        let parts = cells(line)
        guard !parts.isEmpty else { return nil }
        for part in parts {
            var body = Substring(part)
            if body.hasPrefix(":") { body = body.dropFirst() }
            if body.hasSuffix(":") { body = body.dropLast() }
            guard !body.isEmpty, body.allSatisfy({ $0 == "-" }) else { return nil }
        }
        return parts.count
    }

    /// A row's cells, trimmed: split at each `|` that is not escaped and not in a code span,
    /// the pipes at either end of the row dropped.
    static func cells(_ line: ArraySlice<UInt8>) -> [String] {
        let pipe = UInt8(ascii: "|"), tick = UInt8(ascii: "`"), backslash = UInt8(ascii: "\\")
        var chars = line
        while let f = chars.first, f == 0x20 || f == 0x09 { chars = chars.dropFirst() }
        while let l = chars.last, l == 0x20 || l == 0x09 { chars = chars.dropLast() }
        let b = Array(chars)
        var cells: [[UInt8]] = []
        var cell: [UInt8] = []
        var ticks = 0  // the length of the backtick run that opened the code span, 0 outside one
        var dropped = 0  // bytes of a long cell not kept
        var lengths: [Int] = []
        var unclosed: Set<Int> = []  // run lengths no later run closes: looked for once each
        var k = 0
        while k < b.count {
            let c = b[k]
            if c == backslash, k + 1 < b.count, b[k + 1] == pipe {
                cell.append(pipe)
                k += 2
                continue
            }
            if c == tick {
                var run = 0
                while k + run < b.count, b[k + run] == tick { run += 1 }
                if ticks == 0 {
                    // A span opens only if the same run closes it later on the line.
                    if !unclosed.contains(run) {
                        if hasClosing(b, from: k + run, run: run) { ticks = run } else { unclosed.insert(run) }
                    }
                } else if run == ticks {
                    ticks = 0
                }
                cell += b[k..<(k + run)]
                k += run
                continue
            }
            if c == pipe, ticks == 0 {
                cells.append(cell)
                lengths.append(cell.count + dropped)
                cell = []
                dropped = 0
                k += 1
                continue
            }
            // Past the most a cell may have, only its length matters.
            if cell.count <= Sheet.maxCellLength { cell.append(c) } else { dropped += 1 }
            k += 1
        }
        cells.append(cell)
        lengths.append(cell.count + dropped)
        var texts = cells.enumerated().map { index, bytes in
            let length = lengths[index]
            if length > Sheet.maxCellLength { return Sheet.LongCells.marker + String(length) }
            return String(decoding: bytes, as: UTF8.self).trimmingSpaces
        }
        if b.first == pipe { texts.removeFirst() }
        if b.count > 1, b.last == pipe, b[b.count - 2] != backslash { texts.removeLast() }
        return texts
    }

    private static func hasClosing(_ b: [UInt8], from start: Int, run: Int) -> Bool {
        var k = start
        while k < b.count {
            guard b[k] == UInt8(ascii: "`") else {
                k += 1
                continue
            }
            var length = 0
            while k + length < b.count, b[k + length] == UInt8(ascii: "`") { length += 1 }
            if length == run { return true }
            k += length
        }
        return false
    }

    /// A cell's text: one link as its address (in a link column) or its text, `<br>` as a
    /// line break.
    static func content(_ cell: String, isLink: Bool) -> String {
        var text = cell
        for br in ["<br>", "<br/>", "<br />", "<BR>"] { text = text.replacingText(br, with: "\n") }
        if text.hasPrefix("<"), text.hasSuffix(">"), text.contains("://"), !text.contains(" ") {
            return String(text.dropFirst().dropLast())
        }
        if text.hasPrefix("["), text.hasSuffix(")"), let middle = text.firstRange(of: "]("), !text[text.index(after: text.startIndex)..<middle.lowerBound].contains("]") {
            let label = String(text[text.index(after: text.startIndex)..<middle.lowerBound])
            let address = String(text[middle.upperBound..<text.index(before: text.endIndex)])
            return isLink ? address : label
        }
        return text
    }
}

extension String {
    fileprivate func replacingText(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = Substring(self)
        while let found = rest.firstRange(of: target) {
            out += rest[..<found.lowerBound]
            out += replacement
            rest = rest[found.upperBound...]
        }
        return out + rest
    }
}

/// `import markdown`: a file's tables read as sheets are.
package enum MarkdownTableImport {
    package enum Failure: Error, Sendable, CustomStringConvertible {
        case sheet(Sheet.Failure)
        case noTable

        package var description: String {
            switch self {
            case .sheet(let failure): return failure.description
            case .noTable: return "the file has no pipe table (a header row, then a row of ---)"
            }
        }

        package var line: Int { if case .sheet(let failure) = self { return failure.line } else { return 1 } }
        package var column: Int { if case .sheet(let failure) = self { return failure.column } else { return 1 } }
    }

    /// Each table whose header names the employer, as `import csv` reads a sheet (the first
    /// table, with the error saying so, when none does).
    package static func imports(_ bytes: [UInt8], file: String, options: SheetImport.Options) throws(Failure) -> [SheetImport] {
        guard bytes.count <= Sheet.maxBytes else { throw .sheet(.tooLarge(bytes.count)) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = Sheet.firstInvalidUTF8(bytes[...]) ?? (1, 1)
            throw .sheet(.notUTF8(line: bad.line, column: bad.column))
        }
        let tables = MarkdownTable.tables(in: text, file: file, map: options.map)
        guard let first = tables.first else { throw .noTable }
        let useful = tables.filter { $0.sheet.header.contains { SheetColumn.of($0, map: options.map) == .company } }
        return (useful.isEmpty ? [first] : useful).map { table in
            var imported = SheetImport(table.sheet, file: file, options: options)
            imported.problems += table.problems
            return imported
        }
    }
}
