import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook

/// Changes one value in the front matter by rewriting only the line(s) it stands on, found
/// through the YAML tree's locations. Nothing is re-serialised: comments, key order,
/// quoting, indentation and blank lines elsewhere stay byte for byte. What cannot be patched
/// that way (inserting into a flow mapping `{...}`, anything anchored or aliased, replacing a
/// block of keys) is refused, naming the line to edit by hand.
package struct FrontMatterEditor {
    let lines: TextLines
    let root: YAMLNode

    /// A value to write.
    enum Value: Sendable, Hashable {
        case scalar(String)
        /// Written as a flow mapping: `{sent: 2026-11-19, via: card}`.
        case flowMapping([Pair])

        struct Pair: Sendable, Hashable {
            var key: String
            var value: String
        }
    }

    /// The keys a place in the front matter reads, and those of the items of its lists.
    private struct Context {
        var keys: KeySet?
        var itemKeys: KeySet?
        var name: String

        static let root = Context(keys: .application, itemKeys: nil, name: "the front matter")
        static let mappings: [String: KeySet] = ["offer": .offer, "thank-you": .thankYou]
        static let lists: [String: KeySet] = [
            "contacts": .contact, "interviews": .interview, "references": .reference, "promises": .promise,
        ]
        /// The key that names an item of each list, for `references[Dana Smith]`.
        static let itemNames = ["name", "date", "what"]
    }

    /// What each key jobjournal reads holds, where it is not text: written plain as what it
    /// is (`applied: 2026-11-02`), while text that would read as one is quoted.
    private static let kinds: [String: [String: YAMLText.Kind]] = [
        "application": ["applied": .day],
        "interview": ["date": .day, "next-step": .day, "thank-you": .day, "round": .wholeNumber, "final": .truth],
        "thank-you": ["sent": .day],
        "reference": ["briefed": .day, "contacted": .day],
        "promise": ["due": .day, "done": .day],
        "offer": ["verbal": .day, "requested": .day, "written": .day, "reviewed": .day, "accepted": .day, "approved": .day],
    ]

    /// What the key at `path` holds.
    func kind(of path: YAMLPath) -> YAMLText.Kind {
        var context = Context.root
        for (i, component) in path.components.enumerated() {
            switch component {
            case .key(let written):
                guard let key = try? canonical(written, in: context) else { return .text }
                if i == path.components.count - 1 { return context.keys.flatMap { Self.kinds[$0.context]?[key] } ?? .text }
                context = Context(keys: Context.mappings[key], itemKeys: Context.lists[key], name: key)
            case .index, .named, .line:
                context = Context(keys: context.itemKeys, itemKeys: nil, name: context.name)
            }
        }
        return .text
    }

    /// The one edit that sets `path` to `value`.
    func set(_ path: YAMLPath, to value: Value) throws(EditRefusal) -> LineEdit {
        let kind = kind(of: path)
        var node = root
        var context = Context.root
        let parts = path.components
        for (i, component) in parts.enumerated() {
            try requireEditable(node, path: path)
            let isLast = i == parts.count - 1
            switch component {
            case .key(let written):
                guard let pairs = node.mapping else {
                    throw EditRefusal("\(describe(path, upTo: i)) is \(node.kindName), not keys and values", line: node.location.line)
                }
                let key = try canonical(written, in: context)
                guard let pair = pairs.first(where: { matches($0.key, key, in: context) }) else {
                    return try insert(keys: try remainingKeys(parts[i...], context: context), value: value, kind: kind, into: node,
                                      named: describe(path, upTo: i))
                }
                if isLast { return try replace(pair, with: value, kind: kind, inFlow: node.isFlow, path: path) }
                if pair.value.isNull, parts[(i + 1)...].allSatisfy({ if case .key = $0 { return true } else { return false } }) {
                    let next = Context(keys: Context.mappings[key], itemKeys: nil, name: key)
                    return try fill(pair, keys: try remainingKeys(parts[(i + 1)...], context: next), value: value, kind: kind, path: path)
                }
                context = Context(keys: Context.mappings[key], itemKeys: Context.lists[key], name: key)
                node = pair.value
            case .index, .named, .line:
                guard let items = node.sequence else {
                    throw EditRefusal("\(describe(path, upTo: i)) is \(node.kindName), not a list", line: node.location.line)
                }
                node = try item(component, of: items, in: node, path: path, upTo: i)
                context = Context(keys: context.itemKeys, itemKeys: nil, name: context.name)
                if isLast { throw EditRefusal("\(path) names a whole item; name one of its keys") }
            }
        }
        throw EditRefusal("\(path) names nothing to set")
    }

    /// The node at `path`, when there is one: to read a value back after an edit.
    func node(at path: YAMLPath) -> YAMLNode? {
        var node = root
        var context = Context.root
        for (i, component) in path.components.enumerated() {
            switch component {
            case .key(let written):
                guard let key = try? canonical(written, in: context),
                    let pair = node.mapping?.first(where: { matches($0.key, key, in: context) })
                else { return nil }
                context = Context(keys: Context.mappings[key], itemKeys: Context.lists[key], name: key)
                node = pair.value
            case .index, .named, .line:
                guard let items = node.sequence, let found = try? item(component, of: items, in: node, path: path, upTo: i) else { return nil }
                node = found
                context = Context(keys: context.itemKeys, itemKeys: nil, name: context.name)
            }
        }
        return node
    }

    // MARK: The three edits

    /// Replaces an existing value where it stands: the rest of its line(s) stays.
    private func replace(_ pair: YAMLPair, with value: Value, kind: YAMLText.Kind, inFlow: Bool, path: YAMLPath) throws(EditRefusal) -> LineEdit {
        let old = pair.value
        try requireEditable(old, path: path)
        let style: YAMLScalar.Style
        switch old.kind {
        case .scalar(let s):
            style = s.style
        case .mapping, .sequence:
            guard old.isFlow else {
                throw EditRefusal("\(path) on line \(pair.key.location.line) holds \(old.kindName) written over several lines; change it by hand",
                                  line: pair.key.location.line)
            }
            style = .plain
        }
        let text = self.text(value, like: style, inFlow: inFlow, as: kind)
        if old.isNull, old.location == old.end {
            // `key:` with nothing after it: the value goes right after the colon.
            return splice(from: old.location, to: old.location, with: " " + text)
        }
        return splice(from: old.location, to: endOfContent(old), with: text)
    }

    /// Adds `keys` (the last with the value, the others as mappings around it) at the end of
    /// a block mapping, with its indentation.
    private func insert(keys: [String], value: Value, kind: YAMLText.Kind, into mapping: YAMLNode, named name: String) throws(EditRefusal) -> LineEdit {
        let added = "'" + keys.joined(separator: ".") + "'"
        guard !mapping.isFlow else {
            throw EditRefusal("\(name) on line \(mapping.location.line) is written inline ({...}); add \(added) there by hand",
                              line: mapping.location.line)
        }
        guard let first = mapping.mapping?.first else {
            throw EditRefusal("\(name) on line \(mapping.location.line) is empty; add \(added) by hand", line: mapping.location.line)
        }
        let indent = first.key.location.column - 1
        let after = lastLine(of: mapping)
        return LineEdit.insert(newLines(keys, value: value, kind: kind, indent: indent), before: after + 1)
    }

    /// Puts `keys` under a key whose value is empty (`offer:`) or null (`offer: ~`).
    private func fill(_ pair: YAMLPair, keys: [String], value: Value, kind: YAMLText.Kind, path: YAMLPath) throws(EditRefusal) -> LineEdit {
        try requireEditable(pair.value, path: path)
        let indent = pair.key.location.column - 1 + indentStep
        let children = newLines(keys, value: value, kind: kind, indent: indent)
        let keyLine = pair.key.location.line
        guard pair.value.location != pair.value.end else {
            return LineEdit.insert(children, before: keyLine + 1)
        }
        // `offer: ~`: the `~` goes, the line keeps its comment.
        guard pair.value.location.line == keyLine else {
            throw EditRefusal("\(path): the empty value of line \(keyLine) continues on another line; edit it by hand", line: keyLine)
        }
        let line = lines.line(keyLine)
        let keyEnd = line.startIndex + lines.byteColumn(line: keyLine, column: pair.key.end.column)
        let valueEnd = line.startIndex + lines.byteColumn(line: keyLine, column: pair.value.end.column)
        guard let colon = line[keyEnd..<valueEnd].firstIndex(of: UInt8(ascii: ":")) else {
            throw EditRefusal("\(path): cannot find the colon after the key on line \(keyLine); edit it by hand", line: keyLine)
        }
        let edited = Array(line[...colon]) + Array(line[valueEnd...])
        return LineEdit(replacing: keyLine..<(keyLine + 1), with: [edited] + children.map { Array($0.utf8) })
    }

    private func newLines(_ keys: [String], value: Value, kind: YAMLText.Kind, indent: Int) -> [String] {
        keys.enumerated().map { j, key in
            let pad = String(repeating: " ", count: indent + j * indentStep)
            return j == keys.count - 1 ? "\(pad)\(key): \(text(value, like: .plain, inFlow: false, as: kind))" : "\(pad)\(key):"
        }
    }

    private func text(_ value: Value, like style: YAMLScalar.Style, inFlow: Bool, as kind: YAMLText.Kind) -> String {
        switch value {
        case .scalar(let s): return YAMLText.scalar(s, like: style, inFlow: inFlow, as: kind)
        case .flowMapping(let pairs):
            return YAMLText.flowMapping(pairs.map { ($0.key, $0.value) }, kinds: Self.kinds["thank-you"] ?? [:])
        }
    }

    // MARK: Finding things

    private func requireEditable(_ node: YAMLNode, path: YAMLPath) throws(EditRefusal) {
        if node.isAlias {
            throw EditRefusal("\(path) goes through an alias (*name) on line \(node.location.line); edit it by hand", line: node.location.line)
        }
        if node.hasAnchor {
            throw EditRefusal("\(path) is inside the anchor \(anchorName(node)) on line \(node.location.line), which its aliases share; edit it by hand",
                              line: node.location.line)
        }
    }

    /// `&name` as written where an anchored node starts.
    private func anchorName(_ node: YAMLNode) -> String {
        let line = lines.line(node.location.line)
        let start = line.startIndex + lines.byteColumn(line: node.location.line, column: node.location.column)
        guard start < line.endIndex, line[start] == UInt8(ascii: "&") else { return "(&)" }
        let name = line[start...].prefix { $0 != 0x20 && $0 != 0x09 }
        return String(decoding: name, as: UTF8.self)
    }

    /// The canonical spelling of a key in a context: `next_step` is `next-step`. Keys
    /// jobjournal does not read are refused, except at the top, where they are the user's own.
    private func canonical(_ written: String, in context: Context) throws(EditRefusal) -> String {
        let folded = KeySet.fold(written)
        guard let keys = context.keys else { return written }
        if let known = keys.key(for: folded) { return known }
        if context.keys?.context == KeySet.application.context { return written }
        let known = Set(keys.spellings.map(\.key)).sorted().joined(separator: ", ")
        let hint = keys.nearMiss(folded).map { "did you mean '\($0)'? " } ?? ""
        throw EditRefusal("'\(written)' is not a key of \(keys.context == "thank-you" ? "a thank-you" : "the \(keys.context)"); \(hint)keys are: \(known)")
    }

    private func matches(_ key: YAMLNode, _ canonical: String, in context: Context) -> Bool {
        guard let text = key.text else { return false }
        let folded = KeySet.fold(text)
        if let keys = context.keys, let known = keys.key(for: folded) { return known == canonical }
        return folded == KeySet.fold(canonical)
    }

    private func remainingKeys(_ parts: ArraySlice<YAMLPath.Component>, context: Context) throws(EditRefusal) -> [String] {
        var keys: [String] = []
        var context = context
        for part in parts {
            guard case .key(let written) = part else {
                throw EditRefusal("there is no list to pick an item from at \(YAMLPath(Array(parts)))")
            }
            let key = try canonical(written, in: context)
            keys.append(key)
            context = Context(keys: Context.mappings[key], itemKeys: nil, name: key)
        }
        return keys
    }

    private func item(_ component: YAMLPath.Component, of items: [YAMLNode], in list: YAMLNode, path: YAMLPath, upTo i: Int) throws(EditRefusal) -> YAMLNode {
        switch component {
        case .index(let n):
            guard n < items.count else {
                let has = items.isEmpty ? "no items" : items.count == 1 ? "one item, [0]" : "\(items.count) items, [0] to [\(items.count - 1)]"
                throw EditRefusal("\(describe(path, upTo: i)) has \(has)", line: list.location.line)
            }
            return items[n]
        case .line(let line):
            guard let found = items.first(where: { $0.location.line == line }) else {
                throw EditRefusal("\(describe(path, upTo: i)) has no item on line \(line) any more", line: list.location.line)
            }
            return found
        case .named(let name):
            let wanted = Contact.normalize(name)
            let found = items.filter { item in
                item.mapping?.contains { pair in
                    guard let key = pair.key.text, Context.itemNames.contains(KeySet.fold(key)), let text = pair.value.text else { return false }
                    return Contact.normalize(text) == wanted
                } ?? false
            }
            if found.count == 1 { return found[0] }
            let names = items.compactMap { item in
                item.mapping?.first { Context.itemNames.contains(KeySet.fold($0.key.text ?? "")) }?.value.text
            }
            if found.isEmpty {
                throw EditRefusal("\(describe(path, upTo: i)) has no item named '\(name)'; items: \(names.joined(separator: ", "))", line: list.location.line)
            }
            throw EditRefusal("\(describe(path, upTo: i)) has \(found.count) items named '\(name)'; pick one by position, [0] to [\(items.count - 1)]",
                              line: list.location.line)
        case .key:
            throw EditRefusal("\(path): a key where an item was expected")
        }
    }

    private func describe(_ path: YAMLPath, upTo i: Int) -> String {
        let prefix = YAMLPath(Array(path.components.prefix(i)))
        return prefix.components.isEmpty ? "the front matter" : "'\(prefix)'"
    }

    /// The last file line a node's text takes, trailing blank lines aside.
    func lastLine(of node: YAMLNode) -> Int {
        var line: Int
        switch node.kind {
        case .scalar:
            line = endOfContent(node).line
        case .mapping(let pairs):
            line = node.isFlow ? node.end.line : pairs.last.map { lastLine(of: $0.value) } ?? node.location.line
        case .sequence(let items):
            line = node.isFlow ? node.end.line : items.last.map { lastLine(of: $0) } ?? node.location.line
        }
        while line > node.location.line, lines.isBlank(line) { line -= 1 }
        return line
    }

    /// Where a node's own text ends: libyaml's end mark, except for block scalars (`|`, `>`),
    /// whose mark lies at the start of the line after them; then the end of their last
    /// non-blank line.
    private func endOfContent(_ node: YAMLNode) -> SourceLocation {
        guard node.end.column == 1, node.end.line > node.location.line else { return node.end }
        var line = node.end.line - 1
        while line > node.location.line, lines.isBlank(line) { line -= 1 }
        let characters = String(decoding: lines.line(line), as: UTF8.self).unicodeScalars.count
        return SourceLocation(line: line, column: characters + 1)
    }

    /// Replaces the text between two locations (character columns) with `text`, keeping what
    /// stands before and after them on their lines.
    private func splice(from start: SourceLocation, to end: SourceLocation, with text: String) -> LineEdit {
        let first = lines.line(start.line)
        let last = lines.line(end.line)
        let startByte = first.startIndex + lines.byteColumn(line: start.line, column: start.column)
        let endByte = last.startIndex + lines.byteColumn(line: end.line, column: end.column)
        let edited = Array(first[..<startByte]) + Array(text.utf8) + Array(last[endByte...])
        return LineEdit(replacing: start.line..<(end.line + 1), with: [edited])
    }

    /// How far nested keys are indented in this file: from the first nested block mapping or
    /// list at the top, else two spaces.
    var indentStep: Int {
        for pair in root.mapping ?? [] where !pair.value.isFlow {
            if let first = pair.value.mapping?.first, first.key.location.line > pair.key.location.line {
                let step = first.key.location.column - pair.key.location.column
                if step > 0 { return step }
            }
        }
        for pair in root.mapping ?? [] where !pair.value.isFlow && pair.value.sequence != nil {
            let step = pair.value.location.column - pair.key.location.column
            if step > 0 { return step }
        }
        return 2
    }
}
