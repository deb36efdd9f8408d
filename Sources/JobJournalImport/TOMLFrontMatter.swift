import JobJournalCore
import JobJournalEdit
internal import TOMLKit

/// TOML front matter (between `+++` lines, as Hugo and ply write it, or between `---`
/// lines), read by TOMLKit and written as the YAML this format reads. Keys keep the order
/// they have in the TOML (TOMLKit's tables are sorted, so the order is taken from the text);
/// a date-time becomes its day as written, without the time. Comments in the TOML are not
/// carried over: `comments` says how many there were.
package struct TOMLFrontMatter {
    /// The file lines the front matter takes, the delimiter lines included (1-based).
    package var lines: ClosedRange<Int>
    var table: TOMLTable
    /// Lines of the TOML that were comments only.
    package var comments: Int
    /// For each dotted path of a key (`job.company`, `stages.stage-type`), the line it is first
    /// written on: the order keys are written back in.
    private var order: [String: Int]

    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var message: String
        /// The file line, when the TOML reader gave one.
        package var line: Int?
        package var description: String { message }
    }

    /// The front matter of `text`, when it opens with `+++`, or with `---` and reads as TOML;
    /// nil when there is none. Throws when it is TOML that does not parse.
    package static func read(_ text: String) throws(Failure) -> TOMLFrontMatter? {
        var all = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        if let first = all.first, first.hasPrefix("\u{FEFF}") { all[0] = String(first.dropFirst()) }
        guard let opening = all.first?.trimmingSpaces, opening == "+++" || opening == "---" else { return nil }
        guard let closing = all.indices.dropFirst().first(where: { all[$0].trimmingSpaces == opening }) else {
            if opening == "+++" { throw Failure(message: "the TOML front matter opened by '+++' on line 1 is not closed", line: 1) }
            return nil
        }
        let body = all[1..<closing].joined(separator: "\n")
        let table: TOMLTable
        do {
            table = try TOMLTable(string: body)
        } catch let error as TOMLParseError {
            if opening == "---" { return nil }
            throw Failure(message: "the TOML front matter does not parse: \(error.description)", line: error.source.begin.line + 1)
        } catch {
            if opening == "---" { return nil }
            throw Failure(message: "the TOML front matter does not parse", line: 1)
        }
        // `---` with `key: value` inside is YAML, which TOML's reader refuses; an empty one
        // or one of comments only is neither.
        guard !table.isEmpty else { return nil }
        var order: [String: Int] = [:]
        var comments = 0
        var path = ""
        for (i, line) in all[1..<closing].enumerated() {
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("#") { comments += 1; continue }
            if trimmed.hasPrefix("[") {
                path = trimmed.drop { $0 == "[" }.prefix { $0 != "]" }.split(separator: ".").map { unquoted(String($0).trimmingSpaces) }.joined(separator: ".")
                if order[path] == nil { order[path] = i }
                continue
            }
            guard let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = trimmed[..<equals].split(separator: ".").map { unquoted(String($0).trimmingSpaces) }.joined(separator: ".")
            let full = path.isEmpty ? key : path + "." + key
            if order[full] == nil { order[full] = i }
        }
        return TOMLFrontMatter(lines: 1...(closing + 1), table: table, comments: comments, order: order)
    }

    private static func unquoted(_ key: String) -> String {
        key.count >= 2 && (key.hasPrefix("\"") && key.hasSuffix("\"") || key.hasPrefix("'") && key.hasSuffix("'")) ? String(key.dropFirst().dropLast()) : key
    }

    /// The front matter as YAML lines, the `---` lines included.
    package func yamlLines() -> [String] {
        ["---"] + mapping(table, path: "", indent: "") + ["---"]
    }

    /// A table's keys in the order the TOML has them.
    func orderedKeys(_ table: TOMLTable, path: String) -> [String] {
        table.keys.sorted { a, b in
            let x = order[path.isEmpty ? a : path + "." + a] ?? Int.max, y = order[path.isEmpty ? b : path + "." + b] ?? Int.max
            return (x, a) < (y, b)
        }
    }

    private func mapping(_ table: TOMLTable, path: String, indent: String) -> [String] {
        var out: [String] = []
        for key in orderedKeys(table, path: path) {
            guard let value = table[key] else { continue }
            let name = YAMLText.plainOrQuoted(key)
            let inner = path.isEmpty ? key : path + "." + key
            if let nested = value.table {
                out.append("\(indent)\(name):")
                out += mapping(nested, path: inner, indent: indent + "  ")
            } else if let array = value.array, array.contains(where: { $0.table != nil }) {
                out.append("\(indent)\(name):")
                for item in array {
                    if let nested = item.table {
                        var lines = mapping(nested, path: inner, indent: indent + "    ")
                        if lines.isEmpty { lines = [indent + "    {}"] }
                        lines[0] = indent + "  - " + lines[0].dropFirst(indent.count + 4)
                        out += lines
                    } else {
                        out.append("\(indent)  - \(Self.scalar(item))")
                    }
                }
            } else if let array = value.array {
                out.append("\(indent)\(name): [" + array.map { Self.scalar($0, inFlow: true) }.joined(separator: ", ") + "]")
            } else {
                out.append("\(indent)\(name): \(Self.scalar(value))")
            }
        }
        return out
    }

    /// A TOML value as YAML text: a date-time as its day.
    static func scalar(_ value: TOMLValueConvertible, inFlow: Bool = false) -> String {
        if let day = Self.day(value) { return day.description }
        if let string = value.string { return inFlow ? YAMLText.quoted(string) : YAMLText.plainOrQuoted(string) }
        if let bool = value.bool { return bool ? "true" : "false" }
        if let int = value.int { return String(int) }
        if let double = value.double { return String(double) }
        if let time = value.time { return YAMLText.quoted(String(format2: time.hour) + ":" + String(format2: time.minute)) }
        if let array = value.array { return "[" + array.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]" }
        return "\"\""
    }

    /// The day of a TOML date or date-time (as written: no time zone applied), or of text
    /// that starts with one.
    static func day(_ value: TOMLValueConvertible?) -> Day? {
        guard let value else { return nil }
        if let date = value.date { return Day(year: date.year, month: date.month, day: date.day) }
        if let dateTime = value.dateTime { return Day(year: dateTime.date.year, month: dateTime.date.month, day: dateTime.date.day) }
        if let text = value.string?.trimmingSpaces, text.count >= 10 {
            if let day = Day(iso: text) { return day }
            if let day = FrontMatterMigration.dayOfTimestamp(text) { return day }
        }
        return nil
    }
}

extension String {
    fileprivate init(format2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
}
