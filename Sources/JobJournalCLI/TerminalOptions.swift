import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

import Glibc

/// `--color`, and the terminal's width, for commands that print text.
struct TerminalOptions: ParsableArguments {
    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Option(help: "Colour: auto (only on a terminal, and not when NO_COLOR is set), always, or never.")
    var color: ColorChoice = .auto

    /// The text style for standard output, or for a file when `toFile`.
    func style(toFile: Bool = false) -> TextStyle {
        let useColor: Bool
        switch color {
        case .always: useColor = true
        case .never: useColor = false
        case .auto:
            let noColor = Environment.value("NO_COLOR").map { !$0.isEmpty } ?? false
            useColor = !toFile && isatty(1) != 0 && !noColor && Environment.value("TERM") != "dumb"
        }
        return TextStyle(color: useColor, width: toFile ? 80 : TerminalOptions.width())
    }

    /// COLUMNS, else the terminal's width, else 80.
    static func width() -> Int {
        if let columns = Environment.value("COLUMNS").flatMap({ Int($0) }), columns > 0 { return columns }
        var size = winsize()
        if isatty(1) != 0, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
