/// Lower-case ASCII words joined by dashes: for ids and file names.
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 48) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(maxLength, text.utf8.count))
        var pendingDash = false
        func add(_ c: UInt8) {
            if pendingDash && !out.isEmpty { out.append(0x2D) }
            pendingDash = false
            out.append(c)
        }
        var ascii = true
        for c in text.utf8 where c >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            for c in text.utf8 {
                if (0x30...0x39).contains(c) || (0x61...0x7A).contains(c) {
                    add(c)
                } else if (0x41...0x5A).contains(c) {
                    add(c + 32)
                } else {
                    pendingDash = true
                }
                if out.count >= maxLength { break }
            }
        } else {
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
