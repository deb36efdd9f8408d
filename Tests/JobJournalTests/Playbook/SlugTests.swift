import Testing
@testable import JobJournalPlaybook

/// Slugs: lower-case ASCII words joined by dashes, for ids and file names.
@Suite("Slugs")
struct SlugTests {
    @Test("words lower-cased and joined by one dash, accents folded, cut after the length")
    func examples() {
        #expect(Slug.make("Follow up on the CRM rollout!") == "follow-up-on-the-crm-rollout")
        #expect(Slug.make("  --Jon  Shah-- ") == "jon-shah")
        #expect(Slug.make("Zürich Café") == "zurich-cafe")
        #expect(Slug.make("Send a reference list", maxLength: 8) == "send-a-r")
        #expect(Slug.make("...") == "")
        #expect(Slug.make("") == "")
    }

    @Test("ASCII text, byte by byte, gives the slug the general path gives, at any length")
    func asciiPathAgrees() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Z", "7", " ", "-", "--", "/", "'", ".", "Ab", "q9", "\t", "~"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let length = [-1, 0, 1, 2, 5, 8, 48].randomElement(using: &generator)!
            #expect(Slug.ascii(text, maxLength: length) == Slug.byScalars(text, maxLength: length), "\(text) at \(length)")
        }
    }
}
