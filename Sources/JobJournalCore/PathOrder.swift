import Glibc

/// The order files are listed and reported in: by the bytes of their paths, the same on
/// every machine and locale (what `LC_ALL=C sort` gives).
public enum PathOrder {
    public static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                if common > 0 {
                    let c = memcmp(x.baseAddress!, y.baseAddress!, common)
                    if c != 0 { return c < 0 }
                }
                return x.count < y.count
            }
        }
    }
}
