/// Sorting by keys worked out once for each element, not once per comparison: a journal's
/// thousands of actions or applications are ordered by a few small numbers and strings, and
/// making those keys inside the comparison would make them n log n times.
public enum SortKeys {
    /// The indices of `keys` in sorted order.
    @inlinable
    public static func order<Key>(_ keys: [Key], by areInIncreasingOrder: (Key, Key) -> Bool) -> [Int] {
        keys.indices.sorted { areInIncreasingOrder(keys[$0], keys[$1]) }
    }
}

extension Array {
    /// The elements in the order of their keys, each key made once by `makeKey`.
    @inlinable
    public func sorted<Key>(byKey makeKey: (Element) -> Key, by areInIncreasingOrder: (Key, Key) -> Bool) -> [Element] {
        SortKeys.order(map(makeKey), by: areInIncreasingOrder).map { self[$0] }
    }
}
