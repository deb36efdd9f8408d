/// Small text operations the layers share, on Swift strings without Foundation.
extension String {
    package var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }

    package func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }

    package func trimmingCharacters(in set: String) -> String {
        // Nothing to trim (the usual case), told from the bytes at either end: a character of
        // the set starts and ends with bytes of the set.
        let bytes = set.utf8
        guard let first = utf8.first, let last = utf8.last, bytes.contains(first) || bytes.contains(last) else { return self }
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    package func range(of needle: String) -> Range<Index>? {
        let n = Array(needle)
        var i = startIndex
        while i < endIndex {
            if self[i...].starts(with: n) { return i..<index(i, offsetBy: n.count) }
            i = index(after: i)
        }
        return nil
    }
}
