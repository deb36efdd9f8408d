import JobJournalCore

/// Finds what makes bytes unfit to read as text: invalid UTF-8, a NUL byte, UTF-16.
/// Journals are UTF-8; anything else gets one clear diagnostic at its place.
package enum TextCheck {
    enum Problem: Equatable {
        case utf16
        case nul(offset: Int)
        case invalidUTF8(offset: Int, byte: UInt8)
    }

    static func firstProblem(in bytes: UnsafeRawBufferPointer) -> Problem? {
        let n = bytes.count
        if n >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .utf16
        }
        guard let base = bytes.baseAddress else { return nil }
        var i = 0
        while i < n {
            // Past runs of ASCII with no NUL, eight bytes at a time.
            i = ByteScan.skip(base, from: i, to: n) { ByteScan.nonASCII($0) | ByteScan.equal(0, $0) }
            guard i < n else { break }
            let c = bytes[i]
            if c == 0 { return .nul(offset: i) }
            if c < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return .invalidUTF8(offset: i, byte: c)
            }
            guard i + length <= n else { return .invalidUTF8(offset: i, byte: c) }
            let second = bytes[i + 1]
            guard second >= lower, second <= upper else { return .invalidUTF8(offset: i, byte: c) }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 {
                return .invalidUTF8(offset: i, byte: c)
            }
            i += length
        }
        return nil
    }

    /// The 1-based line and column of a byte offset.
    static func location(of offset: Int, in bytes: UnsafeRawBufferPointer) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return SourceLocation(line: line, column: offset - lineStart + 1)
    }
}
