import Foundation
import Testing

/// `export activity`: the work-search log, on a small journal written here.
@Suite("export activity")
struct ExportActivityTests {
    static let journal: [String: String] = [
        ".jobjournal.yaml": "",
        "acme.md": """
            ---
            company: Acme | Sons
            position: Clerk
            applied: 2026-11-02
            source: =HYPERLINK("x")
            interviews:
              - date: 2026-11-10
                with: [Dana Smith]
                round: 1
                thank-you: {sent: 2026-11-10, via: email}
            references:
              - name: Lee Park
                briefed: 2026-11-11
            ---

            ## Log

            - 2026-11-02 Applied.
            - 2026-11-17 Called Ms. Smith about the next round.
            - 2026-12-01 Outside the days asked for.

            """,
    ]

    @Test("one row per dated activity between the days, in order; the log's applied line not twice")
    func csv() throws {
        let dir = try makeJournal(Self.journal)
        let run = try jobjournal(["export", "activity", "--from", "2026-11-01", "--to", "2026-11-30", "--dir", dir.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            Date,Employer,Position,Contact,Activity,How,Result\r
            2026-11-02,Acme | Sons,Clerk,,Applied,"'=HYPERLINK(""x"")",\r
            2026-11-10,Acme | Sons,Clerk,Dana Smith,"Interview, round 1",,\r
            2026-11-10,Acme | Sons,Clerk,Dana Smith,Thank-you note sent for the interview of 2026-11-10,email,\r
            2026-11-11,Acme | Sons,Clerk,Lee Park,Reference briefed,,\r
            2026-11-17,Acme | Sons,Clerk,,Called Ms. Smith about the next round.,,\r

            """)
    }

    @Test("markdown escapes a pipe in a cell; html puts each week on a page of its own")
    func markdownAndHTML() throws {
        let dir = try makeJournal(Self.journal)
        let markdown = try jobjournal(["export", "activity", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "markdown", "--dir", dir.path])
        #expect(markdown.stdout.contains("| 2026-11-11 | Acme \\| Sons | Clerk | Lee Park | Reference briefed |  |  |\n"))
        let html = try jobjournal(["export", "activity", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "html", "--dir", dir.path])
        #expect(html.status == 0)
        // 2 Nov is a Monday: three weeks have activities (2-8, 9-15, 16-22 November).
        #expect(html.stdout.components(separatedBy: "<section>").count - 1 == 3)
        #expect(html.stdout.contains("section + section { break-before: page; }"))
        #expect(html.stdout.contains("<h2>Week of 2026-11-09 to 2026-11-15</h2>"))
        #expect(html.stdout.contains("<td>Acme | Sons</td>"))
    }

    @Test("a narrower range leaves the rest out; --from after --to is bad usage; the sheet export still works")
    func rangeAndUsage() throws {
        let dir = try makeJournal(Self.journal)
        let week = try jobjournal(["export", "activity", "--from", "2026-11-16", "--to", "2026-11-22", "--dir", dir.path])
        #expect(week.stdout == "Date,Employer,Position,Contact,Activity,How,Result\r\n2026-11-17,Acme | Sons,Clerk,,Called Ms. Smith about the next round.,,\r\n")
        let bad = try jobjournal(["export", "activity", "--from", "2026-11-30", "--to", "2026-11-01", "--dir", dir.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--from (2026-11-30) is after --to (2026-11-01)"))
        let sheet = try jobjournal(["export", "--format", "csv", "--dir", dir.path, "--today", "2026-11-30"])
        #expect(sheet.status == 0)
        #expect(sheet.stdout.hasPrefix("File,Company,Position,Status"))
        let html = try jobjournal(["export", "--format", "html", "--dir", dir.path])
        #expect(html.status == 2)
    }
}
