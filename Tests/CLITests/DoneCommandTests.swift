import Foundation
import Testing

@Suite("jobjournal done settles each kind of action")
struct DoneCommandTests {
    static let ids = [
        "abc-company-senior-sales-consultant/status-inquiry/2026-11-23",
        "cobalt-analytics-business-development-manager/review-offer-letter/2026-11-24",
        "bluestem-health-territory-sales-representative/request-written-offer/2026-11-25",
        "lakeshore-industrial-supply-key-account-manager/thank-you/2026-11-25",
        "lakeshore-industrial-supply-key-account-manager/brief-references/2026-11-25/dana-smith",
        "meridian-foods-regional-sales-manager/promise/2026-11-27/send-ms-ortiz-a-writing-sample-the-benelux-marke",
        "summit-ridge-outfitters-wholesale-account-representative/task/2026-11-30/research-their-dealer-network-and-prepare-three-q",
        "harbor-point-software-enterprise-account-executive/check-in/2026-11-24",
        "harbor-point-software-enterprise-account-executive/ask-references/2026-11-24/alicia-moreno",
    ]

    @Test("these ids cover every kind the example journal has due")
    func everyKind() throws {
        let all = try actionIDs(in: packageRoot.appendingPathComponent("journal-example"))
        #expect(Set(Self.ids).isSubset(of: Set(all)))
        #expect(Set(Self.ids.map { $0.split(separator: "/")[1] }).count == 9)
    }

    @Test("after done, the action is no longer due; the rest are", arguments: ids)
    func settles(id: String) throws {
        let dir = try copyOfExample()
        let before = try actionIDs(in: dir)
        let run = try jobjournal(["done", id, "--today", exampleDay], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let after = try actionIDs(in: dir)
        #expect(!after.contains(id))
        // Only this action, or the others its application's new activity moves, change.
        let app = String(id.split(separator: "/")[0])
        #expect(before.filter { !$0.hasPrefix(app + "/") } == after.filter { !$0.hasPrefix(app + "/") })
        #expect(try jobjournal(["check", "--strict"], in: dir).status == 0)
    }

    @Test("the thank-you is recorded where the playbook reads it, with the channel when given")
    func thankYouField() throws {
        let dir = try copyOfExample()
        let id = "lakeshore-industrial-supply-key-account-manager/thank-you/2026-11-25"
        #expect(try jobjournal(["done", id, "--today", exampleDay, "--via", "card", "--date", "2026-11-25"], in: dir).status == 0)
        let text = try contents(dir.appendingPathComponent("lakeshore-industrial-supply-key-account-manager.md"))
        #expect(text.contains("    next-step: 2026-12-02\n    thank-you: {sent: 2026-11-25, via: card}\nreferences:"))
    }

    @Test("an id that is not due exits 2 with the ids of that application")
    func unknownID() throws {
        let run = try jobjournal(["done", "abc-company-senior-sales-consultant/thank-you/2026-11-19", "--dir", "journal-example", "--today", exampleDay])
        #expect(run.status == 2)
        #expect(run.stderr.contains("ids for that application:\n  abc-company-senior-sales-consultant/status-inquiry/2026-11-23"))
    }

    @Test("a day that would not settle the action is refused, and nothing is written")
    func tooEarly() throws {
        let dir = try copyOfExample()
        let file = dir.appendingPathComponent("abc-company-senior-sales-consultant.md")
        let before = try contents(file)
        let run = try jobjournal(["done", "abc-company-senior-sales-consultant/status-inquiry/2026-11-23", "--today", exampleDay,
                                  "--date", "2026-11-22"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("would not settle"))
        #expect(try contents(file) == before)
    }
}
