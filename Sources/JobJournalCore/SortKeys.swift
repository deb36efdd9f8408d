/// Sorting by keys worked out once for each element, not once per comparison: a journal's
/// thousands of actions or applications are ordered by a few small numbers and strings, and
/// making those keys inside the comparison would make them n log n times.
public enum SortKeys {
    /// The indices of `keys` in sorted order.
    @inlinable
    public static func order<Key>(_ keys: [Key], by areInIncreasingOrder: (Key, Key) -> Bool) -> [Int] {
        keys.indices.sorted { areInIncreasingOrder(keys[$0], keys[$1]) }
    }

    /// Each string's place among them all, in the order `areInIncreasingOrder` gives, equal
    /// strings sharing one: a key of one small number, for sorting by strings without
    /// comparing (and copying) them at every comparison of the sort that uses it.
    public static func ranks(of strings: [String], by areInIncreasingOrder: (String, String) -> Bool) -> [Int] {
        var ranks = [Int](repeating: 0, count: strings.count)
        // Already in order (a journal's files are listed so): each its own place.
        if !strings.indices.dropFirst().contains(where: { !areInIncreasingOrder(strings[$0 - 1], strings[$0]) }) {
            for i in strings.indices { ranks[i] = i }
            return ranks
        }
        let order = strings.indices.sorted { areInIncreasingOrder(strings[$0], strings[$1]) }
        var rank = 0
        for position in order.indices {
            if position > 0, areInIncreasingOrder(strings[order[position - 1]], strings[order[position]]) { rank += 1 }
            ranks[order[position]] = rank
        }
        return ranks
    }
}

extension Array {
    /// Puts the elements in the order `order` gives (the one at `order[i]` comes `i`th), in
    /// place: each cycle of the permutation is followed, its elements moved along it in
    /// memory, never copied (a copy of a row of the report retains each of its strings;
    /// `swapAt` copies).
    public mutating func arrange(by order: [Int]) {
        precondition(order.count == count && Set(order).count == count && order.allSatisfy { indices.contains($0) })
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for start in 0..<buffer.count where !placed[start] {
                // The cycle start <- order[start] <- order[order[start]] ... back to start.
                let first = (base + start).move()
                var j = start
                placed[j] = true
                while order[j] != start {
                    (base + j).moveInitialize(from: base + order[j], count: 1)
                    j = order[j]
                    placed[j] = true
                }
                (base + j).initialize(to: first)
            }
        }
    }

    /// The elements in the order of their keys, each key made once by `makeKey`.
    @inlinable
    public func sorted<Key>(byKey makeKey: (Element) -> Key, by areInIncreasingOrder: (Key, Key) -> Bool) -> [Element] {
        SortKeys.order(map(makeKey), by: areInIncreasingOrder).map { self[$0] }
    }
}
