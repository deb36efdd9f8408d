import Foundation
import Testing

/// `jobjournal lsp` run as an editor runs it, on streams an editor should never send: each
/// bad message gets the error the protocol prescribes, and the next request is answered.
/// The scripted sessions with real clients are in Tests/LSP (pytest-lsp and Neovim).
@Suite("The language server")
struct LanguageServerTests {
    /// One framed message.
    static func frame(_ body: [UInt8], length: Int? = nil) -> [UInt8] {
        Array("Content-Length: \(length ?? body.count)\r\n\r\n".utf8) + body
    }

    static func frame(_ json: String, length: Int? = nil) -> [UInt8] { frame(Array(json.utf8), length: length) }

    static func request(_ id: Int, _ method: String, _ params: String = "{}") -> String {
        #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#
    }

    /// Runs the server on `input` to its end; its status and the messages it wrote.
    static func serve(_ input: [UInt8], arguments: [String] = []) throws -> (status: Int32, messages: [[String: Any]]) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inURL = scratch.appendingPathComponent("in"), outURL = scratch.appendingPathComponent("out")
        try Data(input).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["lsp", "--today", exampleDay] + arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_CACHE_HOME": testCacheHome]
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            Issue.record("the server did not finish within 60 s")
        }
        process.waitUntilExit()
        return (process.terminationStatus, try messages(in: Array(Data(contentsOf: outURL))))
    }

    /// The messages of a framed stream.
    static func messages(in bytes: [UInt8]) throws -> [[String: Any]] {
        var out: [[String: Any]] = []
        var rest = bytes[...]
        while let separator = rest.firstRange(of: Array("\r\n\r\n".utf8)) {
            let header = String(decoding: rest[..<separator.lowerBound], as: UTF8.self)
            let length = Int(header.split(separator: ":").last!.trimmingCharacters(in: .whitespaces))!
            let body = rest[separator.upperBound..<(separator.upperBound + length)]
            out.append(try JSONSerialization.jsonObject(with: Data(body)) as! [String: Any])
            rest = rest[(separator.upperBound + length)...]
        }
        return out
    }

    /// The answers (not notifications), as (id, error code or nil).
    static func answers(_ messages: [[String: Any]]) -> [(id: String, code: Int?)] {
        messages.filter { $0["method"] == nil }.map { message in
            let id = message["id"].map { $0 is NSNull ? "null" : "\($0)" } ?? "none"
            return (id, (message["error"] as? [String: Any])?["code"] as? Int)
        }
    }

    @Test("bad input gets the protocol's errors, and the next request is answered")
    func badInput() throws {
        let hover = #"{"textDocument":{"uri":"file:///nowhere/x.md"},"position":{"line":0,"character":0}}"#
        let good = Self.request(7, "textDocument/hover", hover)
        var stream: [UInt8] = []
        stream += Self.frame(Self.request(1, "textDocument/hover", hover))                   // before initialize
        stream += Self.frame(Self.request(2, "initialize", #"{"capabilities":{}}"#))
        stream += Self.frame("{not json}")                                                   // malformed JSON
        stream += Self.frame(Array(#"{"jsonrpc":"2.0","id":3,"method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/x.md","text":"Caf"#.utf8)
                             + [0xE9] + Array(#""}}}"#.utf8))                                 // invalid UTF-8
        stream += Self.frame(Self.request(4, "jobjournal/unknown"))                           // unknown method
        let short = Self.request(5, "textDocument/hover", hover)
        stream += Self.frame(short, length: short.utf8.count - 5)                             // Content-Length too short
        stream += Self.frame(Self.request(6, "textDocument/hover", hover))
        let long = Self.request(60, "textDocument/hover", hover)
        stream += Self.frame(long, length: long.utf8.count + 100)                             // Content-Length too long
        stream += Self.frame(good)
        let huge = #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/big.md","text":""#
        stream += Self.frame(Array(huge.utf8) + [UInt8](repeating: 0x61, count: 64 << 20) + Array(#""}}}"#.utf8))  // 64 MB
        stream += Self.frame(Self.request(8, "textDocument/hover", #"{"textDocument":5}"#))    // params of the wrong shape
        stream += Self.frame(Self.request(9, "textDocument/hover", hover))
        stream += Self.frame(Self.request(10, "shutdown"))
        stream += Self.frame(Self.request(11, "textDocument/hover", hover))                  // after shutdown
        stream += Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let (status, messages) = try Self.serve(stream)
        #expect(status == 0)
        let answers = Self.answers(messages)
        #expect(answers.map(\.id) == ["1", "2", "null", "null", "4", "null", "6", "null", "7", "null", "8", "9", "10", "11"])
        #expect(answers.map(\.code) == [-32002, nil, -32700, -32700, -32601, -32700, nil, -32700, nil, -32700, -32602, nil, nil, -32600])
    }

    @Test("exit without shutdown ends with status 1; the end of input too")
    func exitStatus() throws {
        let exit = Self.frame(Self.request(1, "initialize", #"{"capabilities":{}}"#)) + Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(try Self.serve(exit).status == 1)
        #expect(try Self.serve(Self.frame(Self.request(1, "initialize", #"{"capabilities":{}}"#))).status == 1)
    }

    @Test("a buffer's diagnostics are check's, with the protocol's positions; typing changes them")
    func diagnosticsAsTyped() throws {
        let dir = try makeJournal([".jobjournal.yaml": "", "acme.md": "---\ncompany: Acme\nposition: Buyer\napplied: 2026-11-20\n---\n"])
        let uri = "file://" + dir.appendingPathComponent("acme.md").path
        let text = "---\\ncompany: Café Acme\\nposition: Buyer\\napplied: 2026-02-30\\n---\\n"
        var stream = Self.frame(Self.request(1, "initialize", #"{"capabilities":{},"rootUri":"file://\#(dir.path)"}"#))
        stream += Self.frame(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","version":1,"text":"\#(text)"}}}"#)
        // One character typed: 2026-02-30 becomes 2026-02-20.
        let change = #"{"range":{"start":{"line":3,"character":17},"end":{"line":3,"character":18}},"text":"2"}"#
        stream += Self.frame(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[\#(change)]}}"#)
        stream += Self.frame(Self.request(2, "shutdown")) + Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let published = try Self.serve(stream).messages.filter { $0["method"] as? String == "textDocument/publishDiagnostics" }
        #expect(published.count == 2)
        let first = (published.first?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
        #expect(first.count == 1)
        #expect(first.first?["code"] as? String == "invalid-date")
        #expect(first.first?["message"] as? String == "2026-02-30 is not a day: February 2026 has 28 days")
        let range = first.first?["range"] as? [String: [String: Int]]
        #expect(range?["start"] == ["line": 3, "character": 9])
        #expect(range?["end"] == ["line": 3, "character": 19])
        let second = (published.last?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
        #expect(second?.isEmpty == true)
    }
}
