import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

/// An inline file opened for editing.
func editable(_ text: String, path: String = "app.md") -> EditableFile {
    EditableFile(bytes: Array(text.utf8), path: path, displayPath: path)
}

/// The file's bytes after one edit, checked like a write would be.
func edited(_ file: EditableFile, _ edits: [LineEdit], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [UInt8] {
    try file.applying(edits).lines.bytes
}

/// Lines with their endings, as bytes.
private func linesKeepingEndings(_ bytes: [UInt8]) -> [[UInt8]] {
    var out: [[UInt8]] = []
    var current: [UInt8] = []
    for b in bytes {
        current.append(b)
        if b == 0x0A {
            out.append(current)
            current = []
        }
    }
    if !current.isEmpty { out.append(current) }
    return out
}

private func withoutEnding(_ line: [UInt8]) -> String {
    var l = line[...]
    if l.last == 0x0A { l = l.dropLast() }
    if l.last == 0x0D { l = l.dropLast() }
    return String(decoding: l, as: UTF8.self)
}

/// Checks that `after` is `before` with the lines `removed` replaced by `added`, and every
/// other byte (line endings, a BOM, comments, blank lines) exactly as it was; added lines
/// end with `ending` (the last line of a file without a final line break excepted).
func expectEdit(_ before: [UInt8], _ after: [UInt8], removed: [String], added: [String], ending: String = "\n",
                sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let a = linesKeepingEndings(before), b = linesKeepingEndings(after)
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
    let oldMiddle = a[prefix..<(a.count - suffix)], newMiddle = b[prefix..<(b.count - suffix)]
    #expect(oldMiddle.map(withoutEnding) == removed, "removed lines", sourceLocation: sourceLocation)
    #expect(newMiddle.map(withoutEnding) == added, "added lines", sourceLocation: sourceLocation)
    for line in newMiddle where line.last == 0x0A {
        #expect(line.suffix(ending.utf8.count).elementsEqual(ending.utf8), "line ending of \(withoutEnding(line))", sourceLocation: sourceLocation)
    }
}

func expectEdit(_ before: String, _ after: [UInt8], removed: [String], added: [String], ending: String = "\n",
                sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectEdit(Array(before.utf8), after, removed: removed, added: added, ending: ending, sourceLocation: sourceLocation)
}

/// The refusal an edit gives, failing the test when it succeeds.
func refusal(_ body: () throws -> Void, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> EditRefusal? {
    do {
        try body()
        Issue.record("expected the edit to be refused", sourceLocation: sourceLocation)
    } catch let error as EditRefusal {
        return error
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

func path(_ text: String) throws(EditRefusal) -> YAMLPath { try YAMLPath(parsing: text) }
