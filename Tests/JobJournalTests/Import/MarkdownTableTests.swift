import Testing
@testable import JobJournalImport

@Suite("Markdown pipe tables")
struct MarkdownTableTests {
    @Test("cells split at pipes, not at an escaped one or one in a code span; the outer pipes are optional")
    func cells() {
        #expect(MarkdownTable.cells("| a | b \\| c | `x|y` |") == ["a", "b | c", "`x|y`"])
        #expect(MarkdownTable.cells("a | b") == ["a", "b"])
        #expect(MarkdownTable.cells("| a | `unclosed | b |") == ["a", "`unclosed", "b"])
        #expect(MarkdownTable.cells("| ``a`|`b`` | c |") == ["``a`|`b``", "c"])
    }

    @Test("a delimiter row is dashes with optional colons, one a cell")
    func delimiterRows() {
        #expect(MarkdownTable.delimiterRow("|---|:--|:-:|--:|") == 4)
        #expect(MarkdownTable.delimiterRow("--- | ---") == 2)
        #expect(MarkdownTable.delimiterRow("| a | --- |") == nil)
        #expect(MarkdownTable.delimiterRow("| | |") == nil)
    }

    @Test("a table ends at a blank line; rows keep their file lines; a fenced table is no table")
    func tables() {
        let text = "intro\n\n```\n| Company |\n|---|\n| Fenced |\n```\n| Company | Role |\n|---|---|\n| Acme | Clerk |\n| Bolt |\n\n| After | blank |\n"
        let tables = MarkdownTable.tables(in: text, file: "t.md")
        #expect(tables.count == 1)
        #expect(tables[0].sheet.header == ["Company", "Role"])
        #expect(tables[0].sheet.rows.map(\.cells) == [["Acme", "Clerk"], ["Bolt", ""]])
        #expect(tables[0].sheet.rows.map(\.line) == [10, 11])
        #expect(tables[0].sheet.rows.map(\.number) == [2, 3])
        #expect(tables[0].problems.map(\.location.line) == [11])
    }

    @Test("a cell that is one link: its address in a link column, its text elsewhere")
    func links() {
        #expect(MarkdownTable.content("[posting](https://a.example/1)", isLink: true) == "https://a.example/1")
        #expect(MarkdownTable.content("[Acme](https://acme.example)", isLink: false) == "Acme")
        #expect(MarkdownTable.content("<https://a.example/2>", isLink: true) == "https://a.example/2")
        #expect(MarkdownTable.content("one<br>two", isLink: false) == "one\ntwo")
    }
}

@Suite("Markdown pipe tables, hostile")
struct MarkdownTableHostileTests {
    @Test("a cell over the most a cell may have is not made into text: its row is reported, the others come in")
    func longCell() {
        let long = String(repeating: "x", count: Sheet.maxCellLength + 10)
        let text = "| Company | Notes |\n|---|---|\n| Big | \(long) |\n| Small | fine |\n"
        let table = MarkdownTable.tables(in: text, file: "t.md")[0]
        // Its length as written between the pipes, the spaces around it included.
        #expect(Sheet.LongCells.length(table.sheet.rows[0].cells[1]) == Sheet.maxCellLength + 12)
        let imported = SheetImport(table.sheet, file: "t.md", options: .init())
        #expect(imported.applications.map(\.company) == ["Small"])
        #expect(imported.problems.filter { $0.severity == .error }.map(\.location.line) == [3])
    }

    @Test("many unmatched backtick runs are looked for once each")
    func backticks() {
        let line = (1...300).map { String(repeating: "`", count: $0) }.joined(separator: " a ") + " | b"
        #expect(MarkdownTable.cells(Substring(line)).count == 2)
    }
}
