import Foundation
import Testing

/// A company name that tries every escape: HTML, Markdown tables, iCalendar text.
let hostileCompany = #"<script>alert(1)</script> & Sons | "Q" 'x'; a,b\c"#

/// A journal with the hostile company (Tests/Fixtures/hostile-company.md), an ordinary
/// application, and a broken file.
func hostileJournal() throws -> URL {
    try makeJournal([
        ".jobjournal.yaml": "domain: jobs.example.org\n",
        "evil.md": try String(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/hostile-company.md"), encoding: .utf8),
        "good.md": "---\ncompany: Good Co\nposition: Analyst\napplied: 2026-11-20\n---\n",
        "notes/broken.md": "---\ncompany: Acme\nposition: [Engineer\n---\n",
    ])
}

@Suite("jobjournal report")
struct ReportCommandTests {
    @Test("each format for the example journal, and due as a calendar", arguments: [
        ["report"], ["report", "--format", "markdown"], ["report", "--format", "json"], ["report", "--format", "html"],
        ["report", "--format", "ics"], ["due", "--format", "ics"],
    ])
    func golden(arguments: [String]) throws {
        let run = try jobjournal(arguments + ["--dir", "journal-example", "--today", exampleDay], env: ["COLUMNS": "80"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let format = arguments.count > 2 ? arguments[2] : "text"
        let ext = ["text": "txt", "markdown": "md", "json": "json", "html": "html", "ics": "ics"][format]!
        try expectGolden(run.stdout, arguments.joined(separator: "-") + "." + ext)
    }

    @Test("the README's report is the real output, line for line where it is not cut short")
    func readme() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let command = "$ jobjournal report\n"
        let start = try #require(readme.range(of: command))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let shown = readme[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
        let actual = try jobjournal(["report", "--dir", "journal-example", "--today", exampleDay], env: ["COLUMNS": "80"]).stdout
        let lines = Set(actual.split(separator: "\n", omittingEmptySubsequences: false))
        #expect(shown.count > 30)
        for line in shown where !line.hasPrefix("...") { #expect(lines.contains(line), "README line not in the output: \(line)") }
    }

    @Test("-o picks the format from the file's extension; --format wins; an unknown extension is a usage error")
    func outputFormats() throws {
        let dir = try makeJournal([".jobjournal.yaml": "", "a.md": "---\ncompany: A\nposition: P\n---\n"])
        let cases = ["r.txt": "Job search report, Thu 2026-11-26\n", "r.md": "# Job search report, Thu 2026-11-26\n",
                     "r.json": "{\n  \"schema\": 1,", "r.html": "<!DOCTYPE html>\n", "r.ics": "BEGIN:VCALENDAR\r\n", "r": "Job search report"]
        for (name, start) in cases {
            let run = try jobjournal(["report", "--today", exampleDay, "-o", name], in: dir)
            #expect(run.status == 0 && run.stdout == "", "\(name): \(run.stderr)")
            let written = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            #expect(written.hasPrefix(start), "\(name)")
        }
        let forced = try jobjournal(["report", "--today", exampleDay, "-o", "r.md", "--format", "json"], in: dir)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: dir.appendingPathComponent("r.md"), encoding: .utf8).hasPrefix("{"))
        let unknown = try jobjournal(["report", "-o", "r.pdf"], in: dir)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("cannot tell the format from the name 'r.pdf'"))
        let missing = try jobjournal(["report", "-o", "no/such/folder/r.md"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("jobjournal: cannot write no/such/folder/r.md: "))
    }

    @Test("Markdown links by relative path from the report's folder; REPORT.md is ignored by check and the parser")
    func markdownBesideTheNotes() throws {
        let dir = try makeJournal(["jobs/closed/a.md": "---\ncompany: A\nposition: P\nstatus: rejected\n---\n", "jobs/.jobjournal.yaml": ""])
        let jobs = dir.appendingPathComponent("jobs")
        #expect(try jobjournal(["report", "--today", exampleDay, "-o", "REPORT.md"], in: jobs).status == 0)
        #expect(try jobjournal(["report", "--today", exampleDay, "-o", "../elsewhere.md"], in: jobs).status == 0)
        let beside = try String(contentsOf: jobs.appendingPathComponent("REPORT.md"), encoding: .utf8)
        #expect(beside.contains("- [A](closed/a.md): P (rejected)"))
        let above = try String(contentsOf: dir.appendingPathComponent("elsewhere.md"), encoding: .utf8)
        #expect(above.contains("- [A](jobs/closed/a.md): P (rejected)"))
        let check = try jobjournal(["check", "--strict"], in: jobs)
        #expect(check.status == 0 && check.stdout == "")
        let json = try jobjournal(["report", "--format", "json", "--today", exampleDay], in: jobs)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["applications"] as? [Any])?.count == 1)
    }

    @Test("no colour in a pipe or a file unless asked; NO_COLOR yields to --color always; COLUMNS sets the width")
    func colour() throws {
        let base = ["report", "--dir", "journal-example", "--today", exampleDay]
        #expect(!(try jobjournal(base).stdout.contains("\u{1B}[")))
        #expect(try jobjournal(base + ["--color", "always"], env: ["NO_COLOR": "1"]).stdout.contains("\u{1B}[31m"))
        let dir = try makeJournal(["notes.txt": ""])
        let file = dir.appendingPathComponent("r.txt").path
        #expect(try jobjournal(base + ["-o", file]).status == 0)
        #expect(!(try String(contentsOfFile: file, encoding: .utf8).contains("\u{1B}")))
        #expect(try jobjournal(base + ["-o", file, "--color", "always"]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\u{1B}[1m"))
        for width in [60, 120] {
            let lines = try jobjournal(base, env: ["COLUMNS": String(width)]).stdout.split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= width })
            #expect(lines.contains { $0.count > 60 } == (width == 120))
        }
    }

    @Test("broken files are still listed by name in every format, with a pointer to check")
    func brokenFiles() throws {
        let dir = try hostileJournal()
        for format in ["text", "markdown", "json", "html"] {
            let run = try jobjournal(["report", "--format", format, "--today", exampleDay], in: dir)
            #expect(run.status == 0)
            #expect(run.stdout.contains("notes/broken.md"), "\(format)")
            #expect(run.stdout.contains("jobjournal check"), "\(format)")
            #expect(run.stderr == "jobjournal: 1 problem in the journal's files; run 'jobjournal check' to see them\n")
        }
    }

    @Test("a hostile company name: escaped in HTML, plain text in Markdown, intact in JSON and iCalendar")
    func hostile() throws {
        let dir = try hostileJournal()
        func report(_ format: String) throws -> String {
            try jobjournal(["report", "--format", format, "--today", exampleDay], in: dir).stdout
        }
        let html = try report("html")
        #expect(!html.contains("<script>") && !html.contains("<b>90k"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons | &quot;Q&quot; &#39;x&#39;; a,b\\c"))
        let md = try report("markdown")
        #expect(md.contains(#"[\<script\>alert(1)\</script\> \& Sons \| "Q" 'x'; a,b\\c](evil.md)"#))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report("json").utf8)) as? [String: Any])
        let companies = (json["applications"] as? [[String: Any]] ?? []).compactMap { $0["company"] as? String }
        #expect(companies.contains(hostileCompany))
        let ics = try report("ics").replacing("\r\n ", with: "")
        #expect(ics.contains(#"SUMMARY:<script>alert(1)</script> & Sons | "Q" 'x'\; a\,b\\c: Send a thank-you note to Ms. Lee"#))
        #expect(ics.contains("UID:evil/thank-you/2026-11-25@jobs.example.org\r\n"))
    }
}
