import JobJournalCore

extension FrontMatterEditor {
    /// The edit that removes the key at `path` with its value: the lines from the key to the
    /// value's last, and no other. Nil when the front matter has no such key. A key inside
    /// `{...}`, one sharing its line with a list item's `- `, or anything anchored or aliased
    /// is refused, naming the line to edit by hand.
    func remove(_ path: YAMLPath) throws(EditRefusal) -> LineEdit? {
        guard case .key? = path.components.last else { throw EditRefusal("\(path) names a whole item; name one of its keys") }
        let parentPath = YAMLPath(Array(path.components.dropLast()))
        guard let value = node(at: path),
              let parent = parentPath.components.isEmpty ? root : node(at: parentPath),
              let pair = parent.mapping?.first(where: { $0.value.location == value.location && $0.value.end == value.end })
        else { return nil }
        let keyLine = pair.key.location.line
        if parent.isAlias || parent.hasAnchor || value.isAlias || value.hasAnchor {
            throw EditRefusal("\(path) on line \(keyLine) is anchored or aliased (&name, *name); edit it by hand", line: keyLine)
        }
        if parent.isFlow {
            throw EditRefusal("\(path) on line \(keyLine) is written inline ({...}); remove it there by hand", line: keyLine)
        }
        let line = lines.line(keyLine)
        let keyStart = line.startIndex + lines.byteColumn(line: keyLine, column: pair.key.location.column)
        guard line[line.startIndex..<keyStart].allSatisfy({ $0 == 0x20 }) else {
            throw EditRefusal("\(path) on line \(keyLine) starts a list item (- ); edit it by hand", line: keyLine)
        }
        let last = value.isNull && value.location == value.end ? keyLine : max(keyLine, lastLine(of: value))
        return LineEdit(replacing: keyLine..<(last + 1), with: [] as [[UInt8]])
    }
}

extension EditableFile {
    /// The edit that removes a front matter key and its value, or nil when there is none.
    package func removing(_ path: YAMLPath) throws(EditRefusal) -> LineEdit? {
        try frontMatter().remove(path)
    }
}
