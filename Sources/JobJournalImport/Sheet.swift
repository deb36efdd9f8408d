import CSV
import JobJournalCore

/// A spreadsheet as rows of text cells, read from CSV bytes by yaslab's CSV.swift: a header
/// row, then one row a record, each with the line of the file it starts on (a quoted cell
/// may run over several lines). The delimiter (`,` `;` or tab) is the one the header uses
/// most outside quotes; a byte order mark is dropped; CRLF and LF both end a row.
package struct Sheet: Sendable {
    package struct Row: Sendable {
        /// The row's number as a spreadsheet shows it: the header is row 1.
        package var number: Int
        /// The line of the file the row starts on.
        package var line: Int
        package var cells: [String]
    }

    package var header: [String]
    package var rows: [Row]
    package var delimiter: Unicode.Scalar

    /// The most bytes a sheet may have: far more than any search, little enough to read whole.
    package static let maxBytes = 256 << 20
    /// The most characters a cell may have; a longer one makes its row unreadable.
    package static let maxCellLength = 1 << 20

    package enum Failure: Error, Sendable, CustomStringConvertible {
        case tooLarge(Int)
        case notUTF8(line: Int, column: Int)
        case empty

        package var description: String {
            switch self {
            case .tooLarge(let bytes):
                return "the file has \(bytes) bytes, more than the \(Sheet.maxBytes >> 20) MiB a sheet may have"
            case .notUTF8:
                return "the file is not UTF-8 text; save or export it as UTF-8 (CSV UTF-8) and import it again"
            case .empty:
                return "the file has no header row"
            }
        }

        package var line: Int {
            if case .notUTF8(let line, _) = self { return line }
            return 1
        }

        package var column: Int {
            if case .notUTF8(_, let column) = self { return column }
            return 1
        }
    }

    /// Reads CSV (or TSV) bytes. Rows with no text in any cell are left out.
    package static func read(_ bytes: [UInt8]) throws(Failure) -> Sheet {
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes.count) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let valid = String(validating: body, as: UTF8.self) else {
            let bad = firstInvalidUTF8(body) ?? (1, 1)
            throw .notUTF8(line: bad.line, column: bad.column)
        }
        let delimiter = guessDelimiter(body)
        let text = LongCells.cut(body, delimiter: UInt8(delimiter.value)).map { String(decoding: $0, as: UTF8.self) } ?? valid
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true, delimiter: delimiter)
        } catch {
            throw .empty
        }
        guard let header = reader.next(), header.contains(where: { !$0.isEmpty }) else { throw .empty }
        var line = 1 + newlines(in: header)
        var rows: [Row] = []
        var number = 1
        while let cells = reader.next() {
            number += 1
            let start = line + 1
            line = start + newlines(in: cells)
            if cells.allSatisfy(\.isEmpty) { continue }
            rows.append(Row(number: number, line: start, cells: cells))
        }
        return Sheet(header: header, rows: rows, delimiter: delimiter)
    }

    /// Cells too long to import, cut before the CSV reader sees them (it would take its time
    /// over a 50 MB cell, a character at a time): each becomes a marker with its length and
    /// its line breaks, so the rows after it keep their line numbers.
    package enum LongCells {
        package static let marker = "\u{1}jobjournal-long-cell:"

        /// The bytes with each long cell replaced, or nil when there is none.
        static func cut(_ bytes: ArraySlice<UInt8>, delimiter: UInt8) -> [UInt8]? {
            var long: [(range: Range<Int>, newlines: Int)] = []
            bytes.withUnsafeBufferPointer { buffer in
                var start = 0, newlines = 0, quoted = false
                for i in 0..<buffer.count {
                    let byte = buffer[i]
                    if byte == 0x22 { quoted.toggle() }
                    if byte == 0x0A { newlines += 1 }
                    if !quoted && (byte == delimiter || byte == 0x0A || byte == 0x0D) {
                        if i - start > Sheet.maxCellLength { long.append((start..<i, newlines - (byte == 0x0A ? 1 : 0))) }
                        start = i + 1
                        newlines = 0
                    }
                }
                if buffer.count - start > Sheet.maxCellLength { long.append((start..<buffer.count, newlines)) }
            }
            guard !long.isEmpty else { return nil }
            var out: [UInt8] = []
            var from = 0
            let base = Array(bytes)
            for cell in long {
                out += base[from..<cell.range.lowerBound]
                let quotes = base[cell.range.lowerBound] == 0x22 && base[cell.range.upperBound - 1] == 0x22 ? 2 : 0
                out += Array("\"\(marker)\(cell.range.count - quotes)\(String(repeating: "\n", count: cell.newlines))\"".utf8)
                from = cell.range.upperBound
            }
            out += base[from...]
            return out
        }

        /// The length of the cell a marker stands for, or nil for any other cell.
        package static func length(_ cell: String) -> Int? {
            guard cell.hasPrefix(marker) else { return nil }
            return Int(cell.dropFirst(marker.count).prefix { $0.isNumber })
        }
    }

    /// `,` `;` or tab: whichever the first line has most of outside double quotes (`,` when none).
    static func guessDelimiter(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        for byte in bytes {
            if byte == 0x22 { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A || byte == 0x0D { break }
            if counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = [UInt8(0x2C), 0x3B, 0x09].max { counts[$0]! < counts[$1]! }!
        return counts[best]! == 0 ? "," : Unicode.Scalar(best)
    }

    private static func newlines(in cells: [String]) -> Int {
        var count = 0
        for cell in cells { for byte in cell.utf8 where byte == 0x0A { count += 1 } }
        return count
    }

    /// Where the first byte that is not UTF-8 is, as a line and a 1-based byte column.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (line: Int, column: Int)? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        var lineStart = 0
        var consumed = 0
        var scalarStart = 0
        while true {
            scalarStart = consumed
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    lineStart = consumed
                }
            case .emptyInput:
                return nil
            case .error:
                return (line, scalarStart - lineStart + 1)
            }
        }
    }
}
