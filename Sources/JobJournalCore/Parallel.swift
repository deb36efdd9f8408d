import Glibc
import Dispatch

/// Work over many independent items (files, applications) shared among the cores, results in
/// the items' order. Small inputs run on the calling thread.
package enum Parallel {
    /// The cores online now.
    package static func processorCount() -> Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    @inlinable package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], minimumPerWorker: Int = 256, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = max(1, min(processorCount(), items.count / minimumPerWorker))
        guard workers > 1 else { return items.map(transform) }
        let perWorker = (items.count + workers - 1) / workers
        let parts = Slots<[Result]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let range = min(items.count, worker * perWorker)..<min(items.count, (worker + 1) * perWorker)
            parts.store(items[range].map(transform), at: worker)
        }
        var results: [Result] = []
        results.reserveCapacity(items.count)
        for var part in parts.take() {
            results.append(contentsOf: part)
            part = []
        }
        return results
    }
}
