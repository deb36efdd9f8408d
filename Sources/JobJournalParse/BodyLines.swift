import JobJournalCore

/// Lines of a body's bytes by file line number, without their line endings.
package enum BodyLines {
    static func split(_ body: UnsafeRawBufferPointer, firstLine: Int, from: Int, before end: Int) -> [DraftText.Line] {
        var out: [DraftText.Line] = []
        var number = firstLine
        var start = 0
        while start < body.count, number < end {
            let (lineEnd, next) = FileLayout.lineEnd(body, from: start)
            if number >= from {
                out.append(DraftText.Line(number: number, text: String(decoding: UnsafeRawBufferPointer(rebasing: body[start..<lineEnd]), as: UTF8.self)))
            }
            start = next
            number += 1
        }
        return out
    }
}
