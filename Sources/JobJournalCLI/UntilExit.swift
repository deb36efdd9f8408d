/// What a command read, kept until the process exits instead of freed.
///
/// Once a command has written its output the process is about to end, and the system takes
/// its memory back at once. Freeing a large journal first, object by object (10,000
/// applications are hundreds of thousands of strings and arrays), would only delay the exit:
/// by about 40 ms for 10,000 applications. Compilers skip that last free for the same reason.
package enum UntilExit {
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `values` alive until the process ends. Call it once the output is written.
    package static func keep(_ values: Any...) {
        kept.append(contentsOf: values)
    }
}
