/// One slot per piece of parallel work, each written by exactly one worker and read only
/// after all workers have finished (`DispatchQueue.concurrentPerform` returns then).
package final class Slots<Value>: @unchecked Sendable {
    @usableFromInline let slots: UnsafeMutablePointer<Value?>
    @usableFromInline let count: Int

    @inlinable package init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: count)
    }

    @inlinable package func store(_ value: Value, at index: Int) { slots[index] = value }

    @inlinable package func collect() -> [Value] { (0..<count).map { slots[$0]! } }

    /// The values, moved out of the slots (which are left empty) rather than copied.
    @inlinable package func take() -> [Value] { (0..<count).map { slots[$0].take()! } }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}
