import JobJournalCore
import JobJournalPlaybook

/// The agenda as an iCalendar feed (RFC 5545) for calendar apps to import or subscribe to:
/// one `VTODO` per action, due on its day, and one all-day `VEVENT` per interview ahead.
/// UIDs come from the action ids and the journal's domain, and `DTSTAMP` from the report's
/// day, so the same journal on the same day gives the same bytes and re-imports update
/// items instead of duplicating them.
public enum ICalendar {
    public static func render(actions: [DueAction], interviews: [UpcomingInterview], today: Day, domain: String) -> String {
        var out = ""
        func line(_ name: String, _ value: String) { out += fold(name + ":" + value) }
        let stamp = basic(today) + "T000000Z"
        line("BEGIN", "VCALENDAR")
        line("VERSION", "2.0")
        line("PRODID", "-//jobjournal//jobjournal//EN")
        line("CALSCALE", "GREGORIAN")
        line("METHOD", "PUBLISH")
        line("X-WR-CALNAME", "Job search")
        for action in actions {
            line("BEGIN", "VTODO")
            line("UID", text(action.id + "@" + domain))
            line("DTSTAMP", stamp)
            line("DUE;VALUE=DATE", basic(action.due))
            line("SUMMARY", text(action.company + ": " + action.title))
            line("DESCRIPTION", text(action.explain))
            line("CATEGORIES", text(action.kind.rawValue))
            line("STATUS", "NEEDS-ACTION")
            line("END", "VTODO")
        }
        for interview in interviews {
            line("BEGIN", "VEVENT")
            line("UID", text(interview.id + "@" + domain))
            line("DTSTAMP", stamp)
            line("DTSTART;VALUE=DATE", basic(interview.date))
            // A day-long event ends the next day; on 9999-12-31 there is none, and without
            // DTEND an event with a date lasts that day (RFC 5545 3.6.1).
            if interview.date.adding(days: 1) > interview.date {
                line("DTEND;VALUE=DATE", basic(interview.date.adding(days: 1)))
            }
            line("SUMMARY", text("Interview: " + interview.company))
            line("DESCRIPTION", text(ReportWording.interview(interview)))
            line("CATEGORIES", "interview")
            line("TRANSP", "TRANSPARENT")
            line("END", "VEVENT")
        }
        line("END", "VCALENDAR")
        return out
    }

    /// `20261124`: a DATE value.
    static func basic(_ day: Day) -> String { day.description.filter { $0 != "-" } }

    /// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks
    /// as `\n`, other control characters made visible rather than passed on.
    static func text(_ value: String) -> String {
        var out = ""
        for c in value {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out += Terminal.plain(String(c))
            }
        }
        return out
    }

    /// One content line ending in CRLF, folded so that no line is longer than 75 octets:
    /// each continuation starts with a space, and a UTF-8 sequence is never split.
    static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out + "\r\n"
    }
}
