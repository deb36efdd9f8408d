import JobJournalCore

extension NewApplication {
    /// The applications already in the journal at the same company (compared without
    /// regard to case or spacing), and among them one for the same position and link, which
    /// `new` refuses as a duplicate: a second file would split one application's history.
    public static func existing(company: String, position: String, link: String?, in journal: Journal)
        -> (sameCompany: [Application], duplicate: Application?) {
        let sameCompany = journal.applications.filter { normalized($0.company) == normalized(company) }
        let duplicate = sameCompany.first {
            normalized($0.position) == normalized(position) && ($0.link ?? "").trimmingSpaces == (link ?? "").trimmingSpaces
        }
        return (sameCompany, duplicate)
    }

    private static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
