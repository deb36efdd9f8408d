import JobJournalCore

extension DraftText {
    /// The drafts in a body: the section headed `## Drafts` up to the next heading of level
    /// one or two, split at its deeper headings. Only runs when there is such a section.
    static func collect(_ body: UnsafeRawBufferPointer, firstLine: Int, headings: [ParsedFile.Heading]) -> [DraftText] {
        guard let start = headings.firstIndex(where: { $0.level <= 2 && $0.title.lowercased() == "drafts" }) else { return [] }
        let section = headings[start]
        let end = headings[(start + 1)...].first { $0.level <= 2 }?.line ?? Int.max
        let lines = BodyLines.split(body, firstLine: firstLine, from: section.line + 1, before: end)
        var drafts: [DraftText] = []
        var current = DraftText(title: section.title, line: section.line, lines: [])
        let subheadings = headings[(start + 1)...].filter { $0.line < end }
        var next = subheadings.startIndex
        for line in lines {
            if next < subheadings.endIndex, line.number >= subheadings[next].line {
                if !current.lines.isEmpty || current.line != section.line { drafts.append(current) }
                current = DraftText(title: subheadings[next].title, line: subheadings[next].line, lines: [])
                next += 1
                continue
            }
            if !line.text.allSatisfy({ $0 == " " || $0 == "\t" }) { current.lines.append(line) }
        }
        if !current.lines.isEmpty || current.line != section.line { drafts.append(current) }
        return drafts
    }
}
