import JobJournalCore
import JobJournalPlaybook

/// Inlay hints: "thank-you due tomorrow" at the end of each line whose dates make an action.
enum InlayHintsFeature {
    static func hints(_ file: OpenFile, range: LSPRange, today: Day) -> [InlayHint] {
        var byLine: [Int: [DueAction]] = [:]
        for action in file.actions(today: today) where action.line - 1 >= range.start.line && action.line - 1 <= range.end.line {
            byLine[action.line - 1, default: []].append(action)
        }
        return byLine.keys.sorted().map { line in
            let actions = byLine[line]!
            let label = actions.map { "\($0.kind) \(DayWording.due($0.due, today: today))" }.joined(separator: "; ")
            return InlayHint(position: file.document.range(ofLine: line).end, label: label, paddingLeft: true,
                             tooltip: actions.map { "\($0.title): \($0.explain)" }.joined(separator: "\n"))
        }
    }
}
