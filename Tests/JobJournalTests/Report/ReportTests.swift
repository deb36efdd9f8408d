import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("The report value")
struct ReportTests {
    static let applied = """
        ---
        company: Zeta
        position: Analyst
        applied: 2026-11-02
        promises:
          - what: Send the portfolio
            due: 2026-12-20
        ---
        - 2026-11-10 Called the recruiter.
        """
    static let interviewing = "---\n" + acme + """

        interviews:
          - date: 2026-11-24
            with: Robert Jones
          - date: 2026-12-02
            with: Robert Jones
          - date: 2026-12-02
            with: Robert Jones
        ---
        """
    static let offer = """
        ---
        company: Beta
        position: Lead
        offer:
          verbal: 2026-11-20
          written: 2026-11-24
          accepted: 2026-11-30
          salary: 100k
          conditions: [background check]
        ---
        """
    static let rejected = "---\ncompany: Old Co\nposition: Clerk\nstatus: rejected\napplied: 2026-10-01\n---\n"

    static var sample: Journal {
        journal([("zeta.md", applied), ("acme.md", interviewing), ("beta.md", offer), ("closed/old.md", rejected)])
    }

    @Test("open applications by stage, each with its last activity and its next action however far ahead")
    func pipeline() {
        let report = Report(journal: Self.sample, today: day("2026-11-26"))
        #expect(report.open.map(\.company) == ["Zeta", "Acme", "Beta"])
        #expect(report.open.map(\.status) == [.applied, .interviewing, .offer])
        let zeta = report.open[0]
        #expect(zeta.lastActivity == day("2026-11-10"))
        #expect(zeta.daysSinceActivity(day("2026-11-26")) == 16)
        // The promise is weeks beyond the agenda, yet it is the pipeline's next action.
        #expect(zeta.next?.kind == .promise && zeta.next?.due == day("2026-12-20"))
        #expect(!report.agenda.contains { $0.application == "zeta.md" })
        #expect(report.open[1].next?.kind == .thankYou)
        #expect(report.open[1].nextInterview == day("2026-12-02"))
        #expect(report.closed.map(\.file) == ["closed/old.md"])
    }

    @Test("open applications in pipeline order: stage, next action's day (none last), company in any case, then file")
    func pipelineOrder() {
        func file(_ company: String, _ status: String, applied: String? = nil) -> String {
            "---\ncompany: \(company)\nposition: Analyst\nstatus: \(status)\n" + (applied.map { "applied: \($0)\n" } ?? "") + "---\n"
        }
        let j = journal([
            ("a.md", file("zeta", "saved")),
            ("b.md", file("Alpha", "applied", applied: "2026-11-20")),
            ("c.md", file("alpha", "applied", applied: "2026-11-20")),
            ("d.md", file("Beta", "applied", applied: "2026-11-20")),
            ("e.md", file("ALPHA", "applied", applied: "2026-11-01")),
            ("f.md", file("Gamma", "rejected", applied: "2026-11-05")),
            ("g.md", file("delta", "withdrawn", applied: "2026-11-10")),
            ("h.md", file("Delta", "withdrawn", applied: "2026-11-10")),
        ])
        let report = Report(journal: j, today: day("2026-11-30"))
        // e.md's follow-up fell due first; b.md and c.md tie on day and company (case aside).
        #expect(report.open.map(\.file) == ["a.md", "e.md", "b.md", "c.md", "d.md"])
        // Closed: most recent activity first, then company (case aside), then file.
        #expect(report.closed.map(\.file) == ["g.md", "h.md", "f.md"])
    }

    @Test("arranging in place by an order gives each place the element the order names")
    func arrange() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 5, 100] {
            let original = (0..<count).map { "row \($0)" }
            for _ in 0..<10 {
                let order = Array(0..<count).shuffled(using: &generator)
                var arranged = original
                arranged.arrange(by: order)
                #expect(arranged == order.map { original[$0] })
            }
        }
    }

    @Test("ranks of strings: equal strings share one, in the order given, however they came")
    func ranks() {
        #expect(SortKeys.ranks(of: ["b", "a", "c", "a"], by: <) == [1, 0, 2, 0])
        #expect(SortKeys.ranks(of: ["a", "b", "c"], by: <) == [0, 1, 2])
        #expect(SortKeys.ranks(of: [], by: <) == [])
        #expect(SortKeys.ranks(of: ["x/b.md", "x.md", "x/a.md"], by: PathOrder.precedes) == [2, 0, 1])
    }

    @Test("the agenda is the due agenda: overdue, today and within the horizon, most urgent first")
    func agenda() {
        let j = Self.sample
        let today = day("2026-11-26")
        let report = Report(journal: j, today: today)
        #expect(report.agenda == Playbook.standard.actions(for: j, today: today).agenda(today: today, within: 7))
        #expect(Report(journal: j, today: today, within: 30).agenda.contains { $0.application == "zeta.md" })
    }

    @Test("interviews ahead: from today on, open applications only, with a stable id per day")
    func interviewsAhead() {
        let report = Report(journal: Self.sample, today: day("2026-11-26"))
        #expect(report.interviewsAhead.map(\.id) == ["acme/interview/2026-12-02", "acme/interview/2026-12-02/2"])
        #expect(Report(journal: Self.sample, today: day("2026-12-03")).interviewsAhead.isEmpty)
    }

    @Test("an offer's stage is the furthest reached by today, and the letter's terms are named")
    func offers() throws {
        let early = try #require(Report(journal: Self.sample, today: day("2026-11-26")).offers.first)
        #expect(early.stage == "written" && early.stageDay == day("2026-11-24"))
        #expect(early.spelledOut == [.salary, .conditions] && early.missing == [.benefits, .expenses])
        #expect(early.hasLetter)
        let later = try #require(Report(journal: Self.sample, today: day("2026-11-30")).offers.first)
        #expect(later.stage == "accepted")
        let before = try #require(Report(journal: Self.sample, today: day("2026-11-19")).offers.first)
        #expect(before.stage == nil && !before.hasLetter)
    }

    @Test("problems count check's errors and warnings, and name the files that could not be read")
    func problems() {
        let j = journal([
            ("good.md", Self.applied),
            ("broken.md", "---\ncompany: Acme\nposition: [Engineer\n---\n"),
            ("nosalutation.md", "---\ncompany: C\nposition: P\ncontacts:\n  - name: Pat\n    prefers: email\n---\n"),
        ])
        let report = Report(journal: j, today: day("2026-11-26"))
        #expect(report.problems == Report.Problems(errors: 1, warnings: 1, unreadable: ["broken.md"], files: 3))
        // The same counts as the list `check` prints.
        let listed = Findings.all(in: j)
        #expect(report.problems.errors == listed.count { $0.severity == .error })
        #expect(report.problems.errors + report.problems.warnings == listed.count)
        #expect(j.errorCount == j.diagnostics.count { $0.severity == .error } && j.diagnosticCount == j.diagnostics.count)
        #expect(report.open.map(\.file) == ["good.md", "nosalutation.md"])
    }

    @Test("references of open applications only")
    func references() {
        let j = journal([("a.md", "---\ncompany: A\nposition: P\nreferences:\n  - name: R\n---\n"),
                         ("b.md", "---\ncompany: B\nposition: P\nstatus: withdrawn\nreferences:\n  - name: S\n---\n")])
        #expect(Report(journal: j, today: day("2026-11-26")).references.map(\.reference) == ["R"])
    }
}
