import Foundation
import Testing

/// `import markdown` and `import ply` on fixtures written for these tests: a notes app's
/// table with an escaped pipe, a code span holding a pipe, links, a blank position, a row
/// with too few cells and one with too many, a table in a code fence and a table that is no
/// search; ply's files between `---` and `+++` lines, and a file in the folder that is not ply's.
@Suite("import markdown and ply")
struct ImportTablesAndPlyTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/import")
    static let table = fixtures.appendingPathComponent("search-table.md").path
    static let ply = fixtures.appendingPathComponent("ply").path
    let today = "2024-12-02"

    func emptyJournal() throws -> URL {
        let dir = try makeJournal([".jobjournal.yaml": ""])
        return dir
    }

    func files(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("a Markdown table: one file a row, the odd rows said at their lines; again: nothing new")
    func markdownTable() throws {
        let dir = try emptyJournal()
        let run = try jobjournal(["import", "markdown", Self.table, "--dir", dir.path, "--today", today])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("5 rows: created 5, 0 already there, 0 not imported\n"))
        #expect(try files(dir) == [
            "alder-finch-outfitters-floor-lead.md", "brightwater-co-op-buyer.md", "copperline-transit-fleet-route-planner.md",
            "marlow-dental-group.md", "tessellate-studio-office-coordinator.md",
        ])
        #expect(run.stderr.contains("search-table.md:10:1: warning: row 5: the row has 3 cells and the header 6; the missing cells were read as empty [import-row]"))
        #expect(run.stderr.contains("search-table.md:11:1: warning: row 6: the row has 7 cells and the header 6; the cells past the header's were left out [import-row]"))
        #expect(run.stderr.contains("search-table.md:9:1: warning: row 4: no position in the row; imported with the position blank [import-position]"))
        let copperline = try contents(dir.appendingPathComponent("copperline-transit-fleet-route-planner.md"))
        #expect(copperline.hasPrefix("---\ncompany: Copperline Transit | Fleet\nposition: Route Planner\napplied: 2024-11-06\nlink: https://copperline.example/careers/88\nstatus: interviewing\n"))
        #expect(copperline.contains("Uses `GTFS|NeTEx` feeds\nSecond call booked\n"))
        #expect(try contents(dir.appendingPathComponent("alder-finch-outfitters-floor-lead.md")).contains("link: https://alderfinch.example/jobs/floor-lead\n"))

        let check = try jobjournal(["check", "--dir", dir.path, "--today", today])
        #expect(check.status == 0, "\(check.stdout)")

        let again = try jobjournal(["import", "markdown", Self.table, "--dir", dir.path, "--today", today])
        #expect(again.status == 0)
        #expect(again.stdout.contains("row 3 of \(Self.table): already there as copperline-transit-fleet-route-planner.md (the same job link)\n"))
        #expect(again.stdout.hasSuffix("5 rows: created 0, 5 already there, 0 not imported\n"))
        #expect(try files(dir).count == 5)
    }

    @Test("a file without a table is refused (exit 2); --dry-run lists and writes nothing")
    func noTableAndDryRun() throws {
        let dir = try emptyJournal()
        let plain = try makeJournal(["notes.md": "# No table here\n\nJust | a pipe.\n"]).appendingPathComponent("notes.md")
        let none = try jobjournal(["import", "markdown", plain.path, "--dir", dir.path, "--today", today])
        #expect(none.status == 2)
        #expect(none.stderr.contains("the file has no pipe table"))
        let dry = try jobjournal(["import", "markdown", Self.table, "--dir", dir.path, "--today", today, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("/marlow-dental-group.md (row 4 of \(Self.table))\n"))
        #expect(try files(dir).isEmpty)
    }

    @Test("ply's files: stages become the log, interviews in rounds, the rejection the status; again: nothing new")
    func plyFiles() throws {
        let dir = try emptyJournal()
        let run = try jobjournal(["import", "ply", Self.ply, "--dir", dir.path, "--today", today])
        // The folder's own notes file is not ply's: said, and the others come in.
        #expect(run.status == 1)
        #expect(run.stderr.contains("notes-about-ply.md:1:1: error: no TOML front matter: not a ply file; the file was not imported [import-row]"))
        #expect(run.stdout.hasSuffix("2 rows: created 2, 0 already there, 1 not imported\n"))
        let fernhill = try contents(dir.appendingPathComponent("fernhill-robotics-controls-engineer.md"))
        #expect(fernhill.hasPrefix("""
            ---
            company: Fernhill Robotics
            position: Controls Engineer
            applied: 2024-11-05
            link: https://jobs.fernhill-robotics.example/controls-engineer

            """))
        #expect(fernhill.contains("team: Warehouse Automation\nsalary: 98000–120000\ncycle: fall-2024\nsource: ply\ninterviews:\n  - date: 2024-11-13\n    round: 1\n  - date: 2024-11-20\n    round: 2\n"))
        #expect(fernhill.contains("- 2024-11-05 Applied.\n- 2024-11-13 Recruiter stage: Call with the recruiter.\n- 2024-11-20 Technical stage (deadline 2024-11-27).\n"))
        #expect(fernhill.contains("The team builds the conveyor control software for three sites.\n"))
        let saltmarsh = try contents(dir.appendingPathComponent("saltmarsh-analytics-data-analyst.md"))
        #expect(saltmarsh.contains("status: rejected\n") && saltmarsh.contains("- 2024-10-30 Rejected.\n"))
        #expect(!saltmarsh.contains("team:"))

        let check = try jobjournal(["check", "--dir", dir.path, "--today", today])
        #expect(check.status == 0, "\(check.stdout)")

        let again = try jobjournal(["import", "ply", Self.ply, "--dir", dir.path, "--today", today])
        #expect(again.stdout.hasSuffix("2 rows: created 0, 2 already there, 1 not imported\n"))
        #expect(try files(dir).count == 2)
    }
}
