/// One slot per piece of parallel work, each written by exactly one worker and read only
/// after all workers have finished (`DispatchQueue.concurrentPerform` returns then).
///
/// The values and whether each slot holds one are kept apart, not as optionals: code generic
/// over `Value` (as a call from another module may be) looked up the type `Value?` at each
/// store and take, 5 % of a warm `due`'s instructions.
package final class Slots<Value>: @unchecked Sendable {
    @usableFromInline let values: UnsafeMutablePointer<Value>
    @usableFromInline let filled: UnsafeMutablePointer<Bool>
    @usableFromInline let count: Int

    @inlinable package init(count: Int) {
        self.count = count
        values = .allocate(capacity: max(count, 1))
        filled = .allocate(capacity: max(count, 1))
        filled.initialize(repeating: false, count: max(count, 1))
    }

    @inlinable package func store(_ value: Value, at index: Int) {
        if filled[index] {
            values[index] = value
        } else {
            (values + index).initialize(to: value)
            filled[index] = true
        }
    }

    /// Whether nothing was stored at `index`.
    @inlinable package func isEmpty(at index: Int) -> Bool { !filled[index] }

    /// The value at `index`, moved out of its slot (left empty); nil when none was stored.
    @inlinable package func take(at index: Int) -> Value? {
        guard filled[index] else { return nil }
        filled[index] = false
        return (values + index).move()
    }

    /// Copies of the values; every slot must hold one.
    @inlinable package func collect() -> [Value] {
        (0..<count).map { index in
            precondition(filled[index], "a slot was not filled")
            return values[index]
        }
    }

    /// The values, moved out of the slots (which are left empty) rather than copied; every
    /// slot must hold one.
    @inlinable package func take() -> [Value] {
        [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                precondition(filled[index], "a slot was not filled")
                filled[index] = false
                (buffer.baseAddress! + index).initialize(to: (values + index).move())
            }
            initialized = count
        }
    }

    deinit {
        for index in 0..<count where filled[index] { (values + index).deinitialize(count: 1) }
        values.deallocate()
        filled.deallocate()
    }
}
