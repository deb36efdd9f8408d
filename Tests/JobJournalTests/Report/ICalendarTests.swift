import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("The agenda as iCalendar")
struct ICalendarTests {
    @Test("TEXT values escape backslashes, semicolons, commas and line breaks")
    func escaping() {
        #expect(ICalendar.text(#"a\b; c, d"# + "\ne") == #"a\\b\; c\, d\ne"#)
        #expect(ICalendar.text(hostileCompany) == #"<script>alert(1)</script> & Sons | "Q" 'x'\; a\,b\\c"#)
    }

    @Test("lines fold at 75 octets with CRLF and a space, never inside a UTF-8 sequence")
    func folding() {
        let line = "SUMMARY:" + String(repeating: "é", count: 60) + String(repeating: "x", count: 30)
        let folded = ICalendar.fold(line)
        #expect(folded.hasSuffix("\r\n"))
        let physical = folded.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(physical.count == 3)
        for p in physical { #expect(p.utf8.count <= 75) }
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        // Unfolding (dropping CRLF + space) gives the line back.
        #expect(folded.replacing("\r\n ", with: "") == line + "\r\n")
    }

    @Test("one VTODO per action and one all-day VEVENT per interview ahead, reproducible from today")
    func components() {
        let report = hostileReport()
        let ics = ICalendar.render(actions: report.agenda, interviews: report.interviewsAhead, today: report.today, domain: "jobs.example.org")
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.count(of: "BEGIN:VTODO") == report.agenda.count)
        #expect(ics.count(of: "BEGIN:VEVENT") == 3)  // Acme's two on 12-02, the hostile one on 12-03
        let unfolded = ics.replacing("\r\n ", with: "")
        #expect(unfolded.contains("UID:evil/thank-you/2026-11-25@jobs.example.org\r\n"))
        #expect(unfolded.contains("UID:evil/interview/2026-12-03@jobs.example.org\r\nDTSTAMP:20261126T000000Z\r\nDTSTART;VALUE=DATE:20261203\r\nDTEND;VALUE=DATE:20261204\r\n"))
        #expect(unfolded.contains(#"SUMMARY:Interview: <script>alert(1)</script> & Sons | "Q" 'x'\; a\,b\\c"#))
        #expect(!ics.contains("\n\n") && !ics.replacing("\r\n", with: "").contains("\n"))
    }
}
