import Testing
@testable import JobJournalMail

/// Addresses are compared as keys: lower case, without the spaces and angle brackets around
/// them. The quick hash used to pass over addresses no message carries must agree with that.
@Suite("Mail addresses as compared")
struct MailAddressTests {
    static let written = ["jones@abc.example", "Jones@ABC.example", " <jones@abc.example> ", "\tjones@abc.example",
                          "jürgen.müller@beispiel.example", "JÜRGEN.MÜLLER@BEISPIEL.EXAMPLE", "a@b", "A@B "]

    @Test("an address written in any case, or in angle brackets, has the key of its plain form")
    func keys() {
        #expect(MailAddress.key("Jones@ABC.example") == "jones@abc.example")
        #expect(MailAddress.key(" <jones@abc.example> ") == "jones@abc.example")
        #expect(MailAddress.key("jones@abc.example") == "jones@abc.example")
        #expect(MailAddress.key("JÜRGEN@BEISPIEL.EXAMPLE") == "jürgen@beispiel.example")
    }

    @Test("the quick hash of an address is the hash of its key, however it is written")
    func hashAgreesWithKey() {
        for address in Self.written {
            #expect(MailAddress.keyHash(address) == MailAddress.hash(ofKey: MailAddress.key(address)), "\(address)")
        }
        #expect(MailAddress.keyHash("Jones@ABC.example") == MailAddress.keyHash("jones@abc.example"))
        #expect(MailAddress.keyHash("jones@abc.example") != MailAddress.keyHash("jones@abd.example"))
    }
}
