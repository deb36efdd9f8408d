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

    /// Words of `text` filled into lines of at most `width` columns after `indent`; a word
    /// longer than a line is broken only when it must be. Counts each word once, so a word
    /// of megabytes (a pasted blob in a to-do) takes linear time, not quadratic.
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        let room = max(20, width - indent.count)
        var lines: [String] = []
        var line = ""
        var lineCount = 0
        for var word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var wordCount = word.count
            if lineCount > 0, lineCount + 1 + wordCount > room {
                lines.append(line)
                line = ""
                lineCount = 0
            }
            while wordCount > room {
                if lineCount > 0 { lines.append(line); line = ""; lineCount = 0 }
                let cut = word.index(word.startIndex, offsetBy: room)
                lines.append(String(word[..<cut]))
                word = word[cut...]
                wordCount -= room
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
        guard text.count > width, width > 1 else { return text }
        let cut = text.prefix(width - 1)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > width * 2 / 3 {
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
