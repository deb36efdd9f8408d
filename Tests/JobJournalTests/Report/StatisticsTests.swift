import Testing
@testable import JobJournalCore
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport

/// One application file: front matter lines, then an optional body.
private func file(_ frontMatter: String, body: String = "") -> String { "---\n\(frontMatter)\n---\n\(body)" }

private func stats(_ files: [(String, String)], today: String = "2026-11-26", from: String? = nil, to: String? = nil) -> Statistics {
    Statistics(journal: journal(files), today: day(today), from: from.map(day), to: to.map(day))
}

/// The funnel's counts in order: applied, heard back, interviewed, final round, offer, accepted.
private func funnel(_ s: Statistics) -> [Int] { s.funnel.map(\.count) }

@Suite("Statistics: the funnel counts the furthest stage reached, by today")
struct StatisticsFunnelTests {
    @Test("a rejection after two interviews counts as interviewed, whatever the status today")
    func rejectedAfterInterviews() {
        let s = stats([("a.md", file("""
            company: A
            position: P
            status: rejected
            applied: 2026-10-01
            interviews:
              - date: 2026-10-10
              - date: 2026-10-20
                final: true
            """))])
        #expect(funnel(s) == [1, 1, 1, 1, 0, 0])
        #expect(s.funnel.map(\.rate) == [nil, 1, 1, 1, 0, nil])
    }

    @Test("heard back: an interview, an offer, a written rejection, a reference called, or news written From NAME:")
    func heardBack() {
        let base = "company: A\nposition: P\napplied: 2026-11-01"
        let s = stats([
            ("silent.md", file(base, body: "- 2026-11-05 Sent a follow-up email.\n")),
            ("news.md", file(base, body: "- 2026-11-05 From Ms. Park: we will call next week\n")),
            ("rejected.md", file(base + "\nstatus: rejected")),
            ("called.md", file(base + "\nreferences:\n  - name: D\n    contacted: 2026-11-04")),
            ("briefed.md", file(base + "\nreferences:\n  - name: D\n    briefed: 2026-11-04")),
        ])
        #expect(funnel(s) == [5, 3, 0, 0, 0, 0])
        // Dated news gives a time; the written rejection alone has no day.
        #expect(s.time(.appliedToHeardBack) == .init(measure: .appliedToHeardBack, median: 3.5, count: 2))
    }

    @Test("interviews ahead of today are not interviews yet, though one being set is an answer")
    func interviewAhead() {
        let s = stats([("a.md", file("company: A\nposition: P\napplied: 2026-11-01\ninterviews:\n  - date: 2026-12-01\n    final: true"))])
        #expect(funnel(s) == [1, 1, 0, 0, 0, 0])
        #expect(s.time(.appliedToFirstInterview)?.count == 0)
        #expect(s.scorecard.allSatisfy { $0.of == 0 })
    }

    @Test("an offer declined reached the offer, not acceptance; an offer accepted reached both")
    func offers() {
        let s = stats([
            ("declined.md", file("company: A\nposition: P\nstatus: declined\napplied: 2026-10-01\noffer:\n  verbal: 2026-10-20\n  written: 2026-10-22")),
            ("accepted.md", file("company: B\nposition: P\nstatus: accepted\napplied: 2026-10-01\noffer:\n  verbal: 2026-10-21\n  requested: 2026-10-21\n  written: 2026-10-25\n  accepted: 2026-10-26")),
            ("ahead.md", file("company: C\nposition: P\napplied: 2026-11-01\noffer:\n  verbal: 2026-12-01")),
        ])
        // The offer ahead of today is no offer yet, though its derived status says `offer`.
        #expect(funnel(s) == [3, 2, 2, 2, 2, 1])
        #expect(s.time(.verbalToWritten) == .init(measure: .verbalToWritten, median: 3, count: 2))
        let request = s.practice(.writtenOfferRequested)!
        #expect((request.kept, request.of) == (1, 2))
        #expect(request.misses.map(\.file) == ["declined.md"])
    }

    @Test("an application with no applied day counts, but in no time measured from applying")
    func noAppliedDay() {
        let s = stats([
            ("dated.md", file("company: A\nposition: P\napplied: 2026-11-01\ninterviews:\n  - date: 2026-11-11")),
            ("undated.md", file("company: B\nposition: P\napplied: true\ninterviews:\n  - date: 2026-11-05")),
            ("saved.md", file("company: C\nposition: P\nstatus: saved")),
        ])
        #expect(s.applications == 2 && s.notCounted == 1)
        #expect(funnel(s) == [2, 2, 2, 0, 0, 0])
        #expect(s.time(.appliedToFirstInterview) == .init(measure: .appliedToFirstInterview, median: 10, count: 1))
        let months = s.breakdowns.first { $0.by == .month }!
        #expect(months.groups.map(\.name) == ["2026-11", nil])
    }

    @Test("--from and --to pick applications by the day they started; what came after --to still counts")
    func range() {
        let files = [
            ("before.md", file("company: A\nposition: P\napplied: 2026-09-20\ninterviews:\n  - date: 2026-10-05")),
            ("inside.md", file("company: B\nposition: P\napplied: 2026-10-10\ninterviews:\n  - date: 2026-11-12")),
            ("undated.md", file("company: C\nposition: P\napplied: true\ninterviews:\n  - date: 2026-10-15")),
            ("after.md", file("company: D\nposition: P\napplied: 2026-11-02")),
        ]
        let s = stats(files, from: "2026-10-01", to: "2026-10-31")
        // `inside` started in October and was interviewed in November; `undated` started at its
        // first dated event, an October interview; `before` started in September.
        #expect(s.applications == 2 && s.notCounted == 2)
        #expect(funnel(s) == [2, 2, 2, 0, 0, 0])
        #expect(stats(files, from: "2026-11-01").applications == 1)
        #expect(stats(files).applications == 4)
    }
}

@Suite("Statistics: times are medians with the count they rest on")
struct StatisticsTimesTests {
    @Test("last interview to decision: to the offer, or to the last news of a rejection")
    func decision() {
        let s = stats([
            ("offer.md", file("company: A\nposition: P\napplied: 2026-10-01\ninterviews:\n  - date: 2026-10-10\n  - date: 2026-10-20\noffer:\n  verbal: 2026-10-24")),
            ("no.md", file("company: B\nposition: P\nstatus: rejected\napplied: 2026-10-01\ninterviews:\n  - date: 2026-10-12",
                           body: "- 2026-10-13 Sent thanks.\n- 2026-10-22 From Ms. Park: they chose another candidate\n")),
        ])
        #expect(s.time(.lastInterviewToDecision) == .init(measure: .lastInterviewToDecision, median: 7, count: 2))
    }

    @Test("open applications waiting past the journal's median time to hear back are listed, longest first")
    func waiting() {
        let s = stats([
            ("quick.md", file("company: A\nposition: P\napplied: 2026-11-01\ninterviews:\n  - date: 2026-11-05")),
            ("slow.md", file("company: B\nposition: P\napplied: 2026-11-01\ninterviews:\n  - date: 2026-11-11")),
            ("waiting.md", file("company: C\nposition: P\napplied: 2026-11-10")),
            ("older.md", file("company: D\nposition: P\napplied: 2026-11-02")),
            ("recent.md", file("company: E\nposition: P\napplied: 2026-11-20")),
            ("closed.md", file("company: F\nposition: P\napplied: 2026-10-01\nstatus: no-response")),
        ])
        #expect(s.time(.appliedToHeardBack)?.median == 7)
        #expect(s.waiting.map(\.file) == ["older.md", "waiting.md"])
        #expect(s.waiting.map(\.days) == [24, 16])
        #expect(s.time(.sinceLastActivity)?.count == 5)
    }
}

@Suite("Statistics: the playbook scorecard")
struct StatisticsScorecardTests {
    @Test("thank-you within a day: two interviews on one day count as two; one not late yet in neither kept nor of")
    func thankYou() {
        let s = stats([("a.md", file("""
            company: A
            position: P
            applied: 2026-11-01
            contacts:
              - name: Ann Lee
                salutation: Ms. Lee
            interviews:
              - date: 2026-11-10
                with: Ann Lee
                thank-you: 2026-11-11
              - date: 2026-11-10
                with: Bo Chen
                thank-you: 2026-11-13
              - date: 2026-11-18
              - date: 2026-11-25
            """))])
        let p = s.practice(.thankYouWithinADay)!
        #expect((p.kept, p.of) == (1, 3))
        #expect(p.misses.map(\.day) == [day("2026-11-10"), day("2026-11-18")])
        #expect(p.misses.map(\.done) == [day("2026-11-13"), nil])
        #expect(p.misses.map(\.about) == ["Bo Chen", nil])
    }

    @Test("references briefed on or before the day the employer called them")
    func briefings() {
        let s = stats([("a.md", file("""
            company: A
            position: P
            applied: 2026-11-01
            references:
              - name: Early
                briefed: 2026-11-10
                contacted: 2026-11-12
              - name: Late
                briefed: 2026-11-14
                contacted: 2026-11-12
              - name: Never
                contacted: 2026-11-12
              - name: Not called
                briefed: 2026-11-10
            """))])
        let p = s.practice(.referencesBriefedBeforeCalled)!
        #expect((p.kept, p.of) == (1, 3))
        #expect(p.misses.map(\.about) == ["Late", "Never"])
    }

    @Test("promises kept by their day; one not due yet is in neither")
    func promises() {
        let s = stats([("a.md", file("""
            company: A
            position: P
            applied: 2026-11-01
            promises:
              - what: On time
                due: 2026-11-10
                done: 2026-11-10
              - what: Late
                due: 2026-11-10
                done: 2026-11-12
              - what: Forgotten
                due: 2026-11-20
              - what: Ahead
                due: 2026-11-30
            """))])
        let p = s.practice(.promisesKept)!
        #expect((p.kept, p.of) == (1, 3))
        #expect(p.misses.map(\.about) == ["Late", "Forgotten"])
    }

    @Test("a status inquiry once the promised day passed: kept when logged before news; a briefing is no inquiry")
    func inquiries() {
        let promised = "company: A\nposition: P\napplied: 2026-11-01\ninterviews:\n  - date: 2026-11-10\n    next-step: 2026-11-14"
        let s = stats([
            ("asked.md", file(promised, body: "- 2026-11-16 Asked Mr. Jones about the status.\n- 2026-11-18 From Mr. Jones: round 2\n")),
            ("answered.md", file(promised, body: "- 2026-11-15 From Mr. Jones: still deciding\n")),
            ("late-news.md", file(promised, body: "- 2026-11-20 From Mr. Jones: round 2\n")),
            ("briefed.md", file(promised + "\nreferences:\n  - name: D\n    briefed: 2026-11-16")),
            ("not-yet.md", file(promised.replacingOccurrences(of: "2026-11-14", with: "2026-11-25"))),
        ])
        let p = s.practice(.statusInquiryAfterPromisedDay)!
        #expect((p.kept, p.of) == (1, 3))
        #expect(p.misses.map(\.file) == ["late-news.md", "briefed.md"])
    }
}

@Suite("Statistics: breakdowns")
struct StatisticsBreakdownTests {
    @Test("by source (also written found-via or referral), most applications first, none recorded last; by closing status")
    func bySource() {
        let s = stats([
            ("a.md", file("company: A\nposition: P\napplied: 2026-11-01\nsource: job board\ninterviews:\n  - date: 2026-11-05")),
            ("b.md", file("company: B\nposition: P\napplied: 2026-11-01\nfound-via: job board\nstatus: rejected")),
            ("c.md", file("company: C\nposition: P\napplied: 2026-11-01\nreferral: Tom Becker\nstatus: withdrawn")),
            ("d.md", file("company: D\nposition: P\napplied: 2026-11-01")),
        ])
        let source = s.breakdowns.first { $0.by == .source }!
        #expect(source.groups.map(\.name) == ["job board", "Tom Becker", nil])
        #expect(source.groups.map(\.applications) == [2, 1, 1])
        #expect(source.groups.map(\.heardBack) == [2, 0, 0])
        #expect(source.groups.map(\.interviewed) == [1, 0, 0])
        let status = s.breakdowns.first { $0.by == .status }!
        #expect(status.groups.map(\.name) == ["rejected", "withdrawn"])
        #expect(Statistics(journal: journal([("a.md", file("company: A\nposition: P"))]), today: day("2026-11-26"), by: .month).breakdowns.map(\.by) == [.month])
    }
}
