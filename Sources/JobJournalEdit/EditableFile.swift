import JobJournalCore
import JobJournalParse
import JobJournalPlaybook

/// An application file read for editing: its lines with their endings, what it parses to,
/// and its front matter's YAML tree with locations. Edits are computed from this and checked
/// by parsing their result again before anything is written.
public struct EditableFile: Sendable {
    /// The path relative to the journal root, as action ids use it.
    public let path: String
    /// The path as shown to the user.
    public let displayPath: String
    public let lines: TextLines
    public let parsed: ParsedFile
    let layout: FileLayout
    let yaml: YAMLNode?

    public init(bytes: [UInt8], path: String, displayPath: String) {
        self.path = path
        self.displayPath = displayPath
        lines = TextLines(bytes)
        parsed = bytes.withUnsafeBytes { ApplicationFile.parse($0, path: path, displayPath: displayPath) }
        let (layout, yaml) = bytes.withUnsafeBytes { raw -> (FileLayout, YAMLNode?) in
            let layout = FileLayout(raw)
            guard let range = layout.frontMatter, !layout.isUnclosed else { return (layout, nil) }
            let composed = YAMLComposer.compose(UnsafeRawBufferPointer(rebasing: raw[range]), firstLine: layout.frontMatterFirstLine)
            return (layout, (try? composed.get()) ?? nil)
        }
        self.layout = layout
        self.yaml = yaml
    }

    public var application: Application? { parsed.application }

    /// The application, or a refusal when the file cannot be edited safely: it is not an
    /// application, it is not UTF-8 text, or its front matter has errors.
    public func requireApplication() throws(EditRefusal) -> Application {
        try refuse(parsed.diagnostics.filter { $0.severity == .error })
        guard let app = parsed.application, yaml != nil else {
            throw EditRefusal("not an application (its front matter has no company)")
        }
        return app
    }

    /// A refusal when the value at `path` cannot be replaced safely: the file is not UTF-8
    /// text, or its front matter has errors other than in that very value (which `set` may
    /// repair: `status: [rejected, withdrawn]`, a date written another way). The edited file
    /// is checked like any other.
    public func requireEditable(at path: YAMLPath) throws(EditRefusal) {
        var errors = parsed.diagnostics.filter { $0.severity == .error }
        if let node = try? frontMatter().node(at: path) {
            let lines = node.location.line...max(node.location.line, node.end.line)
            errors.removeAll { $0.id != "encoding" && lines.contains($0.location.line) }
        }
        try refuse(errors)
        guard yaml != nil, parsed.isApplication else {
            throw EditRefusal("not an application (its front matter has no company)")
        }
    }

    private func refuse(_ errors: [Diagnostic]) throws(EditRefusal) {
        if let encoding = errors.first(where: { $0.id == "encoding" }) {
            throw EditRefusal("\(encoding.message); nothing was written", line: encoding.location.line)
        }
        let inFrontMatter = errors.filter { layout.isUnclosed || $0.location.line <= layout.closingLine }
        if let first = inFrontMatter.first {
            let more = inFrontMatter.count > 1 ? " (and \(inFrontMatter.count - 1) more)" : ""
            throw EditRefusal("the front matter has errors\(more), so it is not safe to edit: \(first.message). Fix it first ('jobjournal check \(displayPath)'); nothing was written",
                              line: first.location.line)
        }
    }

    /// The file with `edits` made, refused when the result has more errors than the file had
    /// (the same check `jobjournal check` makes).
    public func applying(_ edits: [LineEdit]) throws(EditRefusal) -> EditableFile {
        let edited = EditableFile(bytes: lines.applying(edits), path: path, displayPath: displayPath)
        let before = parsed.diagnostics.count { $0.severity == .error }
        let after = edited.parsed.diagnostics.filter { $0.severity == .error }
        if after.count > before, let first = after.first(where: { !parsed.diagnostics.contains($0) }) ?? after.first {
            throw EditRefusal("the change would make the file invalid: \(first.message); nothing was written", line: first.location.line)
        }
        return edited
    }

    // MARK: Front matter

    func frontMatter() throws(EditRefusal) -> FrontMatterEditor {
        guard let yaml else { throw EditRefusal("no front matter to edit") }
        return FrontMatterEditor(lines: lines, root: yaml)
    }

    /// The edit that sets a front matter value, checked to read back as `value`.
    public func setting(_ path: YAMLPath, to value: String) throws(EditRefusal) -> LineEdit {
        try setting(path, to: .scalar(value))
    }

    func setting(_ path: YAMLPath, to value: FrontMatterEditor.Value) throws(EditRefusal) -> LineEdit {
        let edit = try frontMatter().set(path, to: value)
        let edited = EditableFile(bytes: lines.applying([edit]), path: self.path, displayPath: displayPath)
        guard let node = try? edited.frontMatter().node(at: path), Self.reads(node, as: value) else {
            throw EditRefusal("setting \(path) would not read back as written; edit line \(edit.range.lowerBound) by hand", line: edit.range.lowerBound)
        }
        return edit
    }

    private static func reads(_ node: YAMLNode, as value: FrontMatterEditor.Value) -> Bool {
        switch value {
        case .scalar(let text):
            return node.scalar?.value == text && !node.isNull
        case .flowMapping(let pairs):
            guard let written = node.mapping, written.count == pairs.count else { return false }
            return zip(written, pairs).allSatisfy { $0.key.text == $1.key && $0.value.text == $1.value }
        }
    }
}
