import JobJournalCore
import JobJournalIO
import JobJournalParse

/// Finds the application a command names: by a file path (as the user sees it, or relative
/// to the journal root, or a link to the file), by a file stem (`abc-company-senior-sales-consultant`, or with its
/// folder: `closed/greenfield-media-account-manager`), or by a part of the company's name,
/// without regard to case, that only one application has.
public enum ApplicationLookup {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case unknown(String, candidates: [String])
        case ambiguous(String, matches: [String])

        public var description: String {
            switch self {
            // For the terminal: the name given, file names and companies can carry control
            // characters, a line break included, shown as `Terminal.plain` shows them.
            case .unknown(let name, let candidates):
                if candidates.isEmpty { return "no application matches '\(Terminal.plain(name))', and the journal has none" }
                return "no application matches '\(Terminal.plain(name))'; the applications are:\n"
                    + candidates.map { "  " + Terminal.plain($0) }.joined(separator: "\n")
            case .ambiguous(let name, let matches):
                return "'\(Terminal.plain(name))' matches \(matches.count) applications; name one:\n"
                    + matches.map { "  " + Terminal.plain($0) }.joined(separator: "\n")
            }
        }
    }

    /// The file `name` designates among the journal's files (applications, and files meant as
    /// applications that have errors, so that an edit can say what is wrong with them).
    public static func find(_ name: String, in journal: Journal) -> Result<ParsedFile, Failure> {
        let files = journal.files.filter(\.isApplication)
        let wanted = stripDotSlash(name)
        if let file = files.first(where: { stripDotSlash($0.displayPath) == wanted || $0.path == wanted }) {
            return .success(file)
        }
        // A link to an application (read once, under its own path): the application it leads to.
        if let id = FileSystem.identity(of: name), let file = files.first(where: { FileSystem.identity(of: $0.displayPath) == id }) {
            return .success(file)
        }
        let lower = wanted.lowercased()
        let byStem = files.filter { Application.idBase(of: $0.path).lowercased() == lower || Application.stem(of: $0.path).lowercased() == lower }
        if byStem.count == 1 { return .success(byStem[0]) }
        let byCompany = files.filter { $0.application?.company.lowercased().contains(lower) ?? false }
        if byCompany.count == 1 { return .success(byCompany[0]) }
        if byCompany.count > 1 {
            // An exact company name wins over the names it is part of ("Acme" over "Acme Labs").
            let exact = byCompany.filter { $0.application?.company.lowercased() == lower }
            if exact.count == 1 { return .success(exact[0]) }
            return .failure(.ambiguous(name, matches: byCompany.map(describe)))
        }
        if byStem.count > 1 { return .failure(.ambiguous(name, matches: byStem.map(describe))) }
        return .failure(.unknown(name, candidates: files.map(describe)))
    }

    /// The names completion offers: each application's file stem, with its folder.
    public static func names(in journal: Journal) -> [String] {
        journal.files.filter(\.isApplication).map { Application.idBase(of: $0.path) }
    }


    private static func describe(_ file: ParsedFile) -> String {
        guard let app = file.application else { return "\(Application.idBase(of: file.path))  (has errors)" }
        return "\(Application.idBase(of: file.path))  (\(app.company): \(app.position))"
    }

    private static func stripDotSlash(_ path: String) -> String {
        var p = Substring(path)
        while p.hasPrefix("./") { p = p.dropFirst(2) }
        return String(p)
    }
}
