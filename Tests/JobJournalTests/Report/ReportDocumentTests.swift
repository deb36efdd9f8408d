import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("The report document")
struct ReportDocumentTests {
    @Test("sections in order; an empty journal's sections each say so, the same words in text, Markdown and HTML")
    func emptyJournal() {
        let document = ReportDocument(Report(journal: journal([]), today: day("2026-11-26")))
        #expect(document.sections == [.agenda, .pipeline, .references, .offers, .statistics, .problems])
        let empties = document.sections.compactMap(document.empty)
        #expect(empties == ["Nothing due in the next 7 days.", "No applications yet.",
                            "No references recorded for open applications.", "No offers yet.", "No applications sent yet."])
        let text = ReportText.render(document.report)
        let markdown = ReportMarkdown.render(document.report)
        let html = ReportHTML.render(document.report)
        for sentence in empties {
            #expect(text.contains("  \(sentence)\n"))
            #expect(markdown.contains("\n\(sentence)\n"))
            #expect(html.contains("<p>\(sentence)</p>"))
        }
    }

    @Test("a section with something to show has no empty-state sentence; problems never has one")
    func fullJournal() {
        let document = ReportDocument(Report(journal: ReportTests.sample, today: day("2026-11-26")))
        #expect(!document.report.agenda.isEmpty && !document.report.open.isEmpty && !document.report.offers.isEmpty)
        for section: ReportDocument.Section in [.agenda, .pipeline, .offers, .statistics, .problems] {
            #expect(document.empty(section) == nil, "\(section)")
        }
    }

    @Test("due and refs word their empty output as the report does")
    func dueAndRefs() {
        #expect(AgendaText.render([], today: day("2026-11-26")) == "Nothing due. (as of Thu 2026-11-26)\n")
        #expect(ReferencesText.render([]) == "No references recorded.\n")
    }
}
