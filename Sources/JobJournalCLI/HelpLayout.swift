import ArgumentParser

/// Help laid out for the terminal. ArgumentParser wraps a long help line at the width and
/// starts what is left at column 0, so an indented example or an exit status lost its
/// indentation, and a command broke between its words anywhere. Help is therefore asked of
/// ArgumentParser unwrapped (`HelpLayout.unwrapped` columns: every line as written, each
/// `\`-joined discussion line whole) and wrapped here, line by line, at spaces only, so an
/// action id or an option name is never split:
///
/// - a line of two columns (`  0  success; ...`, `  --dir <dir>   The journal folder ...`,
///   two spaces or more between them) continues under its second column, or, when that
///   leaves fewer than `minimumText` columns, under its first column plus four;
/// - any other indented line (an example command) continues four columns deeper, so that
///   what follows reads as part of it, and keeps an option on the line of its value; one
///   indented `deep` or more (ArgumentParser's description column) continues at its own
///   indentation;
/// - `USAGE:` continues under the usage, as ArgumentParser's own does;
/// - a line at column 0 (prose) continues at column 0.
enum HelpLayout {
    /// Wide enough that ArgumentParser wraps nothing.
    static let unwrapped = 10_000
    static let minimumText = 20
    static let deep = 8

    /// The help that `error` (a help request) prints, laid out for `width`; nil for any
    /// other message (a version, a completion script, an error), which prints as it is.
    static func help(for error: Error, width: Int) -> String? {
        let text = JobJournalCommand.fullMessage(for: error, columns: unwrapped)
        guard text.hasPrefix("OVERVIEW: ") || text.hasPrefix("USAGE: ") else { return nil }
        return wrap(text, width: width)
    }

    static func wrap(_ text: String, width: Int) -> String {
        HelpLine.lines(of: text).flatMap { wrap(line: $0, width: width) }.joined(separator: "\n")
    }

    static func wrap(line: HelpLine, width: Int) -> [String] {
        guard line.text.count > width else { return [line.text] }
        let words = line.rest.split(separator: " ").map(String.init)
        if let column = line.secondColumn {
            if width - column >= minimumText {
                return fill(words, first: line.head, continuation: column, width: width)
            }
            // Too narrow beside the first column: the second goes below it.
            let labelWords = line.head.split(separator: " ").map(String.init)
            let indent = String(repeating: " ", count: line.indent)
            return fill(labelWords, first: indent, continuation: line.indent + 4, width: width)
                + fill(words, first: String(repeating: " ", count: line.indent + 4), continuation: line.indent + 4, width: width)
        }
        var indent = line.indent
        if indent > width - minimumText { indent = min(indent, deep - 2) }
        let continuation = indent == 0 ? 0 : (line.indent >= deep ? indent : indent + 4)
        return fill(indent == 0 ? words : optionsWithValues(words), first: String(repeating: " ", count: indent),
                    continuation: continuation, width: width)
    }

    /// In an example command, an option stays on the line of its value (`--via card`).
    static func optionsWithValues(_ words: [String]) -> [String] {
        var out: [String] = []
        for word in words {
            if let last = out.last, last.hasPrefix("-"), !last.contains(" "), !word.hasPrefix("-") {
                out[out.count - 1] += " " + word
            } else {
                out.append(word)
            }
        }
        return out
    }

    /// Words into lines of at most `width` columns (a word longer than that has a line of its
    /// own): the first line starts with `first`, the others with `continuation` spaces.
    static func fill(_ words: [String], first: String, continuation: Int, width: Int) -> [String] {
        var lines: [String] = []
        var current = first
        var empty = true
        for word in words {
            if !empty && current.count + 1 + word.count > width {
                lines.append(current)
                current = String(repeating: " ", count: continuation)
                empty = true
            }
            current += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(current)
        return lines
    }
}

/// One line of help as written: its indentation, and where its second column starts when
/// it has one (two spaces or more after the first column's text, on an indented line).
struct HelpLine {
    var text: String
    var indent: Int
    /// The first column with its padding (the whole line up to `secondColumn`), or the
    /// indentation alone.
    var head: String
    /// What is wrapped: the second column, or all the text after the indentation.
    var rest: String
    var secondColumn: Int?

    /// ArgumentParser's column for what an argument or option does.
    static let optionColumn = 26

    /// The lines of a help text; in ARGUMENTS, OPTIONS and the like, ArgumentParser's
    /// descriptions start at `optionColumn`, after a single space when the label is long.
    static func lines(of help: String) -> [HelpLine] {
        var inOptions = false
        return help.split(separator: "\n", omittingEmptySubsequences: false).map { text in
            if text.isEmpty { inOptions = false }
            if text.first != " " && text.hasSuffix(":") && text == text.uppercased() { inOptions = true }
            return HelpLine(text, optionColumn: inOptions ? optionColumn : nil)
        }
    }

    init(_ line: Substring, optionColumn: Int? = nil) {
        text = String(line)
        let characters = Array(text)
        indent = characters.prefix { $0 == " " }.count
        head = String(repeating: " ", count: indent)
        rest = String(characters[indent...])
        secondColumn = nil
        if indent == 0 {
            if text.hasPrefix("USAGE: ") {
                head = "USAGE: "
                rest = String(characters[7...])
                secondColumn = 7
            }
            return
        }
        if let column = optionColumn, indent < column - 1, characters.count > column,
           characters[column - 1] == " ", characters[column] != " " {
            head = String(characters[..<column])
            rest = String(characters[column...])
            secondColumn = column
            return
        }
        var i = indent
        while i < characters.count {
            if characters[i] == " " {
                var end = i
                while end < characters.count && characters[end] == " " { end += 1 }
                if end - i >= 2 && end < characters.count {
                    head = String(characters[..<end])
                    rest = String(characters[end...])
                    secondColumn = end
                    return
                }
                i = end
            } else {
                i += 1
            }
        }
    }

    /// The first column's text, without indentation or padding.
    var label: String? {
        guard secondColumn != nil else { return nil }
        return String(head.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
