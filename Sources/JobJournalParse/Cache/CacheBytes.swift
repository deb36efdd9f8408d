/// The parse cache's primitives: little-endian fixed-width integers, LEB128 variable-length
/// integers and length-prefixed UTF-8 strings. The reader checks every length and offset
/// against the bytes it has, so a truncated or corrupt cache throws instead of reading past
/// its end or building values from noise.
struct CacheWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func fixed64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func fixed64(_ value: Int64) { fixed64(UInt64(bitPattern: value)) }

    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Zigzag, so small negative numbers stay small.
    mutating func int(_ value: Int) {
        let v = Int64(value)
        unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func raw(_ other: UnsafeRawBufferPointer) { bytes.append(contentsOf: other) }
}

/// Why the cache's bytes could not be read: it is then ignored, never trusted.
struct CacheCorrupt: Error {}

struct CacheReader {
    let base: UnsafeRawBufferPointer
    var position: Int
    let end: Int

    init(_ base: UnsafeRawBufferPointer, from start: Int = 0, to end: Int? = nil) {
        self.base = base
        self.position = start
        self.end = min(end ?? base.count, base.count)
    }

    var isAtEnd: Bool { position == end }

    mutating func byte() throws(CacheCorrupt) -> UInt8 {
        guard position < end else { throw CacheCorrupt() }
        defer { position += 1 }
        return base[position]
    }

    mutating func bool() throws(CacheCorrupt) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw CacheCorrupt()
        }
    }

    mutating func fixed64() throws(CacheCorrupt) -> UInt64 {
        guard end - position >= 8 else { throw CacheCorrupt() }
        defer { position += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt64.self))
    }

    mutating func fixedSigned64() throws(CacheCorrupt) -> Int64 { Int64(bitPattern: try fixed64()) }

    mutating func unsigned() throws(CacheCorrupt) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw CacheCorrupt() }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws(CacheCorrupt) -> Int {
        let z = try unsigned()
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    /// A count of things that follow, each at least one byte long: never more than are left,
    /// so a corrupt count cannot ask for a huge allocation.
    mutating func count() throws(CacheCorrupt) -> Int {
        let n = try unsigned()
        guard n <= UInt64(end - position) else { throw CacheCorrupt() }
        return Int(n)
    }

    mutating func string() throws(CacheCorrupt) -> String {
        let n = try count()
        defer { position += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: base[position..<position + n]), as: UTF8.self)
    }

    mutating func slice(_ n: Int) throws(CacheCorrupt) -> Range<Int> {
        guard n >= 0, n <= end - position else { throw CacheCorrupt() }
        defer { position += n }
        return position..<position + n
    }
}

/// A 64-bit checksum of the cache's bytes, eight at a time: fast enough to check on every
/// load, and enough to tell a torn or bit-flipped cache from a whole one. (Not a defence
/// against someone who forges a cache: whoever can write the cache folder can write the notes.)
enum CacheChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var sum = Running(count: bytes.count)
        sum.add(bytes)
        return sum.value
    }

    /// The checksum of bytes that come in pieces, their total count known from the start:
    /// the same as `of` their concatenation.
    struct Running {
        private var h: UInt64
        /// The bytes of an unfinished 8-byte word, little-endian, and how many there are.
        private var tail: UInt64 = 0
        private var tailCount: UInt64 = 0

        init(count: Int) { h = 0x243F_6A88_85A3_08D3 ^ UInt64(count) }

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            var i = 0
            let n = bytes.count
            if tailCount > 0 {
                while tailCount < 8, i < n {
                    tail |= UInt64(bytes[i]) << (8 * tailCount)
                    tailCount += 1
                    i += 1
                }
                guard tailCount == 8 else { return }
                word(tail)
                tail = 0
                tailCount = 0
            }
            while i + 8 <= n {
                word(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                i += 8
            }
            while i < n {
                tail |= UInt64(bytes[i]) << (8 * tailCount)
                tailCount += 1
                i += 1
            }
        }

        private mutating func word(_ w: UInt64) {
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 32
        }

        var value: UInt64 {
            var h = (self.h ^ tail) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            return h
        }
    }

    /// FNV-1a, for short texts: names a journal's cache file from its path.
    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }
}
