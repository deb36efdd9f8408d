import CYAML
import JobJournalCore

/// Turns the front matter's text into a `YAMLNode` tree by reading libyaml's events.
///
/// The tree is built with an explicit stack, never by recursion, so hostile input nested
/// thousands of levels deep cannot overflow the call stack; `Limits.maxDepth` also keeps the
/// produced tree shallow enough for consumers (and its deinit) to recurse over safely, aliases
/// included. Aliases are expanded into copies (cheap: Swift arrays are copy-on-write), and
/// `Limits.maxExpandedNodes` stops "billion laughs" documents before anyone walks them.
public enum YAMLComposer {
    public struct Limits: Sendable {
        /// The most collections nested inside each other along any path of the tree, counting
        /// those an alias brings in. Deeper: `yaml-depth-limit`.
        public var maxDepth: Int
        /// The most nodes in the tree when every alias is counted as a copy of what it names.
        /// More: `yaml-alias-limit` at the alias that goes over.
        public var maxExpandedNodes: Int

        public init(maxDepth: Int = 200, maxExpandedNodes: Int = 100_000) {
            self.maxDepth = maxDepth
            self.maxExpandedNodes = maxExpandedNodes
        }

        public static let `default` = Limits()
    }

    /// Composes the single YAML document in `text` (the front matter between the `---` lines,
    /// UTF-8, LF or CRLF). `firstLine` is the file line the text starts on, so every location is
    /// in file coordinates (line = libyaml's 0-based mark.line + firstLine, column = mark.column + 1).
    /// Returns nil for an empty document (only comments/blank).
    public static func compose(
        _ text: UnsafeRawBufferPointer, firstLine: Int, limits: Limits = .default
    ) -> Result<YAMLNode?, YAMLError> {
        guard !text.isEmpty else { return .success(nil) }
        do {
            return .success(try PlainYAMLReader.read(text, firstLine: firstLine, limits: limits))
        } catch {
            // Declined: not the plain shape; libyaml reads it.
        }
        return composeWithLibYAML(text, firstLine: firstLine, limits: limits)
    }

    /// Composes `text` from libyaml's events: everything `PlainYAMLReader` declines, and the
    /// reference it is compared with in the tests.
    static func composeWithLibYAML(
        _ text: UnsafeRawBufferPointer, firstLine: Int, limits: Limits = .default
    ) -> Result<YAMLNode?, YAMLError> {
        guard let base = text.baseAddress, !text.isEmpty else { return .success(nil) }
        return withUnsafeTemporaryAllocation(of: yaml_parser_t.self, capacity: 1) { parserSlot in
            withUnsafeTemporaryAllocation(of: yaml_event_t.self, capacity: 1) { eventSlot in
                // libyaml keeps a pointer to the parser inside the parser, so it needs a fixed
                // address: these slots stay put until the closures return.
                let parser = parserSlot.baseAddress!
                let event = eventSlot.baseAddress!
                var composer = LibYAMLComposer(text: text, firstLine: firstLine, limits: limits)
                guard yaml_parser_initialize(parser) != 0 else {
                    // libyaml frees what it had allocated before failing.
                    return .failure(composer.outOfMemory())
                }
                defer { yaml_parser_delete(parser) }
                yaml_parser_set_input_string(parser, base.assumingMemoryBound(to: UInt8.self), text.count)
                yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
                return composer.run(parser: parser, event: event)
            }
        }
    }

    /// Composes `text` as if it started on line `firstLine` of its file. For tests and small inputs.
    public static func compose(
        _ text: String, firstLine: Int = 1, limits: Limits = .default
    ) -> Result<YAMLNode?, YAMLError> {
        var text = text
        return text.withUTF8 { compose(UnsafeRawBufferPointer($0), firstLine: firstLine, limits: limits) }
    }
}

/// A collection whose end event has not come yet.
private struct OpenCollection {
    var isMapping: Bool
    var isFlow: Bool
    var location: SourceLocation
    var tag: String?
    var anchor: String?
    /// `LibYAMLComposer.expandedCount` before this collection was counted.
    var countBefore: Int
    /// The greatest height among the children so far (a scalar is 0, a collection 1 + its children's).
    var childHeight = 0
    var items: [YAMLNode] = []
    var pairs: [YAMLPair] = []
    var key: YAMLNode? = nil
}

/// What an anchor names: a complete node, or a collection still being read (an alias to it
/// from inside would make the tree infinite).
private enum Anchored {
    case open
    case done(YAMLNode, expandedSize: Int, height: Int)
}

/// The state of one `YAMLComposer.compose` call.
package struct LibYAMLComposer {
    let text: UnsafeRawBufferPointer
    let firstLine: Int
    let limits: YAMLComposer.Limits
    private var stack: [OpenCollection] = []
    private var anchors: [String: Anchored] = [:]
    /// Nodes composed so far, every alias counted as the size of what it names.
    private var expandedCount = 0
    private var root: YAMLNode? = nil
    private var documents = 0
    /// The document end event has come: anything but the stream's end is a second document.
    private(set) var documentEnded = false

    init(text: UnsafeRawBufferPointer, firstLine: Int, limits: YAMLComposer.Limits) {
        self.text = text
        self.firstLine = firstLine
        self.limits = limits
    }

    mutating func run(
        parser: UnsafeMutablePointer<yaml_parser_t>, event: UnsafeMutablePointer<yaml_event_t>
    ) -> Result<YAMLNode?, YAMLError> {
        stack.reserveCapacity(8)
        while true {
            guard yaml_parser_parse(parser, event) != 0 else {
                return .failure(parseError(parser))
            }
            defer { yaml_event_delete(event) }
            let e = event.pointee
            switch e.type {
            case YAML_SCALAR_EVENT:
                scalar(e)
            case YAML_SEQUENCE_START_EVENT:
                let d = e.data.sequence_start
                if let error = open(e, isMapping: false, isFlow: d.style == YAML_FLOW_SEQUENCE_STYLE,
                                    tag: d.tag, anchor: d.anchor) {
                    return .failure(error)
                }
            case YAML_MAPPING_START_EVENT:
                let d = e.data.mapping_start
                if let error = open(e, isMapping: true, isFlow: d.style == YAML_FLOW_MAPPING_STYLE,
                                    tag: d.tag, anchor: d.anchor) {
                    return .failure(error)
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                close(end: location(e.end_mark))
            case YAML_ALIAS_EVENT:
                if let error = alias(e) { return .failure(error) }
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(multipleDocuments(at: location(e.start_mark)))
                }
            case YAML_STREAM_END_EVENT, YAML_NO_EVENT:
                return .success(finishedRoot())
            case YAML_DOCUMENT_END_EVENT:
                documentEnded = true
            default:  // stream start
                break
            }
        }
    }

    // MARK: Events

    private mutating func scalar(_ e: yaml_event_t) {
        let d = e.data.scalar
        let value = String(decoding: UnsafeRawBufferPointer(start: d.value, count: d.length), as: UTF8.self)
        let style: YAMLScalar.Style
        switch d.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let node = YAMLNode(kind: .scalar(YAMLScalar(value, style: style)), location: location(e.start_mark),
                            end: location(e.end_mark), tag: tagString(d.tag), hasAnchor: d.anchor != nil)
        expandedCount += 1
        if let anchor = d.anchor {
            anchors[cString(anchor)] = .done(node, expandedSize: 1, height: 0)
        }
        attach(node, height: 0)
    }

    private mutating func open(
        _ e: yaml_event_t, isMapping: Bool, isFlow: Bool,
        tag: UnsafeMutablePointer<yaml_char_t>?, anchor: UnsafeMutablePointer<yaml_char_t>?
    ) -> YAMLError? {
        let here = location(e.start_mark)
        if stack.count >= limits.maxDepth {
            return depthError(at: here)
        }
        let name = anchor.map(cString)
        var collection = OpenCollection(isMapping: isMapping, isFlow: isFlow, location: here,
                                        tag: tagString(tag), anchor: name, countBefore: expandedCount)
        // Front matter's top mapping has a dozen keys or so; nested collections a few items.
        if isMapping {
            collection.pairs.reserveCapacity(stack.isEmpty ? 16 : 4)
        } else {
            collection.items.reserveCapacity(4)
        }
        stack.append(collection)
        expandedCount += 1
        if let name { anchors[name] = .open }
        return nil
    }

    private mutating func close(end: SourceLocation) {
        guard var done = stack.popLast() else { return }
        if done.isMapping, let key = done.key {
            // libyaml always ends a mapping after a value; keep a lone key anyway, valued null.
            done.pairs.append(YAMLPair(key: key, value: YAMLNode(kind: .scalar(YAMLScalar("")), location: key.location)))
        }
        let node = YAMLNode(kind: done.isMapping ? .mapping(done.pairs) : .sequence(done.items),
                            location: done.location, end: end, tag: done.tag, isFlow: done.isFlow,
                            hasAnchor: done.anchor != nil)
        let height = done.childHeight + 1
        if let name = done.anchor {
            anchors[name] = .done(node, expandedSize: expandedCount - done.countBefore, height: height)
        }
        attach(node, height: height)
    }

    private mutating func alias(_ e: yaml_event_t) -> YAMLError? {
        let here = location(e.start_mark)
        let name = cString(e.data.alias.anchor)
        guard let anchored = anchors[name] else {
            return YAMLError(message: "unknown alias '*\(name)': no anchor '&\(name)' comes before it",
                             location: here, id: "yaml-syntax")
        }
        guard case .done(var node, let size, let height) = anchored else {
            return YAMLError(message: "alias '*\(name)' is inside the node it names, which would never end",
                             location: here, id: "yaml-syntax")
        }
        expandedCount += size
        if expandedCount > limits.maxExpandedNodes {
            return YAMLError(
                message: "YAML aliases expand to more than \(limits.maxExpandedNodes) values (an alias bomb?)",
                location: here, id: "yaml-alias-limit")
        }
        if stack.count + height > limits.maxDepth {
            return depthError(at: here)
        }
        node.location = here
        node.end = location(e.end_mark)
        node.isAlias = true
        attach(node, height: height)
        return nil
    }

    private mutating func attach(_ node: consuming YAMLNode, height: Int) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        if height > stack[top].childHeight { stack[top].childHeight = height }
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].key.take() {
            stack[top].pairs.append(YAMLPair(key: key, value: node))
        } else {
            stack[top].key = node
        }
    }

    /// The document's root, or nil when it has no content (`---` alone is empty too).
    private func finishedRoot() -> YAMLNode? {
        guard let root else { return nil }
        if case .scalar(let s) = root.kind, s.style == .plain, s.value.isEmpty, root.tag == nil {
            return nil
        }
        return root
    }

    func multipleDocuments(at location: SourceLocation) -> YAMLError {
        YAMLError(message: "the front matter holds more than one YAML document; keep a single one",
                  location: location, id: "yaml-multiple-documents")
    }

    private func depthError(at location: SourceLocation) -> YAMLError {
        YAMLError(message: "YAML nests more than \(limits.maxDepth) levels deep",
                  location: location, id: "yaml-depth-limit")
    }

    // MARK: Conversions

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: Int(mark.line) + firstLine, column: Int(mark.column) + 1)
    }

    /// The tag as libyaml resolved it, nil for none or the non-specific `!`.
    private func tagString(_ tag: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag else { return nil }
        if tag[0] == UInt8(ascii: "!") && tag[1] == 0 { return nil }
        return cString(tag)
    }

    private func cString(_ p: UnsafeMutablePointer<yaml_char_t>) -> String {
        var n = 0
        while p[n] != 0 { n += 1 }
        return String(decoding: UnsafeRawBufferPointer(start: p, count: n), as: UTF8.self)
    }
}
