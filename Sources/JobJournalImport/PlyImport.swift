import JobJournalCore
import JobJournalIO
internal import TOMLKit

/// The files of ply, a job tracker written in Rust: one Markdown file an application, with
/// TOML front matter (between `---` or `+++` lines): `applied_at`, a `[job]` table
/// (`company`, `title`, `team`, `listing_url`, `[job.salary_range]` with `lower` and
/// `range`), an optional `cycle`, and `[[stages]]`, each with a `start_time`, a `stage_type`
/// and maybe a `name` and a `deadline`. Timestamps become their days (as written: no time
/// zone applied). Each stage becomes a log entry; screens and interviews (`Recruiter`,
/// `Screen`, `Technical`, `Behavioral`) also become `interviews`, in rounds; `Negotiation`
/// is a verbal offer; `Rejected` and `Accepted` are the status. The body becomes the notes.
package enum PlyImport {
    /// The most bytes one ply file may have.
    package static let maxBytes = 4 << 20

    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// The ply files at `path`: the file itself, or every Markdown file below the folder.
    package static func files(at path: String) throws(Failure) -> [(name: String, bytes: [UInt8])] {
        var names: [String]
        switch FileSystem.kind(of: path) {
        case .file: names = [path]
        case .directory: names = FileSystem.listMarkdown(under: path).files.map { FileSystem.join(path, $0) }
        case .missing: throw Failure(description: "\(path) does not exist")
        case .other: throw Failure(description: "\(path) is not a file or a folder")
        }
        if names.isEmpty { throw Failure(description: "\(path) has no Markdown files: is it ply's data folder?") }
        var out: [(String, [UInt8])] = []
        for name in names {
            var buffer: [UInt8] = []
            switch FileSystem.read(name, limit: maxBytes, into: &buffer, { Array($0) }) {
            case .success(let bytes): out.append((name, bytes))
            case .failure(let error): throw Failure(description: "cannot read \(name): \(error)")
            }
        }
        return out
    }

    /// Each file as an application; a file that is not ply's is reported and left out.
    package static func applications(_ files: [(name: String, bytes: [UInt8])], statusMap: [String: Status] = [:]) -> SheetImport {
        var result = SheetImport(applications: [], problems: [])
        for (index, file) in files.enumerated() {
            let origin = ImportedApplication.Origin(file: file.name, row: index + 1, line: 1)
            switch application(file.bytes, origin: origin) {
            case .application(let app): result.applications.append(app)
            case .problem(let problem): result.problems.append(problem)
            }
        }
        return result
    }

    enum Read {
        case application(ImportedApplication)
        case problem(Diagnostic)
    }

    static func application(_ bytes: [UInt8], origin: ImportedApplication.Origin) -> Read {
        func problem(_ message: String, line: Int = 1) -> Diagnostic {
            Diagnostic(file: origin.file, line: line, .error, message + "; the file was not imported", id: "import-row")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .problem(problem("the file is not UTF-8 text")) }
        let front: TOMLFrontMatter
        do {
            guard let read = try TOMLFrontMatter.read(text) else { return .problem(problem("no TOML front matter: not a ply file")) }
            front = read
        } catch {
            return .problem(problem(error.message, line: error.line ?? 1))
        }
        let table = front.table
        guard let job = table["job"]?.table, let company = job["company"]?.string?.trimmingSpaces, !company.isEmpty else {
            return .problem(problem("no [job] table with a company: not a ply file"))
        }
        var app = ImportedApplication(origin: origin, company: SheetImport.oneLine(company),
                                      position: SheetImport.oneLine(job["title"]?.string ?? ""))
        app.applied = TOMLFrontMatter.day(table["applied_at"])
        app.link = job["listing_url"]?.string.map(SheetImport.oneLine)
        if let team = job["team"]?.string, !team.trimmingSpaces.isEmpty { app.fields.append(("team", SheetImport.oneLine(team))) }
        if let range = job["salary_range"]?.table, let lower = range["lower"]?.int {
            app.fields.append(("salary", range["range"]?.int.map { "\(lower)–\(lower + $0)" } ?? "\(lower)"))
        }
        if let cycle = table["cycle"]?.string, !cycle.trimmingSpaces.isEmpty { app.fields.append(("cycle", SheetImport.oneLine(cycle))) }
        app.fields.append(("source", "ply"))
        var stages: [(day: Day, type: String, name: String?, deadline: Day?)] = []
        let stageValues: [TOMLValueConvertible] = table["stages"]?.array.map { Array($0) } ?? []
        for stage in stageValues {
            guard let stage = stage.table, let day = TOMLFrontMatter.day(stage["start_time"]) else { continue }
            stages.append((day, stage["stage_type"]?.string ?? "", stage["name"]?.string, TOMLFrontMatter.day(stage["deadline"])))
        }
        stages.sort { $0.day < $1.day }
        var round = 0
        for stage in stages {
            let kind = Status.fold(stage.type)
            let name = stage.name.map { ": " + SheetImport.oneLine($0) } ?? ""
            let deadline = stage.deadline.map { " (deadline \($0))" } ?? ""
            switch kind {
            case "applied", "application":
                // The template's log has the applied day already.
                if stage.day != app.applied { app.log.append((stage.day, "Applied\(name).")) }
            case "recruiter", "screen", "technical", "behavioral", "behavioural":
                round += 1
                app.interviews.append((stage.day, round))
                app.log.append((stage.day, "\(stage.type) stage\(name)\(deadline)."))
            case "negotiation":
                app.offerVerbal = app.offerVerbal ?? stage.day
                app.log.append((stage.day, "Negotiation\(name)\(deadline)."))
            case "rejected":
                app.status = .rejected
                app.log.append((stage.day, "Rejected\(name)."))
            case "accepted":
                app.status = .accepted
                app.log.append((stage.day, "Accepted\(name)."))
            default:
                app.log.append((stage.day, "\(stage.type.isEmpty ? "Stage" : stage.type)\(name)\(deadline)."))
            }
        }
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(front.lines.upperBound)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        let notes = body.joined(separator: "\n").trimmingSpacesAndNewlines
        if !notes.isEmpty { app.notes = notes }
        return .application(app)
    }
}

extension SheetImport {
    /// Applications read from something other than a sheet (ply's files).
    package init(applications: [ImportedApplication], problems: [Diagnostic]) {
        self.applications = applications
        self.problems = problems
    }
}

extension String {
    fileprivate var trimmingSpacesAndNewlines: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
