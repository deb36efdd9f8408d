import JobJournalCore
import JobJournalPlaybook

/// The reference-check table for a terminal, grouped by application.
public enum ReferencesText {
    public static func render(_ statuses: [ReferenceStatus], style: TextStyle = TextStyle()) -> String {
        if statuses.isEmpty { return ReportWording.noReferences(openOnly: false) + "\n" }
        var out = ""
        var groups: [(String, [ReferenceStatus])] = []
        for s in statuses {
            if groups.last?.0 == s.application { groups[groups.count - 1].1.append(s) } else { groups.append((s.application, [s])) }
        }
        let nameWidth = min(28, statuses.map { TextStyle.columns(Terminal.plain($0.reference)) }.max() ?? 0)
        for (_, group) in groups {
            let first = group[0]
            if !out.isEmpty { out += "\n" }
            var heading = ReportWording.application(Terminal.plain(first.company), Terminal.plain(first.position))
            if first.status.isClosed { heading += " (\(first.status.rawValue))" }
            let summary = group.calledSummary
            out += style.paint(TextStyle.truncate(heading, to: style.width - TextStyle.columns(summary) - 4), .bold)
            out += style.paint("  \(summary)", .dim) + "\n"
            for s in group {
                let name = TextStyle.truncate(Terminal.plain(s.reference), to: nameWidth)
                let padded = name + String(repeating: " ", count: max(0, nameWidth - TextStyle.columns(name)))
                var state = ReportWording.state(of: s)
                switch s.state {
                case .called: state = style.paint(state, .green)
                case .notBriefed: state = style.paint(state, .yellow)
                case .briefed: break
                }
                out += "  \(padded)  \(state)\n"
            }
        }
        return out
    }
}
