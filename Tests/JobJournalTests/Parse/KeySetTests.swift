import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Keys are matched as users write them")
struct KeySetTests {
    @Test("case, underscores and dashes do not matter")
    func folding() {
        #expect(KeySet.fold("Next_Step") == "next-step")
        #expect(KeySet.interview.key(for: KeySet.fold("next_step")) == "next-step")
        #expect(KeySet.application.key(for: KeySet.fold("date_applied")) == "applied")
        #expect(KeySet.application.key(for: "role") == "position")
    }

    @Test("a near miss names the key it was probably meant to be")
    func nearMiss() {
        #expect(KeySet.application.nearMiss("refrences") == "references")
        #expect(KeySet.application.nearMiss("compnay") == "company")
        #expect(KeySet.interview.nearMiss("thank-yuo") == "thank-you")
        #expect(KeySet.application.nearMiss("salary-notes") == nil)
        #expect(KeySet.application.nearMiss("xy") == nil)
    }
}

@Suite("Names match people as written")
struct ContactNameTests {
    @Test("regardless of case and spacing, and not otherwise")
    func sameName() {
        #expect(Contact.sameName("Robert Jones", "Robert Jones"))
        #expect(Contact.sameName("robert  jones", "Robert Jones"))
        #expect(Contact.sameName(" Robert Jones ", "Robert Jones"))
        #expect(Contact.sameName("RENÉE Ø", "renée ø"))
        #expect(!Contact.sameName("Robert Jones", "Robert Jone"))
        #expect(!Contact.sameName("Robert Jones", "Roberta Jones"))
        #expect(!Contact.sameName("Ann", "Anna"))
    }
}
