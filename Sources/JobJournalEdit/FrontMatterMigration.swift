import JobJournalCore
import JobJournalParse

/// What `jobjournal migrate` changes in one file's YAML front matter, so that a note written
/// in another tool's shape reads in this format's own words: other spellings of keys become
/// ours (`Employer` → `company`, `next_step` → `next-step`), a one-item list where one value
/// belongs becomes the value (`status: [rejected]`), a status word becomes ours (`Phone
/// Screen` → `interviewing`), and a timestamp where a day belongs becomes the day
/// (`2024-11-20T08:15:00Z` → `2024-11-20`, as written, no time zone applied).
///
/// Each change rewrites only the characters of that key or value on its line, as `set`
/// does; everything else (comments, order, quoting, line endings) stays byte for byte. The
/// user's own words are theirs: a key named in `keys:` or a status in `status-map:` of
/// `.jobjournal.yaml` is left as written. What cannot be rewritten safely (an anchor, a list
/// with a comment inside it, a spelling that would duplicate a key) is left and said.
package struct FrontMatterMigration: Sendable {
    /// The edits, none overlapping.
    package var edits: [LineEdit] = []
    /// What changed, one line each: `line 2: key 'Employer' → 'company'`.
    package var changes: [String] = []
    /// What was left as it is, with why.
    package var leftAlone: [String] = []

    /// The replacements on one line: byte ranges within its content, and their new text.
    private var splices: [Int: [(range: Range<Int>, text: String)]] = [:]
    private let lines: TextLines
    private let settings: Settings

    init(lines: TextLines, root: YAMLNode, settings: Settings) {
        self.lines = lines
        self.settings = settings
        guard let pairs = root.mapping, !root.isFlow else { return }
        migrate(pairs, keys: .application)
        for (line, parts) in splices.sorted(by: { $0.key < $1.key }) where !edits.contains(where: { $0.range.contains(line) }) {
            var content = Array(lines.line(line))
            let base = lines.line(line).startIndex
            for part in parts.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                content.replaceSubrange((part.range.lowerBound - base)..<(part.range.upperBound - base), with: Array(part.text.utf8))
            }
            edits.append(LineEdit(replacing: line..<(line + 1), with: [content]))
        }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Edits of neighbouring lines as one, so that the diff shows them as `diff -u` would.
        var merged: [LineEdit] = []
        for edit in edits {
            if let last = merged.last, last.range.upperBound == edit.range.lowerBound {
                merged[merged.count - 1] = LineEdit(replacing: last.range.lowerBound..<edit.range.upperBound, with: last.lines + edit.lines)
            } else {
                merged.append(edit)
            }
        }
        edits = merged
    }

    // MARK: What each place holds

    /// The nested parts: a mapping's keys, and the keys of a list's items.
    private static let mappings: [String: KeySet] = ["offer": .offer]
    private static let lists: [String: KeySet] = ["contacts": .contact, "interviews": .interview, "references": .reference, "promises": .promise]
    /// Keys whose value is a list of names, where a list of one is as right as one name.
    private static let listValued: Set<String> = ["with", "conditions"]
    /// Keys that hold a day, by part.
    private static let dayKeys: [String: Set<String>] = [
        "application": ["applied", "follow-up"],
        "interview": ["date", "next-step", "thank-you"],
        "thank-you": ["sent"],
        "reference": ["briefed", "contacted"],
        "promise": ["due", "done"],
        "offer": ["verbal", "requested", "written", "reviewed", "accepted", "approved"],
    ]

    private mutating func migrate(_ pairs: [YAMLPair], keys: KeySet) {
        for pair in pairs {
            guard let written = pair.key.text, pair.key.scalar != nil else { continue }
            let folded = KeySet.fold(written)
            if keys.context == KeySet.application.context, settings.keyMap[folded] != nil { continue }
            guard let key = keys.key(for: folded) else { continue }
            if pair.key.isAlias || pair.key.hasAnchor || pair.value.isAlias || pair.value.hasAnchor {
                leftAlone.append("line \(pair.key.location.line): '\(written)' has an anchor or alias; left as it is")
                continue
            }
            var renamed = key != written
            if renamed, let other = pairs.first(where: { $0.key.location != pair.key.location && $0.key.text.map { keys.key(for: KeySet.fold($0)) } == key }) {
                leftAlone.append("line \(pair.key.location.line): '\(written)' not renamed '\(key)': line \(other.key.location.line) has that key already")
                renamed = false
            }
            let keyText = renamed ? key : nil
            if let keyText { changes.append("line \(pair.key.location.line): key '\(written)' → '\(keyText)'") }
            if migrateValue(pair, key: key, keys: keys, renamingTo: keyText) { continue }
            if let keyText { splice(pair.key.location, pair.key.end, with: keyText) }
        }
    }

    /// Rewrites the value of a pair where it is in another shape; true when that edit also
    /// wrote the key (a block list of one becomes one line).
    private mutating func migrateValue(_ pair: YAMLPair, key: String, keys: KeySet, renamingTo newKey: String?) -> Bool {
        let value = pair.value
        let line = pair.key.location.line
        if keys.context == KeySet.application.context, let nested = Self.mappings[key], let pairs = value.mapping {
            if !value.isFlow { migrate(pairs, keys: nested) }
            return false
        }
        if keys.context == KeySet.application.context, let itemKeys = Self.lists[key], let items = value.sequence {
            for item in items where !item.isFlow { if let pairs = item.mapping { migrate(pairs, keys: itemKeys) } }
            return false
        }
        if keys.context == KeySet.interview.context, key == "thank-you", let pairs = value.mapping {
            if !value.isFlow { migrate(pairs, keys: .thankYou) }
            return false
        }
        if Self.listValued.contains(key) || value.mapping != nil { return false }
        // A value, or a list of one value.
        var scalar = value
        var wikilink = false
        if let items = value.sequence {
            guard items.count == 1 else { return false }
            if value.isFlow, let inner = items[0].sequence, inner.count == 1, inner[0].scalar != nil, items[0].isFlow {
                scalar = inner[0]
                wikilink = true
            } else if items[0].scalar != nil, !items[0].isNull {
                scalar = items[0]
            } else {
                return false
            }
        }
        guard let text = scalar.text, !scalar.isNull, !scalar.hasAnchor, !scalar.isAlias, scalar.location.line == scalar.end.line else { return false }
        var newText = text
        var what: [String] = []
        if wikilink {
            newText = "[[\(text)]]"
        }
        if key == "status", keys.context == KeySet.application.context, settings.statusMap[Status.fold(text)] == nil,
            case .status(let status) = Status.read(text), status.rawValue != text {
            newText = status.rawValue
            what.append("status '\(text)' → '\(newText)'")
        }
        if key == "status", keys.context == KeySet.application.context, case .ambiguous(_, let choices) = Status.read(text, map: settings.statusMap) {
            leftAlone.append("line \(scalar.location.line): status '\(text)' could be \(choices.map(\.rawValue).joined(separator: ", ")); left as it is")
        }
        if Self.dayKeys[keys.context]?.contains(key) == true, let day = Self.dayOfTimestamp(text) {
            newText = day.description
            what.append("'\(text)' → \(newText), the day without its time")
        }
        let isList = value.sequence != nil
        if isList { what.insert("\(newKey ?? key): a list of one → \(wikilink ? "[[\(text)]]" : "its value")", at: 0) }
        guard isList || newText != text else { return false }
        let yaml = YAMLText.scalar(newText, like: isList ? .plain : scalar.scalar!.style, as: Self.dayKeys[keys.context]?.contains(key) == true ? .day : .text)
        if isList && !value.isFlow {
            // `status:` then `  - rejected` on the next line: one line, `status: rejected`.
            let keyLine = lines.line(line)
            let keyEnd = keyLine.startIndex + lines.byteColumn(line: line, column: pair.key.end.column)
            let afterKey = String(decoding: keyLine[keyEnd...], as: UTF8.self).trimmingSpaces
            let itemLine = scalar.location.line
            let itemRest = lines.line(itemLine)
            let itemEnd = itemRest.startIndex + lines.byteColumn(line: itemLine, column: scalar.end.column)
            guard afterKey == ":", itemLine == line + 1, value.location.line == itemLine,
                String(decoding: itemRest[itemEnd...], as: UTF8.self).trimmingSpaces.isEmpty
            else {
                leftAlone.append("line \(line): \(key) is a list of one with something else on its lines (a comment); left as it is")
                return false
            }
            let start = lines.byteColumn(line: line, column: pair.key.location.column)
            let written = newKey ?? String(decoding: keyLine[(keyLine.startIndex + start)..<keyEnd], as: UTF8.self)
            let content = Array(keyLine[..<(keyLine.startIndex + start)]) + Array("\(written): \(yaml)".utf8)
            edits.append(LineEdit(replacing: line..<(itemLine + 1), with: [content]))
            changes.append("line \(line): " + what.joined(separator: "; "))
            return true
        }
        splice(value.location, isList ? value.end : scalar.end, with: yaml)
        changes.append("line \(scalar.location.line): " + what.joined(separator: "; "))
        return false
    }

    /// The day of `2024-11-20T08:15:00Z` or `2024-11-20 08:15`: a day, then a time.
    package static func dayOfTimestamp(_ text: String) -> Day? {
        let utf8 = Array(text.utf8)
        guard utf8.count > 11, let day = Day(iso: text.prefix(10)) else { return nil }
        let separator = utf8[10], next = utf8[11]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == 0x20, next >= 0x30 && next <= 0x39 else { return nil }
        return day
    }

    private mutating func splice(_ from: SourceLocation, _ to: SourceLocation, with text: String) {
        guard from.line == to.line else { return }
        let line = lines.line(from.line)
        let start = line.startIndex + lines.byteColumn(line: from.line, column: from.column)
        let end = line.startIndex + lines.byteColumn(line: to.line, column: to.column)
        splices[from.line, default: []].append((start..<end, text))
    }
}

extension EditableFile {
    /// What `migrate` would change in the front matter; nothing when it does not parse.
    package func migration(settings: Settings) -> FrontMatterMigration {
        guard let yaml else { return FrontMatterMigration(lines: lines, root: YAMLNode(kind: .scalar(YAMLScalar("")), location: .start), settings: settings) }
        return FrontMatterMigration(lines: lines, root: yaml, settings: settings)
    }
}
