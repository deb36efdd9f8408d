/// The caches' primitives (`CacheFile`): little-endian fixed-width integers, LEB128 variable-length
/// integers and length-prefixed UTF-8 strings. The reader checks every length and offset
/// against the bytes it has, so a truncated or corrupt cache throws instead of reading past
/// its end or building values from noise.
package struct CacheWriter {
    package var bytes: [UInt8] = []

    package init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    package mutating func byte(_ value: UInt8) { bytes.append(value) }

    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    package mutating func fixed64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    package mutating func fixed64(_ value: Int64) { fixed64(UInt64(bitPattern: value)) }

    /// Room for the length of what follows, written by `endLength` once it is known.
    package mutating func beginLength() -> Int {
        bytes.append(contentsOf: [0, 0, 0, 0])
        return bytes.count
    }

    /// Writes the length of all written since `beginLength` returned `start`.
    package mutating func endLength(_ start: Int) {
        let length = UInt32(bytes.count - start)
        withUnsafeBytes(of: length.littleEndian) { raw in
            for (i, byte) in raw.enumerated() { bytes[start - 4 + i] = byte }
        }
    }

    package mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Zigzag, so small negative numbers stay small.
    package mutating func int(_ value: Int) {
        let v = Int64(value)
        unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    package mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    package mutating func raw(_ other: UnsafeRawBufferPointer) { bytes.append(contentsOf: other) }
}

/// Why the cache's bytes could not be read: it is then ignored, never trusted.
package struct CacheCorrupt: Error {
    package init() {}
}

package struct CacheReader {
    package let base: UnsafeRawBufferPointer
    package var position: Int
    package let end: Int

    package init(_ base: UnsafeRawBufferPointer, from start: Int = 0, to end: Int? = nil) {
        self.base = base
        self.position = start
        self.end = min(end ?? base.count, base.count)
    }

    package var isAtEnd: Bool { position == end }

    package mutating func byte() throws(CacheCorrupt) -> UInt8 {
        guard position < end else { throw CacheCorrupt() }
        defer { position += 1 }
        return base[position]
    }

    package mutating func bool() throws(CacheCorrupt) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw CacheCorrupt()
        }
    }

    package mutating func fixed64() throws(CacheCorrupt) -> UInt64 {
        guard end - position >= 8 else { throw CacheCorrupt() }
        defer { position += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt64.self))
    }

    package mutating func fixedSigned64() throws(CacheCorrupt) -> Int64 { Int64(bitPattern: try fixed64()) }

    /// What a writer's `beginLength` and `endLength` framed, passed over: its bytes' range.
    package mutating func lengthFramed() throws(CacheCorrupt) -> Range<Int> {
        guard end - position >= 4 else { throw CacheCorrupt() }
        let length = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
        position += 4
        return try slice(length)
    }

    package mutating func unsigned() throws(CacheCorrupt) -> UInt64 {
        // Most numbers (lengths, lines, counts) take one byte.
        if position < end, base[position] < 0x80 {
            defer { position += 1 }
            return UInt64(base[position])
        }
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

    package mutating func int() throws(CacheCorrupt) -> Int {
        let z = try unsigned()
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    /// A count of things that follow, each at least one byte long: never more than are left,
    /// so a corrupt count cannot ask for a huge allocation.
    package mutating func count() throws(CacheCorrupt) -> Int {
        let n = try unsigned()
        guard n <= UInt64(end - position) else { throw CacheCorrupt() }
        return Int(n)
    }

    package mutating func string() throws(CacheCorrupt) -> String {
        let n = try count()
        defer { position += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: base[position..<position + n]), as: UTF8.self)
    }

    package mutating func slice(_ n: Int) throws(CacheCorrupt) -> Range<Int> {
        guard n >= 0, n <= end - position else { throw CacheCorrupt() }
        defer { position += n }
        return position..<position + n
    }
}

/// A 64-bit checksum of the cache's bytes, 32 at a time in four lanes of eight that do not
/// wait on each other (one lane's multiplications in a row had held a warm `due` 8 ms for its
/// 37 MB of caches): fast enough to check on every load, and enough to tell a torn or
/// bit-flipped cache from a whole one. (Not a defence against someone who forges a cache:
/// whoever can write the cache folder can write the notes.)
package enum CacheChecksum {
    package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var sum = Running(count: bytes.count)
        sum.add(bytes)
        return sum.value
    }

    /// The checksum of bytes that come in pieces, their total count known from the start:
    /// the same as `of` their concatenation.
    package struct Running {
        private var a: UInt64, b: UInt64, c: UInt64, d: UInt64
        /// The bytes of an unfinished 32-byte block, and how many there are.
        private var pending: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        private var pendingCount = 0

        private static let k: UInt64 = 0x9E37_79B9_7F4A_7C15

        package init(count: Int) {
            a = 0x243F_6A88_85A3_08D3 ^ UInt64(count)
            b = 0x1319_8A2E_0370_7344
            c = 0xA409_3822_299F_31D0
            d = 0x082E_FA98_EC4E_6C89
        }

        @inline(__always)
        private static func mix(_ h: UInt64, _ w: UInt64) -> UInt64 {
            let m = (h ^ w) &* k
            return m ^ (m >> 32)
        }

        @inline(__always)
        private mutating func block(_ p: UnsafeRawPointer) {
            a = Self.mix(a, UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)))
            b = Self.mix(b, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
            c = Self.mix(c, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 16, as: UInt64.self)))
            d = Self.mix(d, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)))
        }

        package mutating func add(_ bytes: UnsafeRawBufferPointer) {
            guard let base = bytes.baseAddress else { return }
            var i = 0
            let n = bytes.count
            if pendingCount > 0 {
                let taken = min(32 - pendingCount, n)
                withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.advanced(by: pendingCount).copyMemory(from: base, byteCount: taken) }
                pendingCount += taken
                i = taken
                guard pendingCount == 32 else { return }
                var full = pending
                withUnsafeBytes(of: &full) { block($0.baseAddress!) }
                pending = (0, 0, 0, 0)
                pendingCount = 0
            }
            while i + 32 <= n {
                block(base + i)
                i += 32
            }
            if i < n {
                withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: base + i, byteCount: n - i) }
                pendingCount = n - i
            }
        }

        package var value: UInt64 {
            // The unfinished block, zero-padded (the count, in `a` from the start, tells a
            // padded block from one that held those zeros).
            var sum = self
            if pendingCount > 0 {
                var last = pending
                withUnsafeBytes(of: &last) { sum.block($0.baseAddress!) }
            }
            var h = Self.mix(Self.mix(Self.mix(sum.a, sum.b), sum.c), sum.d) &* Self.k
            h ^= h >> 29
            return h
        }
    }

    /// FNV-1a, for short texts: names a journal's cache file from its path.
    package static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }
}
