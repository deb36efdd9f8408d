import JobJournalCore
import JobJournalEdit
import JobJournalParse

/// What an import will do: the files it creates, each with its name and text, and the rows
/// already in the journal. A row is already there when an application has the same job
/// link, or (when one of the two has no link) the same company, position and applied day,
/// compared without regard to case and spacing. Names follow `jobjournal new`'s rules; a
/// name already taken gets the applied day, then a number.
package struct ImportPlan: Sendable {
    package struct Creation: Sendable {
        package var application: ImportedApplication
        /// The file name in the journal folder.
        package var name: String
        package var text: String
    }

    package struct AlreadyThere: Sendable {
        package var application: ImportedApplication
        /// The file (or the earlier row) that has it.
        package var file: String
        package var sameLink: Bool
    }

    package var creations: [Creation] = []
    package var alreadyThere: [AlreadyThere] = []
    package var problems: [Diagnostic] = []

    /// `isTaken` says whether a file name in the journal folder is in use.
    package init(_ applications: [ImportedApplication], journal: Journal, template: String, today: Day,
                 isTaken: (String) -> Bool) {
        var links: [String: String] = [:]
        var facts: [String: [(file: String, hasLink: Bool)]] = [:]
        for app in journal.applications {
            if let link = app.link.map(Self.linkKey), !link.isEmpty { links[link] = app.file }
            facts[Self.factsKey(app.company, app.position, app.applied), default: []].append((app.file, app.link != nil))
        }
        var names: Set<String> = []
        for app in applications {
            let link = app.link.map(Self.linkKey)
            let key = Self.factsKey(app.company, app.position, app.applied)
            if let link, let file = links[link] {
                alreadyThere.append(AlreadyThere(application: app, file: file, sameLink: true))
                continue
            }
            if let match = facts[key]?.first(where: { !$0.hasLink || link == nil }) {
                alreadyThere.append(AlreadyThere(application: app, file: match.file, sameLink: false))
                continue
            }
            guard let name = Self.name(for: app, taken: { names.contains($0.lowercased()) || isTaken($0) }) else {
                problems.append(app.problem(.error, "cannot make a file name from '\(app.company)'; the row was not imported", id: "import-row"))
                continue
            }
            let text = ApplicationText.make(app, template: template, today: today)
            let parsed = ApplicationFile.parse(text, path: name, displayPath: name, settings: journal.settings)
            if let error = parsed.diagnostics.first(where: { $0.severity == .error }) ?? (parsed.application == nil
                ? Diagnostic(file: name, line: 1, .error, "not an application (no company in its front matter)", id: "template") : nil) {
                problems.append(app.problem(.error, "the template does not give a valid application for it: line \(error.location.line): \(error.message); the row was not imported", id: "import-row"))
                continue
            }
            names.insert(name.lowercased())
            let here = "row \(app.origin.row) of \(app.origin.file)"
            if let link, !link.isEmpty { links[link] = here }
            facts[key, default: []].append((here, link != nil))
            creations.append(Creation(application: app, name: name, text: text))
        }
    }

    /// The name the data gives when it is a safe one, else `company-position.md`, then with
    /// the applied day, then a number, until one is free.
    static func name(for app: ImportedApplication, taken: (String) -> Bool) -> String? {
        if let given = app.fileName, let name = try? NewApplication.checkedFileName(given), !taken(name) { return name }
        guard let base = NewApplication.fileName(company: app.company, position: app.position) else { return nil }
        if !taken(base) { return base }
        let stem = base.dropLast(3)
        if let day = app.applied, !taken("\(stem)-\(day).md") { return "\(stem)-\(day).md" }
        for n in 2... where !taken("\(stem)-\(n).md") { return "\(stem)-\(n).md" }
        return nil
    }

    /// A job link compared without its scheme, `www.`, fragment, trailing `/` and case.
    static func linkKey(_ link: String) -> String {
        var text = Substring(link.trimmingSpaces.lowercased())
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text = text.dropFirst(scheme.count) }
        if text.hasPrefix("www.") { text = text.dropFirst(4) }
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }

    static func factsKey(_ company: String, _ position: String, _ applied: Day?) -> String {
        Status.fold(company) + "\u{1F}" + Status.fold(position) + "\u{1F}" + (applied?.description ?? "")
    }
}
