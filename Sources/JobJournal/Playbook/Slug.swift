/// Lower-case ASCII words joined by dashes: for ids and file names.
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 48) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let c: Character?
            if (48...57).contains(v) || (97...122).contains(v) {
                c = Character(scalar)
            } else if (65...90).contains(v) {
                c = Character(Unicode.Scalar(v + 32)!)
            } else {
                c = Slug.fold(scalar)
            }
            if let c {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(c)
                if out.count >= maxLength { break }
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// Common accented Latin letters as their base letter, so `Zürich` reads `zurich`.
    private static func fold(_ scalar: Unicode.Scalar) -> Character? {
        switch scalar {
        case "à", "á", "â", "ã", "ä", "å", "À", "Á", "Â", "Ã", "Ä", "Å": return "a"
        case "ç", "Ç": return "c"
        case "è", "é", "ê", "ë", "È", "É", "Ê", "Ë": return "e"
        case "ì", "í", "î", "ï", "Ì", "Í", "Î", "Ï": return "i"
        case "ñ", "Ñ": return "n"
        case "ò", "ó", "ô", "õ", "ö", "ø", "Ò", "Ó", "Ô", "Õ", "Ö", "Ø": return "o"
        case "ù", "ú", "û", "ü", "Ù", "Ú", "Û", "Ü": return "u"
        case "ý", "ÿ", "Ý": return "y"
        case "ß": return "s"
        default: return nil
        }
    }
}
