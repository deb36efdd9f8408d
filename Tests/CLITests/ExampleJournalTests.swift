import Foundation
import Testing

@Suite("The example journal at its documented day")
struct ExampleJournalTests {
    @Test("due, as text and JSON", arguments: [["due"], ["due", "--explain"], ["due", "--format", "json"]])
    func due(arguments: [String]) throws {
        let run = try jobjournal(arguments + ["--dir", "journal-example", "--today", exampleDay], env: ["COLUMNS": "100"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        try expectGolden(run.stdout, arguments.joined(separator: "-") + (arguments.contains("json") ? ".json" : ".txt"))
    }

    @Test("refs, as text and JSON", arguments: [["refs"], ["refs", "--all"], ["refs", "--format", "json"]])
    func refs(arguments: [String]) throws {
        let run = try jobjournal(arguments + ["--dir", "journal-example", "--today", exampleDay], env: ["COLUMNS": "100"])
        #expect(run.status == 0)
        try expectGolden(run.stdout, arguments.joined(separator: "-") + (arguments.contains("json") ? ".json" : ".txt"))
    }

    @Test("every kind of action appears at least once")
    func everyKind() throws {
        let run = try jobjournal(["due", "--format", "json", "--dir", "journal-example", "--today", exampleDay])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let kinds = Set((object["actions"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String })
        #expect(kinds == ["thank-you", "brief-references", "status-inquiry", "promise", "task", "check-in",
                          "ask-references", "request-written-offer", "review-offer-letter"])
    }

    @Test("JOBJOURNAL_TODAY pins the day like --today")
    func todayFromEnvironment() throws {
        let flag = try jobjournal(["due", "--dir", "journal-example", "--today", exampleDay])
        let env = try jobjournal(["due", "--dir", "journal-example"], env: ["JOBJOURNAL_TODAY": exampleDay])
        #expect(flag.stdout == env.stdout)
    }

    @Test("no colour in a pipe unless asked; NO_COLOR yields to --color always")
    func color() throws {
        let base = ["due", "--dir", "journal-example", "--today", exampleDay]
        #expect(!(try jobjournal(base).stdout.contains("\u{1B}[")))
        #expect(try jobjournal(base + ["--color", "always"], env: ["NO_COLOR": "1"]).stdout.contains("\u{1B}[31m"))
        #expect(!(try jobjournal(base + ["--color", "never"]).stdout.contains("\u{1B}[")))
    }

    @Test("the complete example in docs/format.md is clean")
    func formatDocExample() throws {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("docs/format.md"), encoding: .utf8)
        let start = try #require(doc.range(of: "```markdown\n"))
        let end = try #require(doc.range(of: "\n```", range: start.upperBound..<doc.endIndex))
        let example = String(doc[start.upperBound..<end.lowerBound]) + "\n"
        let dir = try makeJournal(["example.md": example])
        let run = try jobjournal(["check", "--strict"], in: dir)
        #expect(run.status == 0, "docs/format.md example: \(run.stdout)")
        let due = try jobjournal(["due", "--format", "json", "--today", exampleDay], in: dir)
        #expect(due.status == 0)
    }
}
