import JobJournalCore

/// The statistics for a terminal: compact tables, one under each heading, the misses and a
/// sparkline as wrapped lines below them. Used whole by `stats` and as the report's section.
public enum StatisticsText {
    /// `stats`'s output: its title, the summary line, then the tables.
    public static func render(_ stats: Statistics, style: TextStyle = TextStyle()) -> String {
        let document = StatisticsDocument(stats)
        var out = style.paint(ReportWording.statisticsTitle(on: stats.today), .bold) + "\n"
        out += TextStyle.wrap(document.summary, width: style.width, indent: "") + "\n\n"
        return out + tables(document, style: style)
    }

    /// The report's section: the summary, then the tables.
    static func section(_ stats: Statistics, style: TextStyle) -> String {
        let document = StatisticsDocument(stats)
        return TextStyle.wrap(document.summary, width: style.width, indent: "  ") + "\n\n" + tables(document, style: style)
    }

    static func tables(_ document: StatisticsDocument, style: TextStyle) -> String {
        document.tables.map { table in
            var out = style.paint(table.title, .bold) + "\n"
            if table.rows.isEmpty, let empty = table.empty { return out + "  \(empty)\n" }
            var text = TextTable(table.columns.enumerated().map { i, title in .init(title: title, shrinks: i == 0) })
            for row in table.rows { text.add(row.map { .init(Terminal.plain($0)) }) }
            let lines = text.render(style: style)
            out += lines.header + "\n" + lines.rows.map { $0 + "\n" }.joined()
            for note in table.notes { out += TextStyle.wrap(Terminal.plain(note), width: style.width, indent: "  ") + "\n" }
            return out
        }.joined(separator: "\n")
    }
}
