import Testing
@testable import JobJournalLSP

/// The base protocol's framing: messages come out whole however the stream is cut, and what
/// a client gets wrong comes out as a problem, with reading going on at the next header.
@Suite("Reading framed messages")
struct MessageReaderTests {
    /// A reader over `input`, handing it out `chunk` bytes at a time.
    static func events(_ input: [UInt8], chunk: Int = 1 << 16, limit: Int = 1 << 20) -> [MessageReader.Event] {
        var offset = 0
        var reader = MessageReader(limit: limit) { buffer in
            let n = min(chunk, input.count - offset)
            buffer += input[offset..<(offset + n)]
            offset += n
            return n
        }
        var out: [MessageReader.Event] = []
        while let event = reader.next() { out.append(event) }
        return out
    }

    static func frame(_ json: String, length: Int? = nil, header: String = "") -> [UInt8] {
        Array("\(header)Content-Length: \(length ?? json.utf8.count)\r\n\r\n\(json)".utf8)
    }

    static let a = #"{"id":1,"method":"a"}"#
    static let b = #"{"id":2,"method":"b","params":{"text":"Content-Length: 5\r\n\r\n"}}"#

    @Test("messages come out whole, byte by byte or all at once; other headers are read past")
    func whole() {
        let input = Self.frame(Self.a, header: "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n") + Self.frame(Self.b)
        for chunk in [1, 3, 64, 1 << 16] {
            #expect(Self.events(input, chunk: chunk) == [.message(Array(Self.a.utf8)), .message(Array(Self.b.utf8))], "chunk \(chunk)")
        }
    }

    @Test("a Content-Length too long is noticed at the next header, which is read")
    func tooLong() {
        let input = Self.frame(Self.a, length: Self.a.utf8.count + 40) + Self.frame(Self.b)
        for chunk in [1, 7, 1 << 16] {
            let events = Self.events(input, chunk: chunk)
            #expect(events.count == 2)
            #expect(events.last == .message(Array(Self.b.utf8)), "chunk \(chunk)")
        }
    }

    @Test("a Content-Length too short gives a body that is no JSON; the rest is skipped to the next header")
    func tooShort() {
        let input = Self.frame(Self.a, length: 10) + Self.frame(Self.b)
        #expect(Self.events(input) == [.message(Array(Self.a.utf8.prefix(10))), .message(Array(Self.b.utf8))])
    }

    @Test("no Content-Length, a header that never ends, a message over the limit: problems, then the next message")
    func problems() {
        let missing = Array("Content-Type: x\r\n\r\n".utf8) + Self.frame(Self.a)
        #expect(Self.events(missing) == [.malformed("a message header without a valid Content-Length"), .message(Array(Self.a.utf8))])
        let noEnd = [UInt8](repeating: 0x78, count: 70_000) + Self.frame(Self.a)
        #expect(Self.events(noEnd, chunk: 4096).last == .message(Array(Self.a.utf8)))
        let big = Self.frame(String(repeating: "x", count: 2000)) + Self.frame(Self.a)
        let events = Self.events(big, chunk: 100, limit: 1000)
        #expect(events == [.malformed("a message of 2000 bytes, over the 1000 bytes a message may have; skipped"), .message(Array(Self.a.utf8))])
    }

    @Test("a stream that ends inside a message ends the reading")
    func truncated() {
        #expect(Self.events(Array(Self.frame(Self.a).dropLast(3))) == [])
    }
}
