import Glibc

/// Whether two given bytes stand side by side somewhere (`[[`, `{{`, `<%`), found with
/// `memchr`: the scans that run over every text value and every front matter share it.
public enum BytePair {
    public static func occurs(_ first: UInt8, _ second: UInt8, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset + 1 < bytes.count, let hit = memchr(base + offset, Int32(first), bytes.count - offset - 1) {
            let at = base.distance(to: UnsafeRawPointer(hit))
            if bytes[at + 1] == second { return true }
            offset = at + 1
        }
        return false
    }
}
