import Foundation
import Testing

@Suite("jobjournal stats")
struct StatsCommandTests {
    @Test("each format for the example journal", arguments: [
        ["stats"], ["stats", "--format", "json"], ["stats", "--format", "markdown"], ["stats", "--format", "html"],
    ])
    func golden(arguments: [String]) throws {
        let run = try jobjournal(arguments + ["--dir", "journal-example", "--today", exampleDay], env: ["COLUMNS": "80"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let format = arguments.count > 2 ? arguments[2] : "text"
        let ext = ["text": "txt", "markdown": "md", "json": "json", "html": "html"][format]!
        try expectGolden(run.stdout, arguments.joined(separator: "-") + "." + ext)
    }

    @Test("stats --format json is the report's stats, with the same schema and day")
    func sameAsReport() throws {
        let base = ["--dir", "journal-example", "--today", exampleDay, "--format", "json"]
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(jobjournal(["stats"] + base).stdout.utf8)) as? [String: Any])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(jobjournal(["report"] + base).stdout.utf8)) as? [String: Any])
        #expect(stats["schema"] as? Int == 1 && stats["today"] as? String == exampleDay)
        #expect(NSDictionary(dictionary: try #require(stats["stats"] as? [String: Any])).isEqual(to: try #require(report["stats"] as? [String: Any])))
    }

    @Test("--from, --to and --by narrow it; a bad day or a range backwards is a usage error (exit 2)")
    func options() throws {
        let base = ["stats", "--dir", "journal-example", "--today", exampleDay, "--format", "json"]
        let october = try jobjournal(base + ["--from", "2026-10-01", "--to", "2026-10-31", "--by", "month"])
        #expect(october.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(october.stdout.utf8)) as? [String: Any])
        let stats = try #require(json["stats"] as? [String: Any])
        #expect(stats["from"] as? String == "2026-10-01" && stats["to"] as? String == "2026-10-31")
        #expect(stats["applications"] as? Int == 4 && stats["notCounted"] as? Int == 6)
        let breakdowns = try #require(stats["breakdowns"] as? [[String: Any]])
        #expect(breakdowns.map { $0["by"] as? String } == ["month"])
        let bad = try jobjournal(["stats", "--dir", "journal-example", "--from", "2026-13-01"])
        #expect(bad.status == 2 && bad.stderr.contains("--from should be a day written YYYY-MM-DD"))
        let backwards = try jobjournal(["stats", "--dir", "journal-example", "--from", "2026-11-01", "--to", "2026-10-01"])
        #expect(backwards.status == 2 && backwards.stderr.contains("--to 2026-10-01 is before --from 2026-11-01"))
    }
}
