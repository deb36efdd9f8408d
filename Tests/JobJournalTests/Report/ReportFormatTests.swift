import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

/// The hostile application and an ordinary one, reported on 2026-11-26.
func hostileReport() -> Report {
    Report(journal: journal([("evil.md", hostileFile), ("acme.md", ReportTests.interviewing)]), today: day("2026-11-26"))
}

@Suite("Report as text")
struct ReportTextTests {
    @Test("every line fits the width, at 60, 80 and 100 columns")
    func fits() {
        let report = Report(journal: ReportTests.sample, today: day("2026-11-26"))
        for width in [60, 80, 100] {
            for line in ReportText.render(report, style: TextStyle(width: width)).split(separator: "\n") {
                #expect(line.count <= width, "\(width): \(line)")
            }
        }
    }

    @Test("sections in order, the pipeline by stage with the next action under each application")
    func sections() {
        let text = ReportText.render(Report(journal: ReportTests.sample, today: day("2026-11-26")))
        let headings = text.split(separator: "\n").filter { $0.first?.isUppercase == true && $0 == $0.uppercased() }
        #expect(headings == ["AGENDA", "PIPELINE", "REFERENCES", "OFFERS", "STATISTICS", "PROBLEMS"])
        #expect(text.contains("Applied (1)\n  Application"))
        #expect(text.contains("  Zeta: Analyst  ") && text.contains("    next Sun 2026-12-20  Keep your promise: Send the portfolio\n"))
        #expect(text.contains("Closed (1)\n  Old Co: Clerk (rejected, last activity 2026-10-01)\n"))
        #expect(text.contains("    The letter spells out salary and conditions; it does not spell out benefits\n    and expenses.\n"))
        // Acme's Pat Doe has no salutation: check's one warning.
        #expect(text.contains("  1 warning in 4 files: run 'jobjournal check' to see them.\n"))
    }

    @Test("no escape codes without colour; control characters in user text are shown, not sent")
    func plain() {
        let evil = "---\ncompany: \"Evil\\e[2J Co\"\nposition: P\n---\n"
        let report = Report(journal: journal([("evil.md", evil)]), today: day("2026-11-26"))
        let text = ReportText.render(report)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Evil^[[2J Co: P"))
        #expect(ReportText.render(report, style: TextStyle(color: true)).contains("\u{1B}[1mAGENDA\u{1B}[0m"))
    }
}

@Suite("Report as Markdown")
struct ReportMarkdownTests {
    @Test("a hostile company name is plain text: nothing that starts HTML, a link or a new table cell")
    func escaping() {
        let md = ReportMarkdown.render(hostileReport())
        #expect(ReportMarkdown.escape(hostileCompany) == #"\<script\>alert(1)\</script\> \& Sons \| "Q" 'x'; a,b\\c"#)
        #expect(!md.contains("<script>"))
        #expect(md.contains(#"[\<script\>alert(1)\</script\> \& Sons \| "Q" 'x'; a,b\\c](evil.md)"#))
        #expect(md.contains(#"\[Dana\](http://evil.example) \_Smith\_"#))
        // Every table row has as many cells as its header: no pipe in user text opens a cell.
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
        func cells(_ line: Substring) -> Int { line.replacing("\\|", with: "").count { $0 == "|" } }
        var expected: Int? = nil
        var tables = 0
        for (i, line) in lines.enumerated() {
            guard line.hasPrefix("|") else { expected = nil; continue }
            if expected == nil {
                expected = cells(line)
                tables += 1
                #expect(lines[i + 1].hasPrefix("|---"))
            } else {
                #expect(cells(line) == expected, "\(line)")
            }
        }
        #expect(tables >= 4)
    }

    @Test("links are relative to the report's folder and percent-encoded")
    func links() {
        let j = journal([("closed/a b (1).md", "---\ncompany: A\nposition: P\nstatus: rejected\n---\n")])
        let report = Report(journal: j, today: day("2026-11-26"))
        #expect(ReportMarkdown.render(report).contains("- [A](closed/a%20b%20%281%29.md): P (rejected)"))
        #expect(ReportMarkdown.render(report, linkBase: "..").contains("- [A](../closed/a%20b%20%281%29.md)"))
    }

    @Test("the report has no front matter, so the journal's parser passes over it")
    func notAnApplication() {
        let md = ReportMarkdown.render(hostileReport())
        let parsed = parseFile(md, path: "REPORT.md")
        #expect(!parsed.isApplication && parsed.application == nil && parsed.diagnostics.isEmpty)
    }
}

@Suite("Report as HTML")
struct ReportHTMLTests {
    @Test("every piece of user text is escaped, in text and in attributes")
    func escaping() {
        let html = ReportHTML.render(hostileReport())
        #expect(ReportHTML.escape(hostileCompany) == #"&lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons | &quot;Q&quot; &#39;x&#39;; a,b\c"#)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>90k"))
        #expect(html.contains("&lt;b&gt;90k&lt;/b&gt; | bonus"))
    }

    @Test("self-contained: no scripts, nothing fetched, inline styles and SVG only")
    func selfContained() {
        let html = ReportHTML.render(Report(journal: ReportTests.sample, today: day("2026-11-26")))
        for forbidden in ["<script", "src=", "href=", "@import", "url(", "<link", "<iframe"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("<style>") && html.contains("<svg viewBox"))
        #expect(html.contains("default-src 'none'"))
    }

    @Test("the stage chart has a bar per stage, and the timeline a row per open application")
    func charts() {
        let report = Report(journal: ReportTests.sample, today: day("2026-11-26"))
        let chart = ReportHTML.stageChart(report)
        #expect(chart.count(of: "<rect") == 4)  // applied, interviewing, offer, rejected
        let timeline = ReportHTML.timeline(report)
        #expect(timeline.contains(">Zeta</text>") && timeline.contains(">Acme</text>") && !timeline.contains(">Old Co<"))
    }
}

extension String {
    func count(of needle: String) -> Int {
        var n = 0
        var rest = self[...]
        while let r = rest.firstRange(of: needle) {
            n += 1
            rest = rest[r.upperBound...]
        }
        return n
    }
}
