import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

/// The actions of one rule for an inline application on a given day.
func actions(_ rule: some Rule, _ frontMatter: String, body: String = "", today: String, settings: Settings = Settings()) throws -> [DueAction] {
    let app = try application("---\n" + frontMatter + "\n---\n" + body, path: "acme-engineer.md")
    let facts = ApplicationFacts(app, today: day(today), settings: settings)
    return rule.actions(for: facts)
}

/// "due:status" for each action, the compact form tests compare.
func dues(_ actions: [DueAction]) -> [String] { actions.map { "\($0.due):\($0.status.rawValue)" } }

/// A company, position and two contacts to build on.
let acme = """
    company: Acme
    position: Engineer
    contacts:
      - name: Robert Jones
        salutation: Mr. Jones
        prefers: email
      - name: Ann Lee
        salutation: Ms. Lee
        prefers: card
      - name: Pat Doe
    """
