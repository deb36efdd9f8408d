import Glibc
import Dispatch

/// Work over many independent items (files, applications) shared among the cores, results in
/// the items' order. Small inputs run on the calling thread.
package enum Parallel {
    /// The cores online now.
    package static func processorCount() -> Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    @inlinable package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], minimumPerWorker: Int = 256, workers cores: Int = processorCount(),
        _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = max(1, min(cores, items.count / minimumPerWorker))
        guard workers > 1 else { return items.map(transform) }
        let perWorker = (items.count + workers - 1) / workers
        // Each worker builds its results in place, in its own part of one array: nothing is
        // copied (retained) to join the parts.
        return [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            let results = SharedBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in min(items.count, worker * perWorker)..<min(items.count, (worker + 1) * perWorker) {
                    (results.base + index).initialize(to: transform(items[index]))
                }
            }
            initialized = items.count
        }
    }
}

/// An array's storage that workers fill in disjoint parts (each index by one worker only).
@usableFromInline struct SharedBuffer<Element>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<Element>
    @inlinable init(_ buffer: UnsafeMutableBufferPointer<Element>) { base = buffer.baseAddress! }
}
