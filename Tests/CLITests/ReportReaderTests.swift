import Foundation
import Testing

/// The report's outputs read back by the programs that will read them for real: a JSON
/// Schema validator, an iCalendar parser, a browser, and GitHub's Markdown renderer.
@Suite("Report outputs read by real readers")
struct ReportReaderTests {
    static let schema = packageRoot.appendingPathComponent("docs/report.schema.json").path

    /// Validates a JSON document against the schema, with every documented object closed
    /// (no field that docs/report.schema.json does not list). Prints one line per error.
    static let validate = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        doc = json.load(sys.stdin)
        def closed(node):
            if isinstance(node, dict):
                out = {k: closed(v) for k, v in node.items()}
                if "properties" in node and "additionalProperties" not in node:
                    out["additionalProperties"] = False
                return out
            if isinstance(node, list):
                return [closed(v) for v in node]
            return node
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validator = cls(closed(schema), format_checker=cls.FORMAT_CHECKER)
        errors = list(validator.iter_errors(doc))
        for e in errors:
            print("/".join(map(str, e.absolute_path)) + ": " + e.message)
        sys.exit(1 if errors else 0)
        """

    func validate(_ json: String) throws -> Run {
        try ExternalTools.run(ExternalTools.python!, ["-c", Self.validate, Self.schema], stdin: json)
    }

    @Test("the JSON report matches docs/report.schema.json, which rejects what it should",
          .enabled(if: ExternalTools.jsonschema, "python jsonschema is not installed: run 'make test-deps'"))
    func jsonSchema() throws {
        let example = try jobjournal(["report", "--format", "json", "--dir", "journal-example", "--today", exampleDay]).stdout
        let valid = try validate(example)
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        let hostile = try jobjournal(["report", "--format", "json", "--today", exampleDay], in: try hostileJournal()).stdout
        let alsoValid = try validate(hostile)
        #expect(alsoValid.status == 0, "\(alsoValid.stdout)\(alsoValid.stderr)")
        // The validator is not a rubber stamp: a wrong schema number, a bad date and an
        // undocumented field are each caught.
        for (from, to) in [("\"schema\": 1", "\"schema\": 2"), ("\"today\": \"2026-11-26\"", "\"today\": \"26/11/2026\""),
                           ("\"within\": 7", "\"within\": 7, \"surprise\": true")] {
            let broken = try validate(example.replacing(from, with: to))
            #expect(broken.status == 1, "\(to) was accepted")
        }
    }

    @Test("Python's icalendar reads every action and interview, with its UID, dates and text intact",
          .enabled(if: ExternalTools.icalendar, "python icalendar is not installed: run 'make test-deps'"))
    func iCalendar() throws {
        let script = """
            import json, sys, icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.read())
            out = []
            for c in cal.walk():
                if c.name in ("VTODO", "VEVENT"):
                    item = {"type": c.name, "uid": str(c["UID"]), "summary": str(c["SUMMARY"]),
                            "description": str(c["DESCRIPTION"]), "stamp": c.decoded("DTSTAMP").isoformat()}
                    day = c.decoded("DUE") if c.name == "VTODO" else c.decoded("DTSTART")
                    item["day"] = day.isoformat()
                    item["dayType"] = type(day).__name__
                    if c.name == "VTODO":
                        item["status"] = str(c["STATUS"])
                    else:
                        item["end"] = c.decoded("DTEND").isoformat()
                    out.append(item)
            print(json.dumps(out))
            """
        for (dir, domain) in [(packageRoot.appendingPathComponent("journal-example"), "jobjournal.invalid"), (try hostileJournal(), "jobs.example.org")] {
            let arguments = ["--dir", dir.path, "--today", exampleDay, "--within", "14"]
            let ics = try jobjournal(["due", "--format", "ics"] + arguments).stdout
            #expect(try jobjournal(["report", "--format", "ics"] + arguments).stdout == ics)
            let parsed = try ExternalTools.run(ExternalTools.python!, ["-c", script], stdin: ics)
            #expect(parsed.status == 0, "\(parsed.stderr)")
            let items = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [[String: String]])
            let report = try #require(try JSONSerialization.jsonObject(with: Data(jobjournal(["report", "--format", "json"] + arguments).stdout.utf8)) as? [String: Any])
            let actions = report["actions"] as? [[String: Any]] ?? []
            let interviews = report["interviews"] as? [[String: Any]] ?? []
            let todos = items.filter { $0["type"] == "VTODO" }, events = items.filter { $0["type"] == "VEVENT" }
            #expect(!todos.isEmpty)
            #expect(todos.map { $0["uid"]! } == actions.map { "\($0["id"] as! String)@\(domain)" })
            #expect(Set(items.map { $0["uid"]! }).count == items.count, "UIDs are unique")
            for (todo, action) in zip(todos, actions) {
                #expect(todo["summary"] == "\(action["company"] as! String): \(action["title"] as! String)")
                #expect(todo["description"] == action["explain"] as? String)
                #expect(todo["day"] == action["due"] as? String && todo["dayType"] == "date")
                #expect(todo["status"] == "NEEDS-ACTION" && todo["stamp"] == "2026-11-26T00:00:00+00:00")
            }
            #expect(events.map { $0["uid"]! } == interviews.map { "\($0["id"] as! String)@\(domain)" })
            for (event, interview) in zip(events, interviews) {
                #expect(event["day"] == interview["date"] as? String && event["dayType"] == "date")
                #expect(event["summary"] == "Interview: \(interview["company"] as! String)")
            }
        }
    }

    @Test("headless Chromium renders the HTML report: no script, every chart, the text as printed",
          .enabled(if: ExternalTools.chromium != nil && ExternalTools.pdftotext != nil, "chromium or pdftotext is not installed: run 'make test-deps'"))
    func chromium() throws {
        let chromium = ExternalTools.chromium!
        let work = try makeJournal(["notes.txt": ""])
        let args = ExternalTools.chromiumArguments(profile: work.appendingPathComponent("profile"))
        // Two pictures of the pipeline, then the statistics' funnel, time to answer (when some
        // application heard back on a known day) and scorecard.
        for (dir, charts, expected) in [(packageRoot.appendingPathComponent("journal-example"), 5,
                                 ["Job search report", "Agenda", "Overdue", "Pipeline", "References", "Offers", "Statistics", "Problems",
                                  "ABC Company", "Lakeshore Industrial Supply", "Summit Ridge Outfitters", "No problems in 11 files.",
                                  "How far do applications get?", "Is the playbook being followed?"]),
                                (try hostileJournal(), 4, [hostileCompany, "<b>90k</b>", "[Dana](http://evil.example) _Smith_", "notes/broken.md"])] {
            let page = work.appendingPathComponent("report.html")
            #expect(try jobjournal(["report", "--dir", dir.path, "--today", exampleDay, "-o", page.path]).status == 0)
            let dom = try ExternalTools.run(chromium, args + ["--dump-dom", page.absoluteString])
            #expect(dom.status == 0, "\(dom.stderr.suffix(2000))")
            #expect(dom.stdout.contains("<h1>Job search report</h1>"))
            #expect(!dom.stdout.contains("<script"), "the browser built a script element")
            #expect(dom.stdout.components(separatedBy: "<svg ").count - 1 == charts)
            let pdf = work.appendingPathComponent("report.pdf")
            let printed = try ExternalTools.run(chromium, args + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
            #expect(printed.status == 0, "\(printed.stderr.suffix(2000))")
            let text = try ExternalTools.run(ExternalTools.pdftotext!, ["-layout", pdf.path, "-"])
            #expect(text.status == 0)
            // Lines as printed, with runs of spaces (table layout) squeezed.
            let squeezed = text.stdout.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            for phrase in expected { #expect(squeezed.contains(phrase), "not on the printed page: \(phrase)") }
        }
    }

    @Test("GitHub's cmark-gfm renders the Markdown report: whole tables, user text as text",
          .enabled(if: ExternalTools.cmarkGFM != nil, "cmark-gfm is not installed: run 'make test-deps'"))
    func markdown() throws {
        for dir in [packageRoot.appendingPathComponent("journal-example"), try hostileJournal()] {
            let md = try jobjournal(["report", "--format", "markdown", "--dir", dir.path, "--today", exampleDay]).stdout
            let rendered = try ExternalTools.run(ExternalTools.cmarkGFM!, ["-e", "table", "-e", "autolink", "-e", "strikethrough"], stdin: md)
            #expect(rendered.status == 0)
            let html = rendered.stdout
            #expect(!html.contains("<script") && !html.contains("<b>") && !html.contains("<em>") && !html.contains("<del>"))
            let tables = md.components(separatedBy: "\n|---").count - 1
            #expect(html.components(separatedBy: "<table>").count - 1 == tables)
            // In every table, each row has exactly as many cells as the header.
            for table in html.components(separatedBy: "<table>").dropFirst() {
                let body = table.components(separatedBy: "</table>")[0]
                let header = body.components(separatedBy: "<th>").count - 1
                for row in body.components(separatedBy: "<tr>").dropFirst(2) {
                    #expect(row.components(separatedBy: "<td>").count - 1 == header)
                }
            }
            if md.contains("evil.md") {
                #expect(html.contains(#"<a href="evil.md">&lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons | &quot;Q&quot; 'x'; a,b\c</a>"#))
                // The brackets and underscores stay text; GitHub's autolink may show the bare
                // URL as itself, but never as a link disguised under other words.
                #expect(html.contains("<td>[Dana](") && html.contains(") _Smith_</td>"))
                #expect(!html.contains(">Dana</a>") && !html.contains("<em>Smith</em>"))
            } else {
                #expect(html.contains(#"<a href="abc-company-senior-sales-consultant.md">ABC Company</a>"#))
            }
        }
    }
}
