import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Front matter and body are found")
struct FileLayoutTests {
    func layout(_ text: String) -> (FileLayout, [UInt8]) {
        let bytes = Array(text.utf8)
        return (bytes.withUnsafeBytes { FileLayout($0) }, bytes)
    }

    func slice(_ bytes: [UInt8], _ range: Range<Int>?) -> String? {
        range.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test("between --- lines at the very start")
    func basic() {
        let (l, b) = layout("---\ncompany: ABC\n---\n# Notes\n")
        #expect(slice(b, l.frontMatter) == "company: ABC\n")
        #expect(l.frontMatterFirstLine == 2)
        #expect(l.closingLine == 3)
        #expect(l.bodyFirstLine == 4)
        #expect(slice(b, l.body) == "# Notes\n")
        #expect(!l.hasBOM && !l.usesCRLF && !l.isUnclosed)
    }

    @Test("after a UTF-8 BOM, with CRLF line endings")
    func bomAndCRLF() {
        let (l, b) = layout("\u{FEFF}---\r\ncompany: ABC\r\n---\r\nbody\r\n")
        #expect(l.hasBOM && l.usesCRLF)
        #expect(slice(b, l.frontMatter) == "company: ABC\r\n")
        #expect(slice(b, l.body) == "body\r\n")
    }

    @Test("closed by ... as YAML allows, and trailing spaces are fine")
    func dotsAndSpaces() {
        let (l, b) = layout("---  \na: 1\n... \nbody")
        #expect(slice(b, l.frontMatter) == "a: 1\n")
        #expect(slice(b, l.body) == "body")
    }

    @Test("absent when the file does not start with ---")
    func none() {
        let (l, _) = layout("# README\n---\nnot: front matter\n---\n")
        #expect(l.frontMatter == nil)
        #expect(l.bodyFirstLine == 1)
        #expect(!l.isUnclosed)
    }

    @Test("unclosed when no closing line follows, or the file is only ---")
    func unclosed() {
        #expect(layout("---\ncompany: ABC\n").0.isUnclosed)
        #expect(layout("---").0.isUnclosed)
        #expect(layout("---\n").0.isUnclosed)
        #expect(!layout("----\na\n").0.isUnclosed)
    }

    @Test("empty front matter is still front matter")
    func empty() {
        let (l, b) = layout("---\n---\nbody\n")
        #expect(slice(b, l.frontMatter) == "")
        #expect(l.bodyFirstLine == 3)
    }
}

@Suite("Bytes that are not UTF-8 text are found")
struct TextCheckTests {
    func problem(_ bytes: [UInt8]) -> TextCheck.Problem? { bytes.withUnsafeBytes { TextCheck.firstProblem(in: $0) } }

    @Test("plain ASCII and valid UTF-8 pass")
    func valid() {
        #expect(problem(Array("company: Café Zürich — 東京 🎉 and a long enough ASCII run".utf8)) == nil)
    }

    @Test("a NUL byte, invalid sequences and UTF-16 are caught at their offset")
    func invalid() {
        #expect(problem(Array("abcdefghij\0k".utf8)) == .nul(offset: 10))
        #expect(problem([0x61, 0xC3, 0x28]) == .invalidUTF8(offset: 1, byte: 0xC3))
        #expect(problem([0x61, 0xED, 0xA0, 0x80]) == .invalidUTF8(offset: 1, byte: 0xED))  // a surrogate
        #expect(problem([0xC0, 0x80]) == .invalidUTF8(offset: 0, byte: 0xC0))  // overlong
        #expect(problem([0x61, 0xE2, 0x82]) == .invalidUTF8(offset: 1, byte: 0xE2))  // cut short
        #expect(problem([0xFF, 0xFE, 0x2D, 0x00]) == .utf16)
    }

    @Test("locations count lines and columns from 1")
    func location() {
        let bytes = Array("ab\ncd\nef".utf8)
        #expect(bytes.withUnsafeBytes { TextCheck.location(of: 4, in: $0) } == SourceLocation(line: 2, column: 2))
    }
}

@Suite("Which names are Markdown files")
struct MarkdownNameTests {
    @Test(".md and .markdown in any case, nothing else")
    func names() {
        for name in ["a.md", "A.MD", "notes.Markdown", "x.y.md", "café.md"] { #expect(FileSystem.isMarkdown(name), "\(name)") }
        for name in ["a.mdx", "md", "a.txt", "a.md.bak", "markdown", "a.mark"] { #expect(!FileSystem.isMarkdown(name), "\(name)") }
    }
}
