import Foundation
import Testing

/// A journal of notes shaped the way people keep them elsewhere: an Obsidian vault with its
/// list properties, wikilinks and templates, a tracker's TOML files, a call log, plain notes.
/// Written for this test; no real person's notes.
@Suite("A journal of notes from other tools")
struct OtherToolsJournalTests {
    static let files: [String: String] = [
        ".jobjournal.yaml": "ignore:\n  - archive/*\nstatus-map:\n  parked: withdrawn\n",
        "Jobs/Northfield Bank.md": """
            ---
            Company: "[[Northfield Bank]]"
            Job-Title: Data Analyst
            App-Stage: [applied]
            application_date: 2026-11-16
            Applied: true
            tags: [job]
            ---
            Sent through the careers page.
            """,
        "Jobs/Old Mill Studio.md": """
            ---
            company: Old Mill Studio
            position: Junior Designer
            status: Submitted
            date-applied: 2026-06-10
            ---
            """,
        "Jobs/Parked Co.md": "---\ncompany: Parked Co\nposition: Tester\nstatus: Parked\n---\n",
        "Jobs/Queued Inc.md": "---\ncompany: Queued Inc\nposition: Writer\nstatus: queued\nfollow_up: 2026-11-27\n---\n",
        "Jobs/Mystery.md": "---\ncompany: Mystery Ltd\nposition: Clerk\nstatus: maybe later\n---\n",
        "Templates/Job.md": "---\ncompany: \"{{title}}\"\napplied: {{date:YYYY-MM-DD}}\n---\n",
        "Jobs/From template.md": "---\ncreated: <% tp.file.creation_date() %>\nstatus: queued\n---\n",
        "Calls/Dana.md": "---\nContacts:\n  - name: Dana\n---\nCalled Dana about openings.\n",
        "Daily/2026-11-20.md": "# Thursday\nApplied to two places.\n",
        "archive/2025 search.md": "---\ncompany: Gone\n---\n",
        "tracker/acme.md": "---\napplied_at = \"2026-11-02T09:00:00Z\"\n\n[job]\ncompany = \"Acme\"\n---\n",
    ]

    @Test("ten days after applying a follow-up is due; months of silence make an application stale")
    func followUps() throws {
        let dir = try makeJournal(Self.files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(["due", "--format", "json", "--today", "2026-11-26"], in: dir)
        let ids = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])["actions"] as? [[String: Any]]
        #expect(ids?.compactMap { $0["id"] as? String } == [
            "Jobs/Old Mill Studio/stale/2026-06-10",
            "Jobs/Northfield Bank/application-follow-up/2026-11-16",
            "Jobs/Queued Inc/follow-up/2026-11-27",
        ])
        let text = try jobjournal(["due", "--today", "2026-11-26"], in: dir).stdout
        #expect(text.contains("Northfield Bank"))
        #expect(!text.contains("[["))
    }

    @Test("check accounts for every Markdown file: applications, and each skipped file with why")
    func everyFileAccountedFor() throws {
        let dir = try makeJournal(Self.files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(["check", "--verbose"], in: dir)
        #expect(run.status == 1)
        #expect(run.stdout == """
            Jobs/Mystery.md:4:9: error: unknown status 'maybe later'; use one of saved, applied, interviewing, offer, accepted, declined, rejected, withdrawn, no-response, or give your word a meaning under status-map in .jobjournal.yaml [invalid-status]
            tracker/acme.md:2:1: warning: front matter is TOML (key = "value"), and jobjournal reads YAML (key: value) between '---' lines; 'jobjournal migrate' rewrites it as YAML, to have it read as an application [toml-front-matter]

            """)
        #expect(run.stderr == """
            11 files checked: 1 error, 1 warning
            5 applications; 6 files skipped: no front matter (1), front matter without application keys (1), template (1), in a templates folder (1), ignored by setting (1), TOML front matter (1)
              Calls/Dana.md: front matter without application keys
              Daily/2026-11-20.md: no front matter
              Jobs/From template.md: template
              Templates/Job.md: in a templates folder
              archive/2025 search.md: ignored by setting
              tracker/acme.md: TOML front matter

            """)
        let json = try jobjournal(["check", "--format", "json"], in: dir).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["files"] as? Int == 11 && object["applications"] as? Int == 5)
        let skipped = try #require(object["skipped"] as? [[String: String]])
        #expect(skipped.count == 6 && skipped.contains(["file": "Calls/Dana.md", "reason": "front matter without application keys"]))
    }

    @Test("the report shows a status it cannot read apart, and JSON says unknown")
    func unknownApart() throws {
        let dir = try makeJournal(Self.files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try jobjournal(["report", "--today", "2026-11-26"], in: dir).stdout
        #expect(text.contains("Status unknown (1)"))
        let json = try jobjournal(["report", "--format", "json", "--today", "2026-11-26"], in: dir).stdout
        #expect(json.contains("\"status\": \"unknown\""))
        #expect(json.contains("\"status\": \"saved\"") && json.contains("\"status\": \"withdrawn\""))
    }

    @Test("due and report say what they read when no file is an application")
    func noApplication() throws {
        let dir = try makeJournal(["notes.md": "# Ideas\n", "Templates/Job.md": "---\ncompany: \"{{title}}\"\n---\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        for command in ["due", "report"] {
            let run = try jobjournal([command, "--dir", dir.path, "--today", "2026-11-26"])
            #expect(run.stderr == "jobjournal: \(dir.path) has 2 Markdown files but no application (no front matter (1), in a templates folder (1)); 'jobjournal check --verbose' lists them\n")
        }
    }

    @Test("set repairs the very value that is in error")
    func setRepairs() throws {
        let dir = try makeJournal(["acme.md": "---\ncompany: Acme\nposition: Analyst\nstatus: [rejected, withdrawn]\n---\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(["set", "acme", "status", "rejected"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try contents(dir.appendingPathComponent("acme.md")) == "---\ncompany: Acme\nposition: Analyst\nstatus: rejected\n---\n")
        let elsewhere = try makeJournal(["acme.md": "---\ncompany: Acme\nposition: Analyst\nstatus: [rejected, withdrawn]\n---\n"])
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        #expect(try jobjournal(["set", "acme", "link", "https://jobs.example"], in: elsewhere).status == 1)
    }
}
