import Testing
@testable import JobJournalCore

/// Paths are ordered by their bytes, as `LC_ALL=C sort` orders them.
@Suite("Path order")
struct PathOrderTests {
    static func byBytes(_ a: String, _ b: String) -> Bool { Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) }

    @Test("a prefix comes first, and '-' (0x2D) before '/' (0x2F): a-x.md before a/b.md")
    func examples() {
        let sorted = ["a/b.md", "a-x.md", "a", "", "B.md", "a/b.md.bak", "é.md", "z.md"].sorted(by: PathOrder.precedes)
        #expect(sorted == ["", "B.md", "a", "a-x.md", "a/b.md", "a/b.md.bak", "z.md", "é.md"])
    }

    @Test("random paths sort as their bytes do, whatever the letters")
    func randomPaths() {
        var generator = SystemRandomNumberGenerator()
        let letters: [String] = ["a", "b", "-", "/", ".", "é", "ü", "Z", "0", "😀"]
        let paths = (0..<2_000).map { _ in
            (0..<Int.random(in: 0...12, using: &generator)).map { _ in letters.randomElement(using: &generator)! }.joined()
        }
        #expect(paths.sorted(by: PathOrder.precedes) == paths.sorted(by: Self.byBytes))
        for (a, b) in zip(paths, paths.reversed()) {
            #expect(PathOrder.precedes(a, b) == Self.byBytes(a, b))
        }
    }
}
