import Foundation
import Testing

/// `help COMMAND` at any width: a wrapped line keeps its indentation (an example command,
/// an exit status, an option's description), and no action id or option name is split.
@Suite("Help at any width")
struct HelpWidthTests {
    static let widths = [40, 60, 80, 120]

    /// The commands `jobjournal help` lists, and the root's own help.
    static func topics() throws -> [[String]] {
        let help = try jobjournal(["help"], env: ["COLUMNS": "10000"]).stdout
        let listed = help.components(separatedBy: "SUBCOMMANDS:\n").last!.split(separator: "\n")
            .prefix { $0.hasPrefix("  ") && !$0.hasPrefix("  See ") }
            .map { String($0.split(separator: " ")[0]) }
        #expect(listed.contains("done"))
        return [[]] + listed.map { [$0] }
    }

    static func words<S: StringProtocol>(_ text: S) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Substring($0) }
    }

    static func indent<S: StringProtocol>(_ line: S) -> Int { line.prefix { $0 == " " }.count }

    @Test("wrapped lines keep their indentation; no word is split", arguments: widths)
    func wraps(width: Int) throws {
        for topic in try Self.topics() {
            let name = "help \(topic.joined(separator: " "))"
            let wide = try jobjournal(["help"] + topic, env: ["COLUMNS": "10000"])
            let run = try jobjournal(["help"] + topic, env: ["COLUMNS": "\(width)"])
            #expect(run.status == 0)
            #expect(Self.words(run.stdout) == Self.words(wide.stdout), "\(name) at \(width): words differ from the unwrapped help")
            var lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)[...]
            for original in wide.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
                // The lines `original` became: as many as hold its words.
                var wanted = Self.words(original).count
                var pieces: [Substring] = []
                repeat {
                    guard let line = lines.popFirst() else { break }
                    pieces.append(line)
                    wanted -= Self.words(line).count
                } while wanted > 0
                for piece in pieces {
                    if Self.indent(original) > 0 {
                        #expect(Self.indent(piece) > 0, "\(name) at \(width): '\(original)' goes on at column 0: '\(piece)'")
                    }
                    if piece.count > width {
                        let words = Self.words(piece)
                        #expect(words.count == 1 || (words.count == 2 && words[0].hasPrefix("-")),
                                "\(name) at \(width): a line of \(piece.count) columns that could break: '\(piece)'")
                    }
                }
            }
        }
    }

    @Test("help done keeps every action id whole and help check every option name", arguments: widths)
    func idsAndOptions(width: Int) throws {
        let done = try jobjournal(["help", "done"], env: ["COLUMNS": "\(width)"]).stdout
        for id in ["lakeshore-industrial-supply-key-account-manager/thank-you/2026-11-25",
                   "meridian-foods-regional-sales-manager/promise/2026-11-27/send-ms-ortiz-a-writing-sample-the-benelux-market"] {
            #expect(done.split(separator: "\n").contains { $0.split(separator: " ").contains(Substring(id)) }, "\(id) split at \(width)")
        }
        let check = try jobjournal(["check", "--help"], env: ["COLUMNS": "\(width)"]).stdout
        for option in ["--stdin-filename", "--strict", "--verbose", "--format"] {
            #expect(check.contains(option), "\(option) split at \(width)")
        }
        #expect(check == (try jobjournal(["help", "check"], env: ["COLUMNS": "\(width)"]).stdout))
    }
}
