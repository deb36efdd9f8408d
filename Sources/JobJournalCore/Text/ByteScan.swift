import Glibc

/// The one byte scanner: every pass that looks at each byte of a file or a value (the UTF-8
/// check, the plain YAML reader's screen, JSON escaping, the search for `[[`, `{{` and `<%`)
/// goes through here. Eight bytes are tested at once while none of them is of interest, and
/// the caller looks at bytes one by one only where one may be.
///
/// Each mask sets the high bit of exactly the bytes of its kind, with no carry from one byte
/// to the next, so masks combine with `|`, `&` and `~` into the exact set a scan stops at.
public enum ByteScan {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    @usableFromInline static let high: UInt64 = 0x8080_8080_8080_8080

    /// The bytes 0x80 and above: all but ASCII.
    @inlinable @inline(__always)
    public static func nonASCII(_ word: UInt64) -> UInt64 { word & high }

    /// The ASCII bytes below `limit` (at most 0x80).
    @inlinable @inline(__always)
    public static func below(_ limit: UInt8, _ word: UInt64) -> UInt64 {
        ~(((word & low) &+ ones &* UInt64(0x80 - limit)) | word) & high
    }

    /// The bytes equal to `byte`.
    @inlinable @inline(__always)
    public static func equal(_ byte: UInt8, _ word: UInt64) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return ~(((x & low) &+ low) | x) & high
    }

    /// The first offset from `start` at which the eight bytes there hold one that `marked`
    /// marks, or fewer than eight remain before `end`. The caller looks at that byte itself.
    @inlinable @inline(__always)
    public static func skip(_ base: UnsafeRawPointer, from start: Int, to end: Int, unless marked: (UInt64) -> UInt64) -> Int {
        var i = start
        while i + 8 <= end, marked(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) == 0 { i += 8 }
        return i
    }

    /// Whether two given bytes stand side by side somewhere (`[[`, `{{`, `<%`), found with
    /// `memchr`, which the C library runs a vector register at a time.
    public static func pairOccurs(_ first: UInt8, _ second: UInt8, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset + 1 < bytes.count, let hit = memchr(base + offset, Int32(first), bytes.count - offset - 1) {
            let at = base.distance(to: UnsafeRawPointer(hit))
            if bytes[at + 1] == second { return true }
            offset = at + 1
        }
        return false
    }
}
