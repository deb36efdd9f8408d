import JobJournalCore
import JobJournalPlaybook

/// The agenda for a terminal: overdue, today, then upcoming, one action a line or two.
public enum AgendaText {
    public static func render(_ actions: [DueAction], today: Day, explain: Bool = false, style: TextStyle = TextStyle()) -> String {
        if actions.isEmpty { return "Nothing due. (as of \(TextStyle.day(today)))\n" }
        var out = ""
        for timing in DueAction.Timing.allCases {
            let group = actions.filter { $0.status == timing }
            guard !group.isEmpty else { continue }
            if !out.isEmpty { out += "\n" }
            let heading: String
            switch timing {
            case .overdue: heading = "Overdue"
            case .today: heading = "Today, \(TextStyle.day(today))"
            case .upcoming: heading = "Upcoming"
            }
            out += style.paint(heading, .bold) + "\n"
            for action in group { out += line(action, today: today, explain: explain, style: style) }
        }
        return out
    }

    static func line(_ action: DueAction, today: Day, explain: Bool, style: TextStyle) -> String {
        let lead = "  \(TextStyle.day(action.due))  "
        let indent = String(repeating: " ", count: lead.count)
        var out = "  " + style.paint(TextStyle.day(action.due), for: action.status) + "  "
        out += TextStyle.truncate(Terminal.plain(action.company), to: style.width - lead.count - 20)
        out += style.paint(" · \(TextStyle.relative(action.due, today: today))", action.status == .overdue ? .red : .dim)
        out += "\n"
        out += TextStyle.wrap(Terminal.plain(action.title), width: style.width, indent: indent) + "\n"
        if explain {
            out += TextStyle.wrap(Terminal.plain(action.explain), width: style.width, indent: indent + "  ") + "\n"
            out += style.paint(indent + "  id: \(Terminal.plain(action.id))", .dim) + "\n"
        }
        return out
    }
}
