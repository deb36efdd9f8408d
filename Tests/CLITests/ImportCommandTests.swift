import Foundation
import Testing

/// `import` and `export` run on fixtures written for these tests: a LinkedIn-shaped export
/// (quoted company names with commas, answers over several lines, a saved job also applied
/// for, a company name that is a spreadsheet formula) and a semicolon sheet with a BOM, CRLF
/// and rows a hand-kept table has (no position, a date in words, no employer).
@Suite("import and export")
struct ImportCommandTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/import")
    static let linkedIn = fixtures.appendingPathComponent("linkedin")
    static let sheet = fixtures.appendingPathComponent("spreadsheet-semicolon.csv").path
    let today = "2024-11-25"

    /// LinkedIn's export zipped as LinkedIn ships it, with a file import passes over.
    func linkedInZip(extra: [(name: String, text: String)] = []) throws -> URL {
        let zip = FileManager.default.temporaryDirectory.appendingPathComponent("linkedin-\(UUID().uuidString).zip")
        var script = "import zipfile, sys\nz = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n"
        script += "for n in ['Jobs/Job Applications.csv', 'Jobs/Saved Jobs.csv']: z.write(n)\n"
        script += "z.writestr('Profile.csv', 'First Name,Last Name\\nPat,Rivera\\n')\n"
        for (name, text) in extra { script += "z.writestr(\(pythonString(name)), \(pythonString(text)))\n" }
        let run = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, zip.path], in: Self.linkedIn)
        #expect(run.status == 0, "\(run.stderr)")
        return zip
    }

    func pythonString(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'").replacingOccurrences(of: "\n", with: "\\n") + "'"
    }

    /// An empty journal folder.
    func emptyJournal() throws -> URL {
        let dir = try makeJournal([:])
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func files(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test("the ZIP: one file a job, saved jobs as saved, applied jobs not twice; again: nothing new, and why")
    func linkedInZipImport() throws {
        let dir = try emptyJournal()
        let zip = try linkedInZip()
        let first = try jobjournal(["import", "linkedin", zip.path, "--dir", dir.path, "--today", today])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasSuffix("8 rows: created 7, 1 already there, 0 not imported\n"))
        #expect(try files(dir) == [
            "brightwater-hale-co-account-executive-mid-market.md", "fairhaven-tools-inc-inside-sales-representative.md",
            "hyperlink-https-evil-example-apply-here-sales-associate.md", "kettle-crane-coffee-wholesale-account-manager.md",
            "lumen-path-analytics-business-development-representative.md", "northgate-outdoor-llc-channel-sales-manager.md",
            "oakline-dental-supply-territory-manager.md",
        ])
        let fairhaven = try contents(dir.appendingPathComponent("fairhaven-tools-inc-inside-sales-representative.md"))
        #expect(fairhaven.hasPrefix("---\ncompany: Fairhaven Tools, Inc.\nposition: Inside Sales Representative\napplied: 2024-11-20\nlink: https://www.linkedin.com/jobs/view/4081120001/\nresume: Pat_Rivera_Resume_2024.pdf\nsource: LinkedIn\n"))
        #expect(fairhaven.contains("How many years of B2B sales experience do you have? : 6\nAre you willing to travel up to 25% of the time? : Yes\n"))
        // The applicant's own email and phone are not the employer's contacts.
        #expect(!fairhaven.contains("pat.rivera@example.net") && !fairhaven.contains("0142"))
        let saved = try contents(dir.appendingPathComponent("northgate-outdoor-llc-channel-sales-manager.md"))
        #expect(saved.contains("saved: 2024-11-21\n") && saved.contains("status: saved\n"))
        let check = try jobjournal(["check", "--dir", dir.path, "--today", today])
        #expect(check.status == 0 && check.stdout.isEmpty, "\(check.stdout)")

        let before = try files(dir).map { try contents(dir.appendingPathComponent($0)) }
        let second = try jobjournal(["import", "linkedin", zip.path, "--dir", dir.path, "--today", today])
        #expect(second.status == 0)
        #expect(second.stdout.hasSuffix("8 rows: created 0, 8 already there, 0 not imported\n"))
        #expect(second.stdout.contains("row 2 of \(zip.path)/Jobs/Job Applications.csv: already there as fairhaven-tools-inc-inside-sales-representative.md (the same job link)\n"))
        #expect(try files(dir).map { try contents(dir.appendingPathComponent($0)) } == before)
    }

    @Test("the folder and one CSV of it import the same; --dry-run lists the names and writes nothing")
    func linkedInFolderAndDryRun() throws {
        let dir = try emptyJournal()
        let dry = try jobjournal(["import", "linkedin", Self.linkedIn.path, "--dir", dir.path, "--today", today, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("would create \(dir.path)/oakline-dental-supply-territory-manager.md (row 3 of "))
        #expect(try files(dir).isEmpty)
        let csv = Self.linkedIn.appendingPathComponent("Jobs/Job Applications.csv").path
        let run = try jobjournal(["import", "linkedin", csv, "--dir", dir.path, "--today", today])
        #expect(run.stdout.hasSuffix("5 rows: created 5, 0 already there, 0 not imported\n"))
        let rest = try jobjournal(["import", "linkedin", Self.linkedIn.path, "--dir", dir.path, "--today", today])
        #expect(rest.stdout.hasSuffix("8 rows: created 2, 6 already there, 0 not imported\n"))
    }

    @Test("a semicolon sheet with a BOM and CRLF: rows read by their headers; problems at their lines; the other rows come in")
    func semicolonSheet() throws {
        let dir = try emptyJournal()
        let run = try jobjournal(["import", "csv", Self.sheet, "--dir", dir.path, "--today", today])
        #expect(run.status == 1)
        #expect(run.stdout.hasSuffix("6 rows: created 5, 0 already there, 1 not imported\n"))
        #expect(run.stderr == """
            \(Self.sheet):5:1: warning: row 4: no position in the row; imported with the position blank [import-position]
            \(Self.sheet):6:1: warning: row 5: 'last week' is not a date; imported without the day [import-date]
            \(Self.sheet):7:1: error: row 6: no employer in the row; the row was not imported [import-row]

            """)
        let rheinwerk = try contents(dir.appendingPathComponent("rheinwerk-logistik-gmbh-key-account-manager.md"))
        #expect(rheinwerk.hasPrefix("---\ncompany: Rheinwerk Logistik GmbH\nposition: Key Account Manager\napplied: 2024-11-14\nlink: https://jobs.rheinwerk-logistik.example/kam-2024\nstatus: interviewing\nlocation: Köln\nsalary: 62.000 €\nsource: StepStone\n"))
        #expect(rheinwerk.contains("## Notes\n\nFirst call with Ms. Adler; she liked the Benelux numbers.\nSecond round to be scheduled.\n"))
        let isar = try contents(dir.appendingPathComponent("isar-software-ag-account-executive.md"))
        #expect(isar.contains("status: no-response\n") && isar.contains("applied: 2024-10-02\n"))
        #expect(try contents(dir.appendingPathComponent("alster-medien-head-of-sales.md")).contains("applied: 2024-11-03\n"))
        let check = try jobjournal(["check", "--dir", dir.path, "--today", today])
        #expect(check.status == 0)
        #expect(check.stdout == "\(dir.path)/bruckner-sohne.md:3:11: warning: position is empty; write the job title when you know it [empty-position]\n")
    }

    @Test("nothing existing is overwritten: a taken name gets the applied day, and the file there is untouched")
    func neverOverwrites() throws {
        let mine = "---\ncompany: Alster Medien\nposition: Head of Sales\n---\n\nMy own notes.\n"
        let dir = try makeJournal(["alster-medien-head-of-sales.md": mine])
        _ = try jobjournal(["import", "csv", Self.sheet, "--dir", dir.path, "--today", today])
        #expect(try contents(dir.appendingPathComponent("alster-medien-head-of-sales.md")) == mine)
        #expect(try files(dir).contains("alster-medien-head-of-sales-2024-11-03.md"))
    }

    @Test("export, then import into an empty journal: the same applications, the same export; into the first: nothing new")
    func roundTrip() throws {
        let dir = try emptyJournal()
        _ = try jobjournal(["import", "linkedin", try linkedInZip().path, "--dir", dir.path, "--today", today])
        _ = try jobjournal(["import", "csv", Self.sheet, "--dir", dir.path, "--today", today])
        let export = try jobjournal(["export", "--format", "csv", "--dir", dir.path, "--today", today])
        #expect(export.status == 0)
        #expect(export.stdout.hasPrefix("File,Company,Position,Status,Applied,Last Activity,Next Action,Next Action Day,Link,Source,Location,Salary\r\n"))
        // The formula company is neutralised as OWASP advises.
        #expect(export.stdout.contains(",\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"Apply here\"\")\",Sales Associate,"))
        let sheet = dir.appendingPathComponent("../export-\(UUID().uuidString).csv").standardizedFileURL
        try export.stdout.write(to: sheet, atomically: true, encoding: .utf8)
        let other = try emptyJournal()
        let back = try jobjournal(["import", "csv", sheet.path, "--dir", other.path, "--today", today])
        #expect(back.stdout.contains("column 'Last Activity' not imported: jobjournal works it out from the file\n"))
        #expect(try files(other) == files(dir))
        let again = try jobjournal(["export", "--format", "csv", "--dir", other.path, "--today", today])
        #expect(again.stdout == export.stdout)
        let twice = try jobjournal(["import", "csv", sheet.path, "--dir", dir.path, "--today", today])
        #expect(twice.stdout.hasSuffix("12 rows: created 0, 12 already there, 0 not imported\n"))
    }

    @Test("hostile: a ZIP bomb, an entry named ../, bytes that are not UTF-8, a 50 MB cell; clear errors, nothing outside the journal")
    func hostile() throws {
        // The journal is the only thing in a folder of its own: afterwards, it still is.
        let outside = try emptyJournal()
        let dir = outside.appendingPathComponent("journal")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }

        // 200 MB of zeros claiming to be the applications: refused by its size, nothing read.
        let bomb = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString).zip")
        let make = """
            import zipfile, sys
            z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)
            with z.open('Jobs/Job Applications.csv', 'w', force_zip64=True) as f:
                chunk = bytes(1 << 20)
                for _ in range(200): f.write(chunk)
            """
        #expect(try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", make, bomb.path]).status == 0)
        let bombRun = try jobjournal(["import", "linkedin", bomb.path, "--dir", dir.path, "--today", today])
        #expect(bombRun.status == 2)
        #expect(bombRun.stderr.contains("would inflate to 209715200 bytes, more than 64 MiB; nothing was imported"))

        let escape = try linkedInZip(extra: [("../Jobs/Saved Jobs.csv", "Saved Date,Job Url,Job Title,Company Name\n\"11/21/24, 7:58 PM\",https://x.example/1,Escapee,Outside Inc\n")])
        let escapeRun = try jobjournal(["import", "linkedin", escape.path, "--dir", dir.path, "--today", today])
        #expect(escapeRun.stderr.contains("warning: the entry '../Jobs/Saved Jobs.csv' points outside the archive; it was not read [import-zip]"))
        #expect(!(try files(dir)).contains { $0.contains("escapee") })

        let latin1 = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).csv").standardizedFileURL
        try Data("Company,Position\nAcme,Seller\nCaf".utf8 + [0xE9] + Data(",Barista\n".utf8)).write(to: latin1)
        let latinRun = try jobjournal(["import", "csv", latin1.path, "--dir", dir.path, "--today", today])
        #expect(latinRun.status == 2)
        #expect(latinRun.stderr == "\(latin1.path):3:4: error: the file is not UTF-8 text; save or export it as UTF-8 (CSV UTF-8) and import it again [import-file]\n")

        let big = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).csv").standardizedFileURL
        var bytes = Data("Company,Position,Notes\nAcme,Seller,\"".utf8)
        bytes.append(Data(repeating: 0x61, count: 50_000_000))
        bytes.append(Data("\"\nBeta,Buyer,short\n".utf8))
        try bytes.write(to: big)
        let started = Date()
        let bigRun = try jobjournal(["import", "csv", big.path, "--dir", dir.path, "--today", today])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(bigRun.status == 1)
        #expect(bigRun.stderr.contains("\(big.path):2:1: error: row 2: the cell in column 3 has 50000000 bytes, more than the 1 MiB a cell may have; the row was not imported [import-row]"))
        #expect(try files(dir).contains("beta-buyer.md"))
        for url in [bomb, escape, latin1, big] { try? FileManager.default.removeItem(at: url) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["journal"])
        #expect(try files(dir).count == 8 && files(dir).contains("beta-buyer.md"))
    }

    @Test("10,000 LinkedIn rows: all in, in bounded time, each file whole")
    func tenThousandRows() throws {
        let dir = try emptyJournal()
        let csv = dir.appendingPathComponent("../rows-\(UUID().uuidString).csv").standardizedFileURL
        let generated = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "scripts/generate-linkedin.py", "10000"], in: packageRoot)
        try generated.stdout.write(to: csv, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: csv) }
        let started = Date()
        let run = try jobjournal(["import", "linkedin", csv.path, "--dir", dir.path, "--today", today])
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(run.status == 0, "\(run.stderr.prefix(500))")
        #expect(run.stdout.hasSuffix("10000 rows: created 10000, 0 already there, 0 not imported\n"))
        let names = try files(dir)
        #expect(names.count == 10000 && !names.contains { $0.hasPrefix(".") })
        let check = try jobjournal(["check", "--dir", dir.path, "--today", today])
        #expect(check.status == 0)
    }
}
