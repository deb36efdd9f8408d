import Testing
@testable import JobJournal

@Suite("Keys are matched as users write them")
struct KeySetTests {
    @Test("case, underscores and dashes do not matter")
    func folding() {
        #expect(KeySet.fold("Next_Step") == "next-step")
        #expect(KeySet.interview.spellings[KeySet.fold("next_step")] == "next-step")
        #expect(KeySet.application.spellings[KeySet.fold("date_applied")] == "applied")
        #expect(KeySet.application.spellings["role"] == "position")
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
