import JobJournalCore
import JobJournalIO

/// The statistics as JSON: `stats --format json`, and the report's `stats` (docs/json.md).
public enum StatisticsJSON {
    /// `{"schema": 1, "today": ..., "stats": {...}}`.
    public static func render(_ stats: Statistics) -> String {
        var w = JSONWriter(capacity: 1 << 14)
        w.beginObject()
        w.field("schema", 1)
        w.field("today", stats.today)
        w.key("stats")
        write(stats, to: &w)
        w.endObject()
        var sink = StringSink()
        w.flush(into: &sink)
        return sink.text
    }

    static func write(_ stats: Statistics, to w: inout JSONWriter) {
        w.beginObject()
        w.field("from", stats.from)
        w.field("to", stats.to)
        w.field("applications", stats.applications)
        w.field("notCounted", stats.notCounted)
        w.key("funnel")
        w.beginArray()
        for step in stats.funnel {
            w.beginObject()
            w.field("stage", step.stage.rawValue)
            w.field("count", step.count)
            w.field("rate", step.rate)
            w.endObject()
        }
        w.endArray()
        w.key("times")
        w.beginArray()
        for time in stats.times {
            w.beginObject()
            w.field("measure", time.measure.rawValue)
            w.field("median", time.median)
            w.field("count", time.count)
            w.endObject()
        }
        w.endArray()
        w.key("waiting")
        w.beginArray()
        for app in stats.waiting {
            w.beginObject()
            w.field("file", app.file)
            w.field("company", app.company)
            w.field("position", app.position)
            w.field("applied", app.applied)
            w.field("days", app.days)
            w.endObject()
        }
        w.endArray()
        w.key("breakdowns")
        w.beginArray()
        for breakdown in stats.breakdowns {
            w.beginObject()
            w.field("by", breakdown.by.rawValue)
            w.key("groups")
            w.beginArray()
            for group in breakdown.groups {
                w.beginObject()
                w.field("name", group.name)
                w.field("applications", group.applications)
                w.field("heardBack", group.heardBack)
                w.field("interviewed", group.interviewed)
                w.field("offer", group.offer)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("scorecard")
        w.beginArray()
        for practice in stats.scorecard {
            w.beginObject()
            w.field("practice", practice.kind.rawValue)
            w.field("kept", practice.kept)
            w.field("of", practice.of)
            w.key("misses")
            w.beginArray()
            for miss in practice.misses {
                w.beginObject()
                w.field("file", miss.file)
                w.field("company", miss.company)
                w.field("day", miss.day)
                w.field("done", miss.done)
                w.field("about", miss.about)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
