import JobJournalCore

/// A table for the terminal: each column as wide as its widest cell, and when the table is
/// wider than the terminal, the widest text column cut down (an ellipsis at a word boundary)
/// until it fits. Widths are terminal columns counted before colour, so neither escape codes
/// nor wide characters misalign it.
package struct TextTable {
    struct Column {
        var title: String
        /// Whether the column may be cut to fit; dates and counts never are.
        var shrinks: Bool = true
    }

    struct Cell {
        var text: String
        var color: Terminal.Color?

        init(_ text: String, _ color: Terminal.Color? = nil) {
            self.text = text
            self.color = color
        }
    }

    var columns: [Column]
    var rows: [[Cell]] = []
    /// Spaces before the first column.
    var indent = 2
    static let gap = 2
    /// No column is cut narrower than this.
    static let minimumWidth = 8

    init(_ columns: [Column]) { self.columns = columns }

    mutating func add(_ cells: [Cell]) { rows.append(cells) }

    /// Column widths that fit `width`, cutting the widest shrinkable column a column at a time.
    func widths(fitting width: Int) -> [Int] {
        var widths = columns.map { TextStyle.columns($0.title) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextStyle.columns(cell.text)) }
        }
        var total = indent + widths.reduce(0, +) + TextTable.gap * max(0, columns.count - 1)
        while total > width {
            let candidates = widths.indices.filter { columns[$0].shrinks && widths[$0] > TextTable.minimumWidth }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            total -= 1
        }
        return widths
    }

    /// The header line and one line per row, without trailing spaces.
    func render(style: TextStyle) -> (header: String, rows: [String]) {
        let widths = widths(fitting: style.width)
        let lead = String(repeating: " ", count: indent)
        func line(_ cells: [Cell], header: Bool) -> String {
            var out = lead
            for (i, cell) in cells.enumerated() where i < widths.count {
                let text = TextStyle.truncate(cell.text, to: widths[i])
                let last = i == cells.count - 1
                let padding = last ? "" : String(repeating: " ", count: widths[i] - TextStyle.columns(text) + TextTable.gap)
                if header {
                    out += text + padding
                } else {
                    out += (cell.color.map { style.paint(text, $0) } ?? text) + padding
                }
            }
            while out.hasSuffix(" ") { out.removeLast() }
            return header ? style.paint(out, .dim) : out
        }
        return (line(columns.map { Cell($0.title) }, header: true), rows.map { line($0, header: false) })
    }
}
