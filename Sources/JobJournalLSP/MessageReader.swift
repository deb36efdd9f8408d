import Foundation

/// Reads the Language Server Protocol's base protocol from a stream of bytes: header lines
/// (`Content-Length: N`), a blank line, then N bytes of JSON. What a client may get wrong
/// comes out as a `.malformed` event, never a crash, and reading goes on with the next
/// header: text that is no header is skipped up to the next `Content-Length:`; a length
/// longer than its message is noticed when the next header follows a complete JSON value;
/// a message over `limit` bytes is read past without being kept.
package struct MessageReader {
    package enum Event: Equatable {
        /// One message's JSON.
        case message([UInt8])
        /// Bytes that could not be read as a message, and why.
        case malformed(String)
    }

    /// The largest message kept, in bytes.
    package let limit: Int
    /// Appends what the stream has next to the buffer; returns how many bytes (0 at its end).
    private let fill: (inout [UInt8]) -> Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    package init(limit: Int = 32 << 20, fill: @escaping (inout [UInt8]) -> Int) {
        self.limit = limit
        self.fill = fill
    }

    /// Reads from a file descriptor (standard input), 64 KiB at a time.
    package init(fd: Int32, limit: Int = 32 << 20) {
        self.init(limit: limit) { buffer in
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return 0 }
                buffer += chunk[0..<n]
                return n
            }
        }
    }

    private static let separator: [UInt8] = Array("\r\n\r\n".utf8)
    private static let lengthHeader: [UInt8] = Array("content-length:".utf8)

    /// The next message or problem; nil when the stream has ended.
    package mutating func next() -> Event? {
        while true {
            compact()
            guard let headerEnd = find(Self.separator, from: start) else {
                // A header never ends: keep the tail, where a real header may be starting.
                if buffer.count - start > 1 << 16 {
                    start = buffer.count - 64
                    return .malformed("no message header in 64 KiB of input")
                }
                if !more() { return nil }
                continue
            }
            let header = start..<headerEnd
            let bodyStart = headerEnd + Self.separator.count
            start = bodyStart
            guard let length = contentLength(in: header) else {
                return .malformed("a message header without a valid Content-Length")
            }
            if length > limit {
                skip(length)
                return .malformed("a message of \(length) bytes, over the \(limit) bytes a message may have; skipped")
            }
            // Each byte of the body is looked at once for a header that should not be there.
            var scanned = bodyStart
            while true {
                if let next = nextHeader(inBodyAt: bodyStart, from: &scanned, before: bodyStart + length) {
                    start = next
                    return .malformed("Content-Length \(length) is longer than the message (\(next - bodyStart) bytes before the next header)")
                }
                if buffer.count - bodyStart >= length { break }
                if !more() { return nil }
            }
            start = bodyStart + length
            return .message(Array(buffer[bodyStart..<(bodyStart + length)]))
        }
    }

    /// Reads more; false at the end of the stream.
    private mutating func more() -> Bool {
        guard !ended else { return false }
        if fill(&buffer) == 0 { ended = true }
        return !ended
    }

    /// Drops the bytes already read once they are a good part of the buffer.
    private mutating func compact() {
        if start > 1 << 16, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// Reads past `count` bytes of a body without keeping them.
    private mutating func skip(_ count: Int) {
        var left = count
        while true {
            let available = buffer.count - start
            if available >= left {
                start += left
                return
            }
            left -= available
            buffer.removeAll(keepingCapacity: true)
            start = 0
            if !more() { return }
        }
    }

    /// The value of the last `Content-Length:` header in the block (any text before it is
    /// left over from a message that was cut short, and is dropped).
    private func contentLength(in header: Range<Int>) -> Int? {
        var found: Int? = nil
        var i = header.lowerBound
        while i + Self.lengthHeader.count <= header.upperBound {
            if matchesLengthHeader(at: i) { found = i }
            i += 1
        }
        guard var j = found.map({ $0 + Self.lengthHeader.count }) else { return nil }
        while j < header.upperBound, buffer[j] == 0x20 || buffer[j] == 0x09 { j += 1 }
        var value = 0
        var digits = 0
        while j < header.upperBound, buffer[j] >= 0x30, buffer[j] <= 0x39, digits < 18 {
            value = value * 10 + Int(buffer[j] - 0x30)
            digits += 1
            j += 1
        }
        while j < header.upperBound, buffer[j] == 0x20 || buffer[j] == 0x09 { j += 1 }
        guard digits > 0, j == header.upperBound || buffer[j] == 0x0D || buffer[j] == 0x0A else { return nil }
        return value
    }

    private func matchesLengthHeader(at i: Int) -> Bool {
        for k in 0..<Self.lengthHeader.count {
            var c = buffer[i + k]
            if c >= 0x41 && c <= 0x5A { c += 32 }
            if c != Self.lengthHeader[k] { return false }
        }
        return true
    }

    /// Where a header starts inside what should be a body, when the body's bytes before it
    /// are a complete JSON value: the length given was too long for the message.
    private func nextHeader(inBodyAt bodyStart: Int, from scanned: inout Int, before end: Int) -> Int? {
        let last = min(end, buffer.count) - Self.lengthHeader.count
        while scanned <= last {
            let i = scanned
            scanned += 1
            if buffer[i] == 0x43 || buffer[i] == 0x63, matchesLengthHeader(at: i),
               JSONShape.isComplete(buffer[bodyStart..<i]) {
                return i
            }
        }
        return nil
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard buffer.count - from >= needle.count else { return nil }
        var i = from
        while i <= buffer.count - needle.count {
            if buffer[i] == needle[0], buffer[i + 1] == needle[1], buffer[i + 2] == needle[2], buffer[i + 3] == needle[3] {
                return i
            }
            i += 1
        }
        return nil
    }
}

/// Whether bytes hold one whole JSON object or array (brackets balanced outside strings),
/// followed by nothing but white space: enough to tell where a message really ended.
enum JSONShape {
    static func isComplete(_ bytes: ArraySlice<UInt8>) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        var closed = false
        for c in bytes {
            if closed {
                if c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09 { return false }
                continue
            }
            if inString {
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == 0x22 { inString = false }
                continue
            }
            switch c {
            case 0x22: inString = true
            case 0x7B, 0x5B: depth += 1
            case 0x7D, 0x5D:
                depth -= 1
                if depth < 0 { return false }
                if depth == 0 { closed = true }
            case 0x20, 0x0A, 0x0D, 0x09: break
            default: if depth == 0 { return false }
            }
        }
        return closed
    }
}

/// Writes messages with their header to a file descriptor (standard output), whole.
package struct MessageWriter {
    package var write: ([UInt8]) -> Void

    package init(write: @escaping ([UInt8]) -> Void) { self.write = write }

    package init(fd: Int32) {
        self.init { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    package func send(_ json: [UInt8]) {
        write(Array("Content-Length: \(json.count)\r\n\r\n".utf8) + json)
    }
}
