/// A YAML value copied out of libyaml's events into Swift, with the position of every
/// node. No libyaml pointer outlives the composer. Scalars stay text: the decoder decides
/// what a key's value should be (a day, a number, a flag) and says so when it is not.
public struct YAMLNode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var kind: Kind
    /// Where the node starts, in file coordinates (the composer adds the front matter's offset).
    public var location: SourceLocation
    /// Where the node ends, as libyaml marks it: just after a scalar's last character or a
    /// flow collection's closing bracket. A block collection's end lies at the next token, so
    /// edits find its last line from its last child instead. Columns count characters.
    public var end: SourceLocation
    /// The explicit tag as written after resolution of handles (`tag:yaml.org,2002:binary`,
    /// `!foo`), or nil when the node carries none. Plain `!` (non-specific) is nil too.
    public var tag: String?
    /// For collections: written in flow style (`[a, b]`, `{k: v}`).
    public var isFlow: Bool
    /// True when this node was reached through an alias (`*name`) rather than written here.
    public var isAlias: Bool
    /// True when an anchor (`&name`) is written on this node: editing it would change its
    /// aliases too. (A flag, not the name, to keep the node small.)
    public var hasAnchor: Bool

    public init(kind: Kind, location: SourceLocation, end: SourceLocation? = nil, tag: String? = nil,
                isFlow: Bool = false, isAlias: Bool = false, hasAnchor: Bool = false) {
        self.kind = kind
        self.location = location
        self.end = end ?? location
        self.tag = tag
        self.isFlow = isFlow
        self.isAlias = isAlias
        self.hasAnchor = hasAnchor
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let s) = kind { return s }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The text of a scalar, nil for collections.
    public var text: String? { scalar?.value }

    /// A plain scalar that YAML would read as null (`~`, `null`, empty).
    public var isNull: Bool {
        guard let s = scalar, s.style == .plain, tag == nil else { return false }
        switch s.value.utf8.count {
        case 0: return true
        case 1: return s.value == "~"
        case 4: return s.value == "null" || s.value == "Null" || s.value == "NULL"
        default: return false
        }
    }

    /// What the user would call this kind of value in a message.
    public var kindName: String {
        switch kind {
        case .scalar: return isNull ? "nothing" : "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style

    public init(_ value: String, style: Style = .plain) {
        self.value = value
        self.style = style
    }
}

public struct YAMLPair: Sendable, Equatable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// Why front matter could not be read as YAML, at the place libyaml stopped.
public struct YAMLError: Error, Sendable, Hashable {
    public var message: String
    public var location: SourceLocation
    /// `yaml-syntax`, `yaml-alias-limit`, `yaml-depth-limit`, `yaml-multiple-documents`.
    public var id: String

    public init(message: String, location: SourceLocation, id: String) {
        self.message = message
        self.location = location
        self.id = id
    }
}
