import Testing
@testable import JobJournalCore

/// The byte scanner's masks mark exactly the bytes of their kind, byte for byte, whatever
/// stands beside them: a scan that skips eight bytes must never skip one it should stop at.
@Suite("ByteScan")
struct ByteScanTests {
    /// The mask a test expects: the high bit of each byte that `kind` accepts.
    static func expected(_ word: UInt64, _ kind: (UInt8) -> Bool) -> UInt64 {
        var mask: UInt64 = 0
        for k in 0..<8 where kind(UInt8(truncatingIfNeeded: word >> (8 * k))) { mask |= 0x80 << (8 * k) }
        return mask
    }

    /// Words built to hit the borders: every byte value beside its neighbours, and random words.
    static func words() -> [UInt64] {
        var words: [UInt64] = []
        for b in 0...255 {
            let byte = UInt64(b)
            words.append(byte * 0x0101_0101_0101_0101)
            words.append(byte | 0xFF00 | (byte << 16) | (0x01 << 24) | (byte << 32) | (0x80 << 40) | (byte << 48) | (0x7F << 56))
            words.append(byte << 8 | 0x0000_00FF_0000_0000)
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 { words.append(generator.next()) }
        return words
    }

    @Test("below, equal and nonASCII mark exactly their bytes")
    func masksAreExact() {
        for word in Self.words() {
            #expect(ByteScan.nonASCII(word) == Self.expected(word) { $0 >= 0x80 })
            for limit: UInt8 in [0x01, 0x20, 0x7F, 0x80] {
                #expect(ByteScan.below(limit, word) == Self.expected(word) { $0 < limit })
            }
            for byte: UInt8 in [0x00, 0x0A, 0x22, 0x5C, 0x7F, 0x80, 0xC2, 0xFF] {
                #expect(ByteScan.equal(byte, word) == Self.expected(word) { $0 == byte })
            }
        }
    }

    @Test("skip stops at the first word holding a marked byte, or where fewer than eight remain")
    func skipStopsAtTheWord() {
        let bytes = Array(("abcdefgh" + "ijklmnop" + "qrs\"uvwx" + "yz").utf8)
        bytes.withUnsafeBytes { raw in
            let quote = { ByteScan.equal(0x22, $0) }
            #expect(ByteScan.skip(raw.baseAddress!, from: 0, to: raw.count, unless: quote) == 16)
            #expect(ByteScan.skip(raw.baseAddress!, from: 20, to: raw.count, unless: quote) == 20)  // six left
            #expect(ByteScan.skip(raw.baseAddress!, from: 0, to: 8, unless: quote) == 8)
        }
    }

    @Test("pairOccurs finds two bytes side by side, not apart, and not past the end")
    func pairs() {
        func occurs(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBytes { ByteScan.pairOccurs(0x5B, 0x5B, in: $0) }
        }
        #expect(occurs("see [[Acme Corp]]"))
        #expect(!occurs("see [Acme] [Corp]"))
        #expect(!occurs("ends with ["))
        #expect(!occurs(""))
    }
}
