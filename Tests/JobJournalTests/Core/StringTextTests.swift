import Testing
@testable import JobJournalCore

/// Trimming goes by whole characters, as the user reads them, whatever the bytes look like.
@Suite("Trimming characters")
struct StringTextTests {
    @Test("the set's characters go from both ends, and only from the ends")
    func trimsBothEnds() {
        #expect(" <jones@abc.example> ".trimmingCharacters(in: " <>") == "jones@abc.example")
        #expect("<<a<b>>".trimmingCharacters(in: "<>") == "a<b")
        #expect("\t\tx".trimmingCharacters(in: " \t") == "x")
        #expect("x  ".trimmingCharacters(in: " ") == "x")
        #expect("   ".trimmingCharacters(in: " ") == "")
        #expect("".trimmingCharacters(in: " ") == "")
    }

    @Test("with nothing to trim the text comes back as it was")
    func nothingToTrim() {
        #expect("jones@abc.example".trimmingCharacters(in: " <>") == "jones@abc.example")
        #expect("Jürgen".trimmingCharacters(in: " ") == "Jürgen")
        #expect("né".trimmingCharacters(in: "é") == "n")
    }

    @Test("a space carrying a combining mark is one character, not a space")
    func combiningMarks() {
        #expect(" \u{301}x".trimmingCharacters(in: " ") == " \u{301}x")
        #expect("x\u{301}".trimmingCharacters(in: "x") == "x\u{301}")
        #expect("\r\nx".trimmingCharacters(in: "\r\n") == "x")
        #expect("\r\nx".trimmingCharacters(in: "\n") == "\r\nx")
    }
}
