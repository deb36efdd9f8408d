import Foundation
import Testing

/// `migrate` on a copy of notes kept in other tools' shapes (`Fixtures/migrate/obsidian`):
/// Obsidian properties with their own spellings and a list of one status, a file with CRLF
/// and a block list of one, one with a byte order mark, TOML front matter, a note that is no
/// application, and one already in this format.
@Suite("migrate")
struct MigrateCommandTests {
    static let fixture = packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/migrate/obsidian")
    let today = "2024-12-02"

    func copyOfFixture() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("migrate-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixture, to: dir)
        return dir
    }

    func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// Lines with their endings, so that a changed ending shows as a changed line.
    func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = [], line: [UInt8] = []
        for byte in bytes {
            line.append(byte)
            if byte == 0x0A { out.append(line); line = [] }
        }
        if !line.isEmpty { out.append(line) }
        return out
    }

    @Test("the notes come out in this format, check is clean, and every line not rewritten is byte for byte as it was")
    func migratesObsidianNotes() throws {
        let dir = try copyOfFixture()
        let before = try jobjournal(["check", "--dir", dir.path, "--today", today])
        #expect(before.status == 1, "the fixture has errors migrate mends: \(before.stdout)")
        let harbor = dir.appendingPathComponent("Harbor Freight Lines.md")
        let oldHarbor = try bytes(harbor)
        let untouched = ["already-fine.md", "reading-list.md"].map { dir.appendingPathComponent($0) }
        let untouchedBefore = try untouched.map(bytes)

        let run = try jobjournal(["migrate", "--dir", dir.path, "--today", today])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Harbor Freight Lines.md: 10 changes\n  line 3: key 'Employer' → 'company'\n"))
        #expect(run.stdout.contains("  line 5: status: a list of one → its value; status 'Phone Screen' → 'interviewing'\n"))
        #expect(run.stdout.hasSuffix("5 applications: changed 4, 1 already in this format\n"))

        let after = try jobjournal(["check", "--dir", dir.path, "--today", today])
        #expect(after.status == 0, "\(after.stdout)")

        // Obsidian's note: only the lines holding another spelling or shape changed.
        let old = lines(oldHarbor), new = lines(try bytes(harbor))
        #expect(old.count == new.count)
        let changed = zip(old, new).enumerated().filter { $0.element.0 != $0.element.1 }.map { $0.offset + 1 }
        #expect(changed == [3, 4, 5, 6, 7, 11, 12, 15])
        #expect(String(decoding: new[4], as: UTF8.self) == "status: interviewing\n")
        #expect(String(decoding: new[2], as: UTF8.self) == "company: \"[[Harbor Freight Lines]]\"\n")
        // CRLF kept, the comment after a value kept, the block list of one made one line.
        #expect(try contents(dir.appendingPathComponent("verdant-grocers.md"))
            == "---\r\ncompany: Verdant Grocers\r\nposition: Store Manager\r\nstatus: rejected\r\napplied: 2024-10-21\r\nsource: referral  # from Ines\r\n---\r\n\r\nNotes kept in Windows line endings.\r\n")
        // The byte order mark kept.
        #expect(try bytes(dir.appendingPathComponent("lumen-print-works.md")).starts(with: [0xEF, 0xBB, 0xBF, 0x2D]))
        // TOML became YAML, in the TOML's order; the body as it was.
        #expect(try contents(dir.appendingPathComponent("hugo-style.md"))
            == "---\ncompany: Quarry Lane Bakery\nposition: Shift Supervisor\nstatus: no-response\napplied: 2024-10-02\nlink: https://quarrylane.example/jobs/7\noffer:\n  verbal: 2024-10-20\n---\n\nBody text, kept as it is.\n")
        #expect(try untouched.map(bytes) == untouchedBefore)

        // A second run changes nothing.
        let snapshot = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { try bytes(dir.appendingPathComponent($0)) }
        let again = try jobjournal(["migrate", "--dir", dir.path, "--today", today])
        #expect(again.status == 0)
        #expect(again.stdout == "5 applications: changed 0, 5 already in this format\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { try bytes(dir.appendingPathComponent($0)) } == snapshot)
    }

    @Test("--dry-run prints the diffs and writes nothing")
    func dryRun() throws {
        let dir = try copyOfFixture()
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let before = try names.map { try bytes(dir.appendingPathComponent($0)) }
        let run = try jobjournal(["migrate", "--dry-run", "--dir", ".", "--today", today], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("--- a/verdant-grocers.md\n+++ b/verdant-grocers.md\n"))
        #expect(run.stdout.contains("-status:\r\n-  - rejected\r\n-applied_on: 2024-10-21 14:05\r\n+position: Store Manager\r\n+status: rejected\r\n+applied: 2024-10-21\r\n"))
        #expect(run.stdout.contains("-+++\n-# exported from an older tracker\n"))
        #expect(run.stdout.hasSuffix("5 applications: would change 4, 1 already in this format\n"))
        #expect(try names.map { try bytes(dir.appendingPathComponent($0)) } == before)
    }

    @Test("one file only; a key the user named in keys: and a status in status-map: are theirs and stay")
    func ownWordsStay() throws {
        let dir = try makeJournal([
            ".jobjournal.yaml": "keys:\n  firma: company\nstatus-map:\n  Zweite Runde: interviewing\n",
            "a.md": "---\nfirma: Acme\nposition: Clerk\nstatus: Zweite Runde\nDate Applied: 2024-11-02\n---\n",
            "b.md": "---\ncompany: Bolt\nposition: Clerk\nstatus: Hired\n---\n",
        ])
        let run = try jobjournal(["migrate", "a.md", "--dir", dir.path, "--today", today], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try contents(dir.appendingPathComponent("a.md")) == "---\nfirma: Acme\nposition: Clerk\nstatus: Zweite Runde\napplied: 2024-11-02\n---\n")
        #expect(try contents(dir.appendingPathComponent("b.md")).contains("status: Hired"))
        #expect(run.stdout.hasSuffix("1 application: changed 1, 0 already in this format\n"))
    }

    @Test("TOML that does not parse is refused with its line, exit 1, and the other files still migrate")
    func brokenTOML() throws {
        let dir = try makeJournal([
            "bad.md": "+++\ncompany = \"Acme\"\nposition = \n+++\n",
            "good.md": "---\nEmployer: Bolt\nposition: Clerk\n---\n",
        ])
        let run = try jobjournal(["migrate", "--dir", dir.path, "--today", today])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad.md:3: the TOML front matter does not parse"))
        #expect(try contents(dir.appendingPathComponent("bad.md")) == "+++\ncompany = \"Acme\"\nposition = \n+++\n")
        #expect(try contents(dir.appendingPathComponent("good.md")) == "---\ncompany: Bolt\nposition: Clerk\n---\n")
    }
}
