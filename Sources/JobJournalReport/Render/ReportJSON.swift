import JobJournalCore
import JobJournalIO
import Dispatch

/// The report as JSON, schema 1 (docs/json.md, docs/report.schema.json): the same action
/// and reference objects as `due --format json` and `refs --format json`, plus the
/// applications, interviews ahead, offers, a problem count and the statistics. Fields are only ever added
/// within schema 1.
public enum ReportJSON {
    public static func render(_ report: Report) -> String {
        var sink = StringSink()
        render(report, to: &sink)
        return sink.text
    }

    /// Streams the report into `sink` in chunks, so memory does not grow with the output.
    public static func render(_ report: Report, to sink: inout some ByteSink) {
        let today = report.today
        var w = JSONWriter(capacity: 1 << 17)
        w.beginObject()
        w.field("schema", 1)
        w.field("today", today)
        w.field("within", report.within)
        // The open rows, then the closed, in one array: written one list after the other
        // rather than joined into a third.
        w.key("applications")
        w.beginArray()
        w.writeElements(report.open, to: &sink) { write($0, today: today, to: &$1) }
        w.writeElements(report.closed, to: &sink) { write($0, today: today, to: &$1) }
        w.endArray()
        array("actions", report.agenda, to: &w, sink: &sink, AgendaJSON.write)
        array("interviews", report.interviewsAhead, to: &w, sink: &sink, write)
        array("references", report.references, to: &w, sink: &sink, ReferencesJSON.write)
        array("offers", report.offers, to: &w, sink: &sink, write)
        w.key("problems")
        write(report.problems, to: &w)
        w.key("stats")
        StatisticsJSON.write(report.stats, to: &w)
        w.endObject()
        w.flush(into: &sink)
    }

    /// `"key": [...]`, the elements written as `writeElements` writes them.
    static func array<Element: Sendable>(
        _ key: StaticString, _ elements: [Element], to w: inout JSONWriter, sink: inout some ByteSink,
        _ write: @escaping @Sendable (Element, inout JSONWriter) -> Void
    ) {
        w.key(key)
        w.beginArray()
        w.writeElements(elements, to: &sink, write)
        w.endArray()
    }

    static func write(_ row: ApplicationSummary, today: Day, to w: inout JSONWriter) {
        w.beginObject()
        w.field("file", row.file)
        w.field("company", row.company)
        w.field("position", row.position)
        w.field("status", row.status.rawValue)
        w.field("statusDerived", row.statusIsDerived)
        w.field("open", !row.status.isClosed)
        w.field("applied", row.applied)
        w.field("lastActivity", row.lastActivity)
        w.field("daysSinceActivity", row.daysSinceActivity(today))
        w.field("nextInterview", row.nextInterview)
        w.key("next")
        if let next = row.next { AgendaJSON.write(next, to: &w) } else { w.null() }
        w.endObject()
    }

    static func write(_ interview: UpcomingInterview, to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", interview.id)
        w.field("application", interview.file)
        w.field("company", interview.company)
        w.field("position", interview.position)
        w.field("date", interview.date)
        w.field("round", interview.round)
        w.field("final", interview.isFinal)
        w.field("with", interview.with)
        w.field("line", interview.line)
        w.endObject()
    }

    static func write(_ offer: OfferSummary, to w: inout JSONWriter) {
        w.beginObject()
        w.field("application", offer.file)
        w.field("company", offer.company)
        w.field("position", offer.position)
        w.field("status", offer.status.rawValue)
        w.field("stage", offer.stage)
        w.field("stageDate", offer.stageDay)
        w.field("verbal", offer.offer.verbal)
        w.field("written", offer.offer.written)
        w.field("accepted", offer.offer.accepted)
        w.field("approved", offer.offer.approved)
        w.key("terms")
        w.beginObject()
        w.field("salary", offer.offer.salary)
        w.field("benefits", offer.offer.benefits)
        w.field("expenses", offer.offer.expenses)
        w.field("conditions", offer.offer.conditions)
        w.endObject()
        w.field("spelledOut", offer.spelledOut.map(\.rawValue))
        w.field("missing", offer.missing.map(\.rawValue))
        w.endObject()
    }

    static func write(_ problems: Report.Problems, to w: inout JSONWriter) {
        w.beginObject()
        w.field("files", problems.files)
        w.field("errors", problems.errors)
        w.field("warnings", problems.warnings)
        w.field("unreadable", problems.unreadable)
        w.field("command", ReportWording.checkCommand)
        w.endObject()
    }
}
