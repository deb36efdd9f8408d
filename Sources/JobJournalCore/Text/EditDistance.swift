/// How far apart two spellings are, for "did you mean" suggestions.
package enum EditDistance {
    /// Optimal string alignment distance (a transposition counts as one edit), giving up
    /// past `limit`.
    package static func between(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        // Three rows in one scratch buffer on the stack: this runs for every unknown key.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: width * 3) { rows in
            var previous2 = 0, previous = width, current = width * 2
            for j in 0..<width { rows[previous + j] = j }
            for i in 1...a.count {
                rows[current] = i
                var rowMin = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var v = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        v = min(v, rows[previous2 + j - 2] + 1)
                    }
                    rows[current + j] = v
                    rowMin = min(rowMin, v)
                }
                if rowMin > limit { return limit + 1 }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return rows[previous + b.count]
        }
    }
}
