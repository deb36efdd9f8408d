import Foundation
import Testing

/// Numbers from options and settings are checked before anything is computed with them, and
/// the days they lead to stay within the years 1 to 9999 that dates are written in.
@Suite("Large numbers in options and settings")
struct LargeNumberTests {
    static let acme = "---\ncompany: Acme\nposition: Buyer\ninterviews:\n  - date: 9999-12-31\n    with: [Ann Lee]\ncontacts:\n  - name: Ann Lee\n---\n"

    @Test("--within past a hundred years is a usage error (exit 2), not a crash", arguments: ["due", "report"],
          ["9223372036854775807", "36501", "-1"])
    func withinOption(_ command: String, _ days: String) throws {
        let dir = try makeJournal(["acme.md": Self.acme])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal([command, "--today", "2026-11-26", "--within=\(days)"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--within should be a number of days from 0 to 36500"), "\(run.stderr)")
    }

    @Test("--within of a hundred years is taken")
    func withinAHundredYears() throws {
        let dir = try makeJournal(["acme.md": "---\ncompany: Acme\nposition: Buyer\npromises:\n  - what: Send the samples\n    due: 2120-06-02\n---\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try jobjournal(["due", "--today", "2026-11-26", "--within", "36500", "--color", "never"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Sun 2120-06-02  Acme"), "\(run.stdout)")
    }

    @Test("absurd settings are errors of check (exit 1); due and report keep the defaults and point to check")
    func settings() throws {
        let dir = try makeJournal([
            "acme.md": Self.acme,
            ".jobjournal.yaml": "within: 9223372036854775807\ncheck-in-days: 99999999999999999999\nmax-file-size: 9223372036854775807\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let check = try jobjournal(["check"], in: dir)
        #expect(check.status == 1)
        #expect(check.stdout.contains(".jobjournal.yaml:1:9: error: within should be a whole number from 0 to 36500 [wrong-type]"), "\(check.stdout)")
        #expect(check.stdout.contains(".jobjournal.yaml:2:16: error: check-in-days should be a whole number from 1 to 36500 [wrong-type]"))
        #expect(check.stdout.contains(".jobjournal.yaml:3:16: error: max-file-size should be a whole number from 1 to 1073741824 [wrong-type]"))
        for command in ["due", "report"] {
            let run = try jobjournal([command, "--today", "2026-11-26", "--color", "never"], in: dir)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("3 problems in the journal's files; run 'jobjournal check'"))
        }
    }

    @Test("days past 9999-12-31 are not printed wrapped: the agenda ends on the calendar's last day")
    func lastDay() throws {
        let dir = try makeJournal(["acme.md": Self.acme])
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try jobjournal(["report", "--today", "9999-12-31", "--color", "never"], in: dir)
        #expect(report.status == 0)
        #expect(report.stdout.contains("due by Fri\n9999-12-31") || report.stdout.contains("due by Fri 9999-12-31"), "\(report.stdout)")
        #expect(!report.stdout.contains("0000-"))
        let due = try jobjournal(["due", "--today", "9999-12-31", "--color", "never"], in: dir)
        #expect(due.stdout.contains("Fri 9999-12-31  Acme · due today"), "\(due.stdout)")
        let ics = try jobjournal(["due", "--today", "9999-12-31", "--format", "ics"], in: dir)
        #expect(!ics.stdout.contains("DTEND"), "an event cannot end on a day after 9999-12-31")
    }
}
