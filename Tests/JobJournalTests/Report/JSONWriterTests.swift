import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("JSON is written the same however it is split")
struct JSONWriterTests {
    /// An object per number, written one by one into an array.
    func sequential(_ numbers: [Int]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("items")
        w.beginArray()
        for n in numbers { item(n, &w) }
        w.endArray()
        w.field("after", true)
        w.endObject()
        return w.output
    }

    func item(_ n: Int, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("n", n)
        w.field("text", "item \"\(n)\"\n")
        w.endObject()
    }

    /// The same array, `leading` written one by one and then `numbers` in parallel batches,
    /// streamed to a sink.
    func inBatches(_ numbers: [Int], after leading: [Int] = []) -> String {
        var sink = StringSink()
        var w = JSONWriter()
        w.beginObject()
        w.key("items")
        w.beginArray()
        for n in leading { item(n, &w) }
        w.writeElements(numbers, to: &sink) { n, writer in
            writer.beginObject()
            writer.field("n", n)
            writer.field("text", "item \"\(n)\"\n")
            writer.endObject()
        }
        w.endArray()
        w.field("after", true)
        w.endObject()
        w.flush(into: &sink)
        return sink.text
    }

    @Test("elements written in parallel batches and streamed match elements written in order", arguments: [0, 1, 255, 256, 257, 2_000])
    func parallelBatches(count: Int) {
        let numbers = Array(0..<count)
        #expect(inBatches(numbers) == sequential(numbers))
    }

    @Test("parallel batches after an element written one by one are joined with a comma", arguments: [1, 600])
    func batchesAfterAnElement(count: Int) {
        let numbers = Array(0..<count)
        #expect(inBatches(numbers, after: [-1]) == sequential([-1] + numbers))
    }

    @Test("nesting of any depth is laid out the same: commas, line breaks and indentation", arguments: [1, 63, 64, 65, 130])
    func deepNesting(depth: Int) {
        // Each level an array of a number and the next level, built as text by hand.
        func expected(_ level: Int) -> String {
            let inner = String(repeating: "  ", count: level + 1), outer = String(repeating: "  ", count: level)
            let next = level + 1 < depth ? ",\n" + inner + expected(level + 1) : ""
            return "[\n" + inner + "\(level)" + next + "\n" + outer + "]"
        }
        var w = JSONWriter()
        for level in 0..<depth {
            w.beginArray()
            w.number(level)
        }
        for _ in 0..<depth { w.endArray() }
        #expect(w.output == expected(0) + "\n")
    }

    @Test("control characters, quotes and backslashes are escaped; other text is kept")
    func escaping() {
        var w = JSONWriter()
        w.string("a\"b\\c\u{1}\u{7F}\u{1B}[31m\tzé🎉")
        #expect(w.output == #""a\"b\\c\u0001\u007F\u001B[31m\tzé🎉""#)
    }
}

@Suite("JSON strings are escaped wherever the byte falls")
struct JSONEscapePositionTests {
    /// The escaping JSON output must have, spelled out one character at a time.
    func expected(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test("a character that needs escaping is caught at every offset of a string of any length, short or past a block of sixteen bytes",
          arguments: [1, 2, 7, 8, 15, 16, 17, 20, 31, 32, 33, 47])
    func everyOffset(length: Int) {
        for special in ["\"", "\\", "\n", "\u{1}", "\u{7F}", "\u{9B}", "é"] {
            for offset in 0..<length {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: length - 1 - offset)
                var w = JSONWriter()
                w.string(text)
                #expect(w.output == expected(text), "U+\(String(special.unicodeScalars.first!.value, radix: 16)) at \(offset) of \(length)")
                // Another one further on: the scan goes on past the first.
                let twice = text + String(repeating: "c", count: offset) + special
                w = JSONWriter()
                w.string(twice)
                #expect(w.output == expected(twice), "twice, at \(offset) of \(length)")
            }
        }
    }
}
