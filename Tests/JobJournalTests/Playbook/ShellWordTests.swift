import Testing
@testable import JobJournalPlaybook

/// Words in the commands an action lists, as a POSIX shell reads them back.
@Suite("Shell words")
struct ShellWordTests {
    @Test("a word of letters, digits and -_/.,:@+ is left as it is; any other is single-quoted, its quotes escaped")
    func quoting() {
        #expect(ShellWord.quoted("client-0007/falcon-supply/thank-you/2026-11-25") == "client-0007/falcon-supply/thank-you/2026-11-25")
        #expect(ShellWord.quoted("Jon Shah") == "'Jon Shah'")
        #expect(ShellWord.quoted("O'Brien") == "'O'\\''Brien'")
        #expect(ShellWord.quoted("") == "''")
        #expect(ShellWord.quoted("Zürich") == "'Zürich'")
        let alone = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_/.,:@+")
        for scalar in (1..<128).compactMap(Unicode.Scalar.init) where scalar != "'" {
            let word = "x" + String(scalar)
            #expect(ShellWord.quoted(word) == (alone.contains(Character(scalar)) ? word : "'" + word + "'"), "\(word.debugDescription)")
        }
    }
}
