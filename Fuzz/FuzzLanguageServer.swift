import JobJournalCore
import JobJournalLSP

import Glibc

/// libFuzzer's entry point for the language server: one input is what an editor writes to
/// the server's standard input, read through `MessageReader` in pieces whose size the first
/// byte chooses, and every message handled by a server that was initialized on an empty
/// journal. A crash, a hang or a memory error is a finding; answers are dropped.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLanguageServer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let chunk = 1 + Int(input.first ?? 0) % 97
    var offset = min(1, input.count)
    var reader = MessageReader(limit: 1 << 16) { buffer in
        let n = min(chunk, input.count - offset)
        buffer += input[offset..<(offset + n)]
        offset += n
        return n
    }
    let server = LanguageServer(root: FuzzJournal.root, today: { FuzzJournal.today }, writer: MessageWriter { _ in })
    let initialize = Array(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}"#.utf8)
    _ = server.handle(.message(initialize))
    while let event = reader.next() {
        if server.handle(event) != nil { break }
    }
    return 0
}

/// An empty journal folder, so that no input makes the server read files of the machine.
enum FuzzJournal {
    static let today = Day(iso: "2026-11-26")!
    static let root: String = {
        var template = Array("/tmp/jobjournal-lsp-fuzz-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        return made.map { String(cString: $0) } ?? "/nonexistent"
    }()
}
