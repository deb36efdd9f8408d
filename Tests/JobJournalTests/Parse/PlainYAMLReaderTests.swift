import Foundation
import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

// PlainYAMLReader reads the common shape of front matter without libyaml. It may decline any
// text, but what it accepts it must read exactly as libyaml does: same values, styles, marks.

/// Everything a node carries, marks included, one node per line.
private func dump(_ node: YAMLNode, indent: String = "") -> String {
    var head = "\(indent)\(node.location)-\(node.end)"
    if let tag = node.tag { head += " tag=\(tag)" }
    if node.isFlow { head += " flow" }
    if node.isAlias { head += " alias" }
    if node.hasAnchor { head += " anchor" }
    switch node.kind {
    case .scalar(let s):
        return head + " \(s.style) \(String(reflecting: s.value))\n"
    case .sequence(let items):
        return head + " seq\n" + items.map { dump($0, indent: indent + "  ") }.joined()
    case .mapping(let pairs):
        return head + " map\n" + pairs.map { dump($0.key, indent: indent + "  ? ") + dump($0.value, indent: indent + "  : ") }.joined()
    }
}

private enum Outcome: Equatable {
    case declined
    case read(String)
}

/// What the plain reader makes of `text`, and what libyaml does.
private func bothReadings(_ text: String, firstLine: Int = 2) -> (plain: Outcome, libyaml: String) {
    var text = text
    return text.withUTF8 { buffer in
        let raw = UnsafeRawBufferPointer(buffer)
        let plain: Outcome
        do {
            plain = .read(try PlainYAMLReader.read(raw, firstLine: firstLine, limits: .default).map { dump($0) } ?? "empty")
        } catch {
            plain = .declined
        }
        let libyaml: String
        switch YAMLComposer.composeWithLibYAML(raw, firstLine: firstLine) {
        case .success(let node?): libyaml = dump(node)
        case .success(nil): libyaml = "empty"
        case .failure(let error): libyaml = "error \(error.location): \(error.message)"
        }
        return (plain, libyaml)
    }
}

/// The first line where two readings differ, for a failure message.
private func firstDifference(_ plain: Outcome, _ libyaml: String) -> String {
    guard case .read(let text) = plain else { return "declined" }
    let a = text.split(separator: "\n"), b = libyaml.split(separator: "\n")
    for (x, y) in zip(a, b) where x != y { return "plain: \(x) | libyaml: \(y)" }
    return "plain has \(a.count) lines, libyaml \(b.count)"
}

/// The front matter of every application in journal-example/.
private func exampleFrontMatters() throws -> [String] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("journal-example")
    let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
    var result: [String] = []
    for case let url as URL in files where url.pathExtension == "md" {
        let text = try String(contentsOf: url, encoding: .utf8)
        let parts = text.components(separatedBy: "\n---\n")
        if text.hasPrefix("---\n"), parts.count > 1 {
            result.append(String(parts[0].dropFirst(4)) + "\n")
        }
    }
    return result
}

/// Hand-written front matter in the plain shape, with the corners libyaml marks differently.
private let plainCases = [
    "company: Acme\n",
    "company: Acme",
    "company: Acme   \n\n\n",
    "company: Acme   # a comment\nposition:   Sales   Lead  \n",
    "# leading comment\n\ncompany: Acme\n# trailing comment",
    "company: Acme\n  # indented comment\nstatus: applied\n",
    "a:\nb:   \nc: # nothing\nd: x\n",
    "link: https://jobs.example/a#b?c=d:e\ntime: 10:30\n",
    "phone: \"+1 555 0116\"\nnote: 'It''s fine'\nempty: ''\nquoted: \"\"\n",
    "with: [Tom Shah]\nboth: [ Tom Shah ,Ann Rossi  ]\nnone: []\nspaced: [ ]\n",
    "contacts:\n  - name: Tom Shah\n    role: Recruiter\n  - name: Ann\n    prefers: email\nstatus: offer\n",
    "thank-you: {sent: 2026-11-17, via: card}\nnone: {}\nspaced: { a : b ,c: d }\n",
    "tags:\n  - one\n  - two   # second\n  -   three\nnext: x\n",
    "interviews:\n  - date: 2026-10-30\n    with: [Tom Shah]\n    round: 1\n  - date: 2026-11-08\n    with: [Ann Rossi]\n",
    "offer:\n  verbal: 2026-11-20\n  written:\n    received: 2026-11-22\n    terms: [salary, start date]\n",
    "company: José Müller 株式会社\nnote: 'naïve 😀'\n",
    "  company: Acme\n  status: applied\n",
    "key : value\nother  :   spaced\n",
    "a: b,c[d]{e}\nf: x-y?z\n",
    "nested:\n    deep:\n        deeper: 1\n    back: 2\ntop: 3\n",
    "list:\n  - a\n\n  - b\n\n\n",
    "list:\n  - a\n  - b",
    "m:\n  - k: v\n    l:\n  - k: w\n",
    "title: a -- b\nurl: x:y\n",
]

/// Text the plain reader must decline: libyaml reads it differently from the one-line rules, or
/// refuses it.
private let declinedCases = [
    "company: Acme\r\n", "company:\tAcme\n", "company: &a Acme\nb: *a\n", "c: !!str 1\n",
    "note: |\n  text\n", "note: >\n  text\n", "note: first\n  second\n", "note: \"a\\tb\"\n",
"? complex\n: value\n", "\"quoted key\": v\n", "---\na: b\n", "a: b\n...\n",
    "a: b: c\n", "contacts:\n- name: Tom\n", "a: {b}\n", "a: {b: }\n", "a: {b: c, }\n", "a: {b: [c]}\n", "a: b:\n", "list:\n- a\n- b\n", "- a\n- b\n", "plain scalar\n", "a: [b, ]\n",
    "a: [b\n", "a: 'open\n", "a: \"open\n", "a: -b\n", "a: - b\n", "\u{FEFF}a: b\n", "a: b\u{2028}c\n",
    "a: b\n c: d\n", "a:\n  - \n", "a:\n  -\n    b: c\n", "a: [b: c]\n", "a: [[b]]\n", "a:\n  just text\n",
    "a: b\n  # comment\n  c\n", "%YAML 1.1\n---\na: b\n", "a: b\nc\n", "a: 1\n b: 2\n",
    "company: Acme Corporation\u{7F}\n", "company: Acme Corporation\u{1}\n", "company: Acme\u{85}Corp\n",
    "company: Acme\u{9B}Corp\n", "company: Acme\u{FFFE}\n",
]

@Suite("PlainYAMLReader")
struct PlainYAMLReaderTests {
    @Test(arguments: plainCases)
    func readsThePlainShapeAsLibYAMLDoes(text: String) {
        let (plain, libyaml) = bothReadings(text)
        #expect(plain == .read(libyaml))
    }

    @Test(arguments: declinedCases)
    func declinesWhatItDoesNotRead(text: String) {
        #expect(bothReadings(text).plain == .declined)
    }

    @Test func readsEveryExampleApplicationAsLibYAMLDoes() throws {
        let frontMatters = try exampleFrontMatters()
        #expect(frontMatters.count >= 10)
        for text in frontMatters {
            let (plain, libyaml) = bothReadings(text)
            #expect(plain == .read(libyaml), "\(text)")
        }
    }

    @Test(arguments: plainCases + declinedCases)
    func composerReadsAsLibYAMLDoes(text: String) {
        var copy = text
        let composed = copy.withUTF8 { buffer -> String in
            switch YAMLComposer.compose(UnsafeRawBufferPointer(buffer), firstLine: 5) {
            case .success(let node?): return dump(node)
            case .success(nil): return "empty"
            case .failure(let error): return "error \(error.location): \(error.message)"
            }
        }
        #expect(composed == bothReadings(text, firstLine: 5).libyaml)
    }

    /// Thousands of small edits of plain front matter, with the characters YAML gives meaning
    /// to: whatever the plain reader accepts must read as libyaml reads it.
    @Test func agreesWithLibYAMLOnEditedFrontMatter() throws {
        let seeds = try exampleFrontMatters() + plainCases
        let alphabet: [String] = [" ", "  ", ":", ": ", "-", "- ", "#", " #", "'", "\"", "[", "]", ",", "\n", "\n  ",
                                  "a", "é", "\t", "\r", "&", "*", "!", "|", ">", "{", "}", "?", ".", "\\", "x: y", "- z", "\u{7F}", "\u{1}", "\u{85}"]
        var random = SplitMix(seed: 0x6A6F626A6F75726E)
        var accepted = 0
        var total = 0
        for seed in seeds {
            for _ in 0..<300 {
                var bytes = Array(seed.utf8)
                for _ in 0..<(1 + random.next(4)) {
                    let at = random.next(bytes.count + 1)
                    switch random.next(4) {
                    case 0 where at < bytes.count:
                        bytes.remove(at: at)
                    case 1:
                        // Re-indent a line by a space or two either way.
                        let lineStart = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                        if random.next(2) == 0 {
                            bytes.insert(contentsOf: Array(repeating: 0x20, count: 1 + random.next(2)), at: lineStart)
                        } else if lineStart < bytes.count && bytes[lineStart] == 0x20 {
                            bytes.remove(at: lineStart)
                        }
                    default:
                        bytes.insert(contentsOf: Array(alphabet[random.next(alphabet.count)].utf8), at: at)
                    }
                }
                // Edits may split a UTF-8 sequence; those texts are declined or refused alike.
                let text = String(decoding: bytes, as: UTF8.self)
                let (plain, libyaml) = bothReadings(text)
                total += 1
                if case .read = plain {
                    accepted += 1
                    #expect(plain == .read(libyaml), "\(String(reflecting: text)) \(firstDifference(plain, libyaml))")
                }
            }
        }
        // The comparison means something only if many edited texts are still read.
        #expect(accepted * 4 > total, "accepted \(accepted) of \(total)")
    }
}

/// A small deterministic random source (SplitMix64), so every run edits the same way.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        z ^= z >> 31
        return Int(z % UInt64(max(bound, 1)))
    }
}
