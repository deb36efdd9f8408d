import JobJournalCore
import JobJournalPlaybook

/// How text output should look: colour or not, and how wide the terminal is.
public struct TextStyle: Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool = false, width: Int = 80) {
        self.color = color
        self.width = max(40, width)
    }

    func paint(_ text: String, _ color: Terminal.Color) -> String {
        Terminal.paint(text, color, enabled: self.color)
    }

    func paint(_ text: String, for timing: DueAction.Timing) -> String {
        switch timing {
        case .overdue: return paint(text, .red)
        case .today: return paint(text, .yellow)
        case .upcoming: return text
        }
    }

    /// How many terminal columns `text` takes: one per character, two for East Asian wide
    /// and fullwidth characters and for emoji, so that tables line up under Chinese,
    /// Japanese or Korean names too. A character with combining marks is one character.
    static func columns(_ text: some StringProtocol) -> Int {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii { return text.utf8.count }
        var n = 0
        for character in text { n += columns(character) }
        return n
    }

    static func columns(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if scalar.value < 0x1100 { return 1 }
        return isWide(scalar) ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W and F), and emoji
    /// shown as pictures.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return scalar.properties.isEmojiPresentation
        }
    }

    /// The end of the longest start of `text` that fits in `width` columns.
    private static func end<S: StringProtocol>(of text: S, fitting width: Int) -> S.Index {
        var used = 0
        var i = text.startIndex
        while i < text.endIndex {
            let w = columns(text[i])
            if used + w > width { break }
            used += w
            i = text.index(after: i)
        }
        return i
    }

    /// Words of `text` filled into lines of at most `width` columns after `indent`; a word
    /// longer than a line is broken only when it must be. Measures each word once, so a word
    /// of megabytes (a pasted blob in a to-do) takes linear time, not quadratic.
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        let room = max(20, width - columns(indent))
        var lines: [String] = []
        var line = ""
        var lineCount = 0
        for var word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var wordCount = columns(word)
            if lineCount > 0, lineCount + 1 + wordCount > room {
                lines.append(line)
                line = ""
                lineCount = 0
            }
            while wordCount > room {
                if lineCount > 0 { lines.append(line); line = ""; lineCount = 0 }
                var cut = end(of: word, fitting: room)
                // Never an empty piece, so the loop always ends (a line has 20 columns at least).
                if cut == word.startIndex { cut = word.index(after: cut) }
                lines.append(String(word[..<cut]))
                wordCount -= columns(word[..<cut])
                word = word[cut...]
            }
            if lineCount > 0 {
                line += " "
                lineCount += 1
            }
            line += word
            lineCount += wordCount
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { indent + $0 }.joined(separator: "\n")
    }

    /// Cuts `text` to `width` columns with an ellipsis, at a word boundary when one is near.
    static func truncate(_ text: String, to width: Int) -> String {
        guard width > 1, columns(text) > width else { return text }
        let cut = text[..<end(of: text, fitting: width - 1)]
        if let space = cut.lastIndex(of: " "), columns(cut[..<space]) > width * 2 / 3 {
            return cut[..<space] + "…"
        }
        return cut + "…"
    }

    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// "Tue 2026-11-24".
    static func day(_ day: Day) -> String { "\(weekdays[day.weekday]) \(day)" }

    /// "2 days overdue", "due today", "in 3 days".
    static func relative(_ due: Day, today: Day) -> String {
        let d = due.days(since: today)
        switch d {
        case ..<(-1): return "\(-d) days overdue"
        case -1: return "1 day overdue"
        case 0: return "due today"
        case 1: return "tomorrow"
        default: return "in \(d) days"
        }
    }
}
