import JobJournalCore
import JobJournalPlaybook

/// The agenda for a terminal: overdue, today, then upcoming, one action a line or two.
public enum AgendaText {
    public static func render(_ actions: [DueAction], today: Day, explain: Bool = false, style: TextStyle = TextStyle()) -> String {
        if actions.isEmpty { return ReportWording.nothingDue(asOf: today) + "\n" }
        var out = ""
        for (timing, group) in AgendaGroups.of(actions) {
            if !out.isEmpty { out += "\n" }
            out += style.paint(ReportWording.title(of: timing, today: today), .bold) + "\n"
            for action in group { out += line(action, today: today, explain: explain, style: style) }
        }
        return out
    }

    static func line(_ action: DueAction, today: Day, explain: Bool, style: TextStyle) -> String {
        let lead = "  \(TextStyle.day(action.due))  "
        let indent = String(repeating: " ", count: TextStyle.columns(lead))
        var out = "  " + style.paint(TextStyle.day(action.due), for: action.status) + "  "
        out += TextStyle.truncate(Terminal.plain(action.company), to: style.width - TextStyle.columns(lead) - 20)
        out += style.paint(" · \(TextStyle.relative(action.due, today: today))", action.status == .overdue ? .red : .dim)
        out += "\n"
        out += TextStyle.wrap(Terminal.plain(action.title), width: style.width, indent: indent) + "\n"
        if explain {
            out += TextStyle.wrap(Terminal.plain(action.explain), width: style.width, indent: indent + "  ") + "\n"
            out += style.paint(indent + "  " + Terminal.plain(ReportWording.id(of: action)), .dim) + "\n"
            for command in action.commands { out += indent + "  " + Terminal.plain(command) + "\n" }
        }
        return out
    }
}
