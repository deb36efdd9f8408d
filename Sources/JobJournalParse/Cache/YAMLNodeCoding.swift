import JobJournalCore
import JobJournalIO

/// A `YAMLNode` (the value of a key jobjournal does not read, kept for `export` and edits) in
/// the parse cache's binary form. Nesting is bounded as the composer bounds it, so a corrupt
/// cache cannot recurse the decoder off its stack.
enum YAMLNodeCoding {
    /// Deeper than the composer ever nests (`YAMLComposer.Limits.maxDepth`) is corrupt.
    static let maxDepth = YAMLComposer.Limits.default.maxDepth + 8

    static func encode(_ node: YAMLNode, into w: inout CacheWriter) {
        var flags: UInt8 = 0
        if node.tag != nil { flags |= 1 }
        if node.isFlow { flags |= 2 }
        if node.isAlias { flags |= 4 }
        if node.hasAnchor { flags |= 8 }
        switch node.kind {
        case .scalar(let s):
            w.byte(flags)
            w.byte(style(s.style))
            w.string(s.value)
        case .sequence(let items):
            w.byte(flags | 0x10)
            w.unsigned(UInt64(items.count))
            for item in items { encode(item, into: &w) }
        case .mapping(let pairs):
            w.byte(flags | 0x20)
            w.unsigned(UInt64(pairs.count))
            for pair in pairs {
                encode(pair.key, into: &w)
                encode(pair.value, into: &w)
            }
        }
        w.int(node.location.line)
        w.int(node.location.column)
        w.int(node.end.line)
        w.int(node.end.column)
        if let tag = node.tag { w.string(tag) }
    }

    static func decode(_ r: inout CacheReader, depth: Int) throws(CacheCorrupt) -> YAMLNode {
        guard depth <= maxDepth else { throw CacheCorrupt() }
        let flags = try r.byte()
        guard flags & 0xC0 == 0 else { throw CacheCorrupt() }
        let kind: YAMLNode.Kind
        switch flags & 0x30 {
        case 0:
            let style = try style(&r)
            kind = .scalar(YAMLScalar(try r.string(), style: style))
        case 0x10:
            let n = try r.count()
            var items: [YAMLNode] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try decode(&r, depth: depth + 1)) }
            kind = .sequence(items)
        case 0x20:
            let n = try r.count()
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity(n)
            for _ in 0..<n {
                let key = try decode(&r, depth: depth + 1)
                pairs.append(YAMLPair(key: key, value: try decode(&r, depth: depth + 1)))
            }
            kind = .mapping(pairs)
        default:
            throw CacheCorrupt()
        }
        let location = SourceLocation(line: try r.int(), column: try r.int())
        let end = SourceLocation(line: try r.int(), column: try r.int())
        let tag = flags & 1 != 0 ? try r.string() : nil
        return YAMLNode(kind: kind, location: location, end: end, tag: tag,
                        isFlow: flags & 2 != 0, isAlias: flags & 4 != 0, hasAnchor: flags & 8 != 0)
    }

    private static func style(_ s: YAMLScalar.Style) -> UInt8 {
        switch s {
        case .plain: return 0
        case .singleQuoted: return 1
        case .doubleQuoted: return 2
        case .literal: return 3
        case .folded: return 4
        }
    }

    private static func style(_ r: inout CacheReader) throws(CacheCorrupt) -> YAMLScalar.Style {
        switch try r.byte() {
        case 0: return .plain
        case 1: return .singleQuoted
        case 2: return .doubleQuoted
        case 3: return .literal
        case 4: return .folded
        default: throw CacheCorrupt()
        }
    }
}
