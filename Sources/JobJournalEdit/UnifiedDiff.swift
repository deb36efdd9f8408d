/// The edits to a file as a unified diff (`diff -u`, three lines of context), what
/// `--dry-run` prints; `patch -p1` or `git apply` can apply it. Lines keep their own endings.
public enum UnifiedDiff {
    public static func render(_ old: TextLines, _ edits: [LineEdit], path: String) -> [UInt8] {
        let new = TextLines(old.applying(edits))
        // Appending after a last line without a line break gives that line one: in the diff
        // it is replaced.
        let lacksFinalNewline = old.count > 0 && old.ending(old.count).isEmpty
        let sorted = edits.map { edit in
            guard lacksFinalNewline, edit.range.lowerBound > old.count, !edit.lines.isEmpty else { return edit }
            return LineEdit(replacing: old.count..<(old.count + 1), with: [Array(old.line(old.count))] + edit.lines)
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        guard !sorted.isEmpty else { return [] }
        // An absolute path is named without its leading slash, as git names one: `a/tmp/x.md`,
        // which `patch -p1` reads as `tmp/x.md` from the root, not `a//tmp/x.md`.
        let named = String(path.drop { $0 == "/" })
        var out: [UInt8] = Array("--- \(old.count == 0 ? "/dev/null" : "a/" + named)\n+++ b/\(named)\n".utf8)
        // Edits close enough to share context go in one hunk.
        var groups: [[LineEdit]] = []
        for edit in sorted {
            if let last = groups.last?.last, edit.range.lowerBound - last.range.upperBound <= 2 * context {
                groups[groups.count - 1].append(edit)
            } else {
                groups.append([edit])
            }
        }
        var delta = 0
        for group in groups {
            let first = group.first!, last = group.last!
            let oldStart = max(1, first.range.lowerBound - context)
            let oldEnd = min(old.count + 1, last.range.upperBound + context)
            let newStart = oldStart + delta
            var body: [UInt8] = []
            var newLine = newStart
            var oldLine = oldStart
            for edit in group {
                while oldLine < edit.range.lowerBound {
                    append(" ", old, oldLine, to: &body)
                    oldLine += 1
                    newLine += 1
                }
                for n in edit.range { append("-", old, n, to: &body) }
                for _ in edit.lines {
                    append("+", new, newLine, to: &body)
                    newLine += 1
                }
                oldLine = edit.range.upperBound
                delta += edit.lines.count - edit.range.count
            }
            while oldLine < oldEnd {
                append(" ", old, oldLine, to: &body)
                oldLine += 1
                newLine += 1
            }
            let oldCount = oldEnd - oldStart
            let newCount = newLine - newStart
            out += Array("@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n".utf8)
            out += body
        }
        return out
    }

    /// The diff that creates a file holding `bytes`.
    public static func creation(_ bytes: [UInt8], path: String) -> [UInt8] {
        let lines = TextLines(bytes)
        let all = lines.count == 0 ? [] : (1...lines.count).map { Array(lines.line($0)) }
        return render(TextLines([]), [LineEdit(replacing: 1..<1, with: all)], path: path)
    }

    static let context = 3

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)"
    }

    private static func append(_ mark: String, _ lines: TextLines, _ n: Int, to out: inout [UInt8]) {
        out += Array(mark.utf8)
        out += lines.line(n)
        let ending = lines.ending(n)
        if ending.isEmpty {
            out += Array("\n\\ No newline at end of file\n".utf8)
        } else {
            out += ending
        }
    }
}
