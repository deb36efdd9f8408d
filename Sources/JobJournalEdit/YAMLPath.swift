import JobJournalCore

/// A place in the front matter, written the way `set` takes it: `status`, `offer.written`,
/// `interviews[0].next-step`, `references[Dana Smith].contacted`. An item of a list is
/// picked by its position from 0, or by its name (`name`, an interview's `date`, a
/// promise's `what`).
public struct YAMLPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
        /// The item whose `name`, `date` or `what` is this.
        case named(String)
        /// The item written on this file line (how `done` names the item an action is about).
        case line(Int)
    }

    public var components: [Component]

    public init(_ components: [Component]) { self.components = components }

    public init(parsing text: String) throws(EditRefusal) {
        var components: [Component] = []
        var key = ""
        var rest = Substring(text)
        func endKey() throws(EditRefusal) {
            let trimmed = key.trimmingSpaces
            guard !trimmed.isEmpty else { throw EditRefusal("'\(text)' is not a key: write it like offer.written or interviews[0].next-step") }
            components.append(.key(trimmed))
            key = ""
        }
        while let c = rest.first {
            rest = rest.dropFirst()
            switch c {
            case ".":
                if !key.isEmpty { try endKey() } else if components.last.map({ if case .key = $0 { return true } else { return false } }) ?? true {
                    throw EditRefusal("'\(text)' is not a key: write it like offer.written or interviews[0].next-step")
                }
            case "[":
                if !key.isEmpty { try endKey() }
                guard !components.isEmpty, let close = rest.firstIndex(of: "]") else {
                    throw EditRefusal("'\(text)' is not a key: an item is picked like interviews[0] or references[Dana Smith]")
                }
                let inside = String(rest[..<close]).trimmingSpaces
                rest = rest[rest.index(after: close)...]
                if let n = Int(inside), n >= 0 { components.append(.index(n)) } else if !inside.isEmpty { components.append(.named(inside)) } else {
                    throw EditRefusal("'\(text)': say which item, like interviews[0]")
                }
            default:
                key.append(c)
            }
        }
        if !key.isEmpty { try endKey() }
        guard case .key = components.last else {
            throw EditRefusal("'\(text)' names a whole item; name one of its keys, like \(text).date")
        }
        self.components = components
    }

    public var description: String {
        var out = ""
        for c in components {
            switch c {
            case .key(let k): out += out.isEmpty ? k : "." + k
            case .index(let n): out += "[\(n)]"
            case .named(let name): out += "[\(name)]"
            case .line(let line): out += "[line \(line)]"
            }
        }
        return out
    }
}
