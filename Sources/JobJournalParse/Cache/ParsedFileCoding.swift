import JobJournalCore
import JobJournalIO

/// A `ParsedFile` in the parse cache's binary form, and back: every stored property of the
/// model, written field by field in declaration order, so that what a command reads from the
/// cache is what parsing the file would have given. No `Codable`: it costs several times as
/// much on 10,000 files, and this is the cache's hot path.
///
/// The file's paths are not stored: they depend on how the journal was named (`--dir jobs`,
/// `--dir ./jobs/`), and the loader gives them again. A diagnostic's file and the
/// application's `file`, nearly always those paths, are written as a mark meaning "the
/// file's path" when they are.
///
/// A new field in the model is a new line in `encode` and `decode`, and a new
/// `CacheFile.formatVersion`; `CacheCodingTests` fails on a field left out.
enum ParsedFileCoding {
    static func encode(_ file: ParsedFile, into w: inout CacheWriter) {
        w.bool(file.isApplication)
        w.byte(file.skipped.map { UInt8(skipReasons.firstIndex(of: $0)! + 1) } ?? 0)
        w.unsigned(UInt64(file.diagnostics.count))
        for d in file.diagnostics { diagnostic(d, displayPath: file.displayPath, into: &w) }
        if let a = file.application {
            w.bool(true)
            summary(a, path: file.path, into: &w)
        } else {
            w.bool(false)
        }
        // The rest, its length first, so that a reader needing only the summary passes over it.
        let rest = w.beginLength()
        w.unsigned(UInt64(file.headings.count))
        for h in file.headings {
            w.string(h.title)
            w.int(h.level)
            w.int(h.line)
        }
        w.unsigned(UInt64(file.drafts.count))
        for d in file.drafts {
            w.string(d.title)
            w.int(d.line)
            w.unsigned(UInt64(d.lines.count))
            for l in d.lines {
                w.int(l.number)
                w.string(l.text)
            }
        }
        if let a = file.application { details(a, into: &w) }
        w.endLength(rest)
    }

    /// With `summaryIsEnough`, an application it accepts the summary of is read no further
    /// (`Application.isSummary`), nor are the file's headings and drafts.
    static func decode(_ r: inout CacheReader, path: String, displayPath: String,
                       summaryIsEnough: ((Application) -> Bool)? = nil) throws(CacheCorrupt) -> ParsedFile {
        let isApplication = try r.bool()
        let skip = Int(try r.byte())
        guard skip <= skipReasons.count else { throw CacheCorrupt() }
        var file = ParsedFile(path: path, displayPath: displayPath, application: nil, diagnostics: [], isApplication: isApplication)
        if skip > 0 { file.skipped = skipReasons[skip - 1] }
        let diagnostics = try r.count()
        file.diagnostics.reserveCapacity(diagnostics)
        for _ in 0..<diagnostics { file.diagnostics.append(try diagnostic(&r, displayPath: displayPath)) }
        var application = try r.bool() ? try summary(&r, path: path) : nil
        let restRange = try r.lengthFramed()
        if var summary = application, let summaryIsEnough, summaryIsEnough(summary) {
            summary.isSummary = true
            file.application = summary
            return file
        }
        var rest = CacheReader(r.base, from: restRange.lowerBound, to: restRange.upperBound)
        let headings = try rest.count()
        file.headings.reserveCapacity(headings)
        for _ in 0..<headings {
            file.headings.append(ParsedFile.Heading(title: try rest.string(), level: try rest.int(), line: try rest.int()))
        }
        let drafts = try rest.count()
        for _ in 0..<drafts {
            let title = try rest.string()
            let line = try rest.int()
            let n = try rest.count()
            var lines: [DraftText.Line] = []
            lines.reserveCapacity(n)
            for _ in 0..<n { lines.append(DraftText.Line(number: try rest.int(), text: try rest.string())) }
            file.drafts.append(DraftText(title: title, line: line, lines: lines))
        }
        if application != nil { try details(&rest, into: &application!) }
        guard rest.isAtEnd else { throw CacheCorrupt() }
        file.application = application
        return file
    }

    // MARK: Diagnostics

    private static func diagnostic(_ d: Diagnostic, displayPath: String, into w: inout CacheWriter) {
        if d.file == displayPath {
            w.bool(false)
        } else {
            w.bool(true)
            w.string(d.file)
        }
        location(d.location, into: &w)
        w.bool(d.severity == .warning)
        w.string(d.message)
        w.string(d.id)
    }

    private static func diagnostic(_ r: inout CacheReader, displayPath: String) throws(CacheCorrupt) -> Diagnostic {
        let file = try r.bool() ? try r.string() : displayPath
        let at = try location(&r)
        let severity: Diagnostic.Severity = try r.bool() ? .warning : .error
        return Diagnostic(file: file, location: at, severity: severity, message: try r.string(), id: try r.string())
    }

    // MARK: Small values

    private static func location(_ l: SourceLocation, into w: inout CacheWriter) {
        w.int(l.line)
        w.int(l.column)
    }

    private static func location(_ r: inout CacheReader) throws(CacheCorrupt) -> SourceLocation {
        SourceLocation(line: try r.int(), column: try r.int())
    }

    private static func day(_ d: Day, into w: inout CacheWriter) { w.int(Int(d.ordinal)) }

    private static func day(_ r: inout CacheReader) throws(CacheCorrupt) -> Day {
        let ordinal = try r.int()
        let d = Day(ordinal: ordinal)
        guard Int(d.ordinal) == ordinal else { throw CacheCorrupt() }
        return d
    }

    private static func day(_ d: Day?, into w: inout CacheWriter) {
        if let d {
            w.bool(true)
            day(d, into: &w)
        } else {
            w.bool(false)
        }
    }

    private static func optionalDay(_ r: inout CacheReader) throws(CacheCorrupt) -> Day? {
        try r.bool() ? try day(&r) : nil
    }

    private static func string(_ s: String?, into w: inout CacheWriter) {
        if let s {
            w.bool(true)
            w.string(s)
        } else {
            w.bool(false)
        }
    }

    private static func optionalString(_ r: inout CacheReader) throws(CacheCorrupt) -> String? {
        try r.bool() ? try r.string() : nil
    }

    private static func int(_ i: Int?, into w: inout CacheWriter) {
        if let i {
            w.bool(true)
            w.int(i)
        } else {
            w.bool(false)
        }
    }

    private static func optionalInt(_ r: inout CacheReader) throws(CacheCorrupt) -> Int? {
        try r.bool() ? try r.int() : nil
    }

    private static func strings(_ list: [String], into w: inout CacheWriter) {
        w.unsigned(UInt64(list.count))
        for s in list { w.string(s) }
    }

    private static func strings(_ r: inout CacheReader) throws(CacheCorrupt) -> [String] {
        let n = try r.count()
        var list: [String] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try r.string()) }
        return list
    }

    // The cases in a constant of their own: `allCases` builds an array at each use.
    private static let statuses = Status.allCases
    private static let skipReasons = ParsedFile.SkipReason.allCases

    private static func status(_ r: inout CacheReader) throws(CacheCorrupt) -> Status {
        let i = Int(try r.byte())
        guard i < statuses.count else { throw CacheCorrupt() }
        return statuses[i]
    }

    private static func status(_ s: Status, into w: inout CacheWriter) {
        w.byte(UInt8(statuses.firstIndex(of: s)!))
    }
}

// MARK: The application

extension ParsedFileCoding {
    /// What sums the application up: all but its lists (and its own fields).
    private static func summary(_ a: Application, path: String, into w: inout CacheWriter) {
        string(a.file == path ? nil : a.file, into: &w)
        w.string(a.company)
        w.string(a.position)
        status(a.status, into: &w)
        w.bool(a.statusIsDerived)
        location(a.statusLocation, into: &w)
        day(a.applied, into: &w)
        location(a.appliedLocation, into: &w)
        w.bool(a.appliedOnUnknownDay)
        string(a.link, into: &w)
        string(a.source, into: &w)
        day(a.followUp, into: &w)
        location(a.followUpLocation, into: &w)
        location(a.companyLocation, into: &w)
    }

    /// The application's people, events, notes and own fields.
    private static func details(_ a: Application, into w: inout CacheWriter) {
        w.unsigned(UInt64(a.contacts.count))
        for c in a.contacts {
            w.string(c.name)
            string(c.salutation, into: &w)
            string(c.role, into: &w)
            string(c.email, into: &w)
            string(c.phone, into: &w)
            string(c.prefers?.name, into: &w)
            location(c.location, into: &w)
        }
        w.unsigned(UInt64(a.interviews.count))
        for i in a.interviews {
            day(i.date, into: &w)
            strings(i.with, into: &w)
            int(i.round, into: &w)
            w.bool(i.isFinal)
            day(i.nextStep, into: &w)
            if let t = i.thankYou {
                w.bool(true)
                day(t.sent, into: &w)
                string(t.via?.name, into: &w)
                location(t.location, into: &w)
            } else {
                w.bool(false)
            }
            location(i.location, into: &w)
            w.int(i.index)
        }
        w.unsigned(UInt64(a.references.count))
        for r in a.references {
            w.string(r.name)
            string(r.relation, into: &w)
            string(r.email, into: &w)
            string(r.phone, into: &w)
            day(r.briefed, into: &w)
            day(r.contacted, into: &w)
            location(r.location, into: &w)
        }
        w.unsigned(UInt64(a.promises.count))
        for p in a.promises {
            w.string(p.what)
            day(p.due, into: &w)
            day(p.done, into: &w)
            location(p.location, into: &w)
        }
        if let o = a.offer {
            w.bool(true)
            for d in [o.verbal, o.requested, o.written, o.accepted, o.approved, o.reviewed] { day(d, into: &w) }
            string(o.salary, into: &w)
            string(o.benefits, into: &w)
            string(o.expenses, into: &w)
            if let conditions = o.conditions {
                w.bool(true)
                strings(conditions, into: &w)
            } else {
                w.bool(false)
            }
            location(o.location, into: &w)
        } else {
            w.bool(false)
        }

        w.unsigned(UInt64(a.log.count))
        for e in a.log {
            day(e.day, into: &w)
            w.int(e.line)
            w.bool(e.isNews)
        }
        w.unsigned(UInt64(a.toDos.count))
        for t in a.toDos {
            w.string(t.text)
            w.bool(t.isDone)
            day(t.day, into: &w)
            w.int(t.line)
        }
        w.unsigned(UInt64(a.entries.count))
        for e in a.entries {
            day(e.day, into: &w)
            w.string(e.title)
            w.int(e.line)
            w.unsigned(UInt64(e.notes.count))
            for n in e.notes {
                w.byte(noteKind(n.kind))
                w.string(n.text)
                w.int(n.line)
            }
        }
        w.unsigned(UInt64(a.ownFields.count))
        for field in a.ownFields {
            w.string(field.key)
            YAMLNodeCoding.encode(field.value, into: &w)
        }
    }

    private static func summary(_ r: inout CacheReader, path: String) throws(CacheCorrupt) -> Application {
        let file = try optionalString(&r) ?? path
        var a = Application(file: file, company: try r.string(), position: try r.string())
        a.status = try status(&r)
        a.statusIsDerived = try r.bool()
        a.statusLocation = try location(&r)
        a.applied = try optionalDay(&r)
        a.appliedLocation = try location(&r)
        a.appliedOnUnknownDay = try r.bool()
        a.link = try optionalString(&r)
        a.source = try optionalString(&r)
        a.followUp = try optionalDay(&r)
        a.followUpLocation = try location(&r)
        a.companyLocation = try location(&r)
        return a
    }

    private static func details(_ r: inout CacheReader, into a: inout Application) throws(CacheCorrupt) {
        let contacts = try r.count()
        a.contacts.reserveCapacity(contacts)
        for _ in 0..<contacts {
            a.contacts.append(Contact(name: try r.string(), salutation: try optionalString(&r), role: try optionalString(&r),
                                      email: try optionalString(&r), phone: try optionalString(&r),
                                      prefers: try optionalString(&r).map(Channel.init), location: try location(&r)))
        }
        let interviews = try r.count()
        a.interviews.reserveCapacity(interviews)
        for _ in 0..<interviews {
            let date = try day(&r)
            let with = try strings(&r)
            let round = try optionalInt(&r)
            let isFinal = try r.bool()
            let nextStep = try optionalDay(&r)
            var thankYou: ThankYou? = nil
            if try r.bool() {
                thankYou = ThankYou(sent: try day(&r), via: try optionalString(&r).map(Channel.init), location: try location(&r))
            }
            a.interviews.append(Interview(date: date, with: with, round: round, isFinal: isFinal, nextStep: nextStep,
                                          thankYou: thankYou, location: try location(&r), index: try r.int()))
        }
        let references = try r.count()
        a.references.reserveCapacity(references)
        for _ in 0..<references {
            a.references.append(Reference(name: try r.string(), relation: try optionalString(&r), email: try optionalString(&r),
                                          phone: try optionalString(&r), briefed: try optionalDay(&r),
                                          contacted: try optionalDay(&r), location: try location(&r)))
        }
        let promises = try r.count()
        a.promises.reserveCapacity(promises)
        for _ in 0..<promises {
            a.promises.append(Promise(what: try r.string(), due: try day(&r), done: try optionalDay(&r), location: try location(&r)))
        }
        if try r.bool() {
            let verbal = try optionalDay(&r), requested = try optionalDay(&r), written = try optionalDay(&r)
            let accepted = try optionalDay(&r), approved = try optionalDay(&r), reviewed = try optionalDay(&r)
            let salary = try optionalString(&r), benefits = try optionalString(&r), expenses = try optionalString(&r)
            let conditions = try r.bool() ? try strings(&r) : nil
            a.offer = Offer(verbal: verbal, requested: requested, written: written, accepted: accepted, approved: approved,
                            reviewed: reviewed, salary: salary, benefits: benefits, expenses: expenses,
                            conditions: conditions, location: try location(&r))
        }

        let log = try r.count()
        a.log.reserveCapacity(log)
        for _ in 0..<log { a.log.append(LogEntry(day: try day(&r), line: try r.int(), isNews: try r.bool())) }
        let toDos = try r.count()
        a.toDos.reserveCapacity(toDos)
        for _ in 0..<toDos {
            a.toDos.append(ToDo(text: try r.string(), isDone: try r.bool(), day: try optionalDay(&r), line: try r.int()))
        }
        let entries = try r.count()
        a.entries.reserveCapacity(entries)
        for _ in 0..<entries {
            let day = try day(&r)
            let title = try r.string()
            let line = try r.int()
            let n = try r.count()
            var notes: [JournalEntry.Note] = []
            notes.reserveCapacity(n)
            for _ in 0..<n {
                notes.append(JournalEntry.Note(kind: try noteKind(&r), text: try r.string(), line: try r.int()))
            }
            a.entries.append(JournalEntry(day: day, title: title, line: line, notes: notes))
        }
        let fields = try r.count()
        a.ownFields.reserveCapacity(fields)
        for _ in 0..<fields {
            let key = try r.string()
            a.ownFields.append((key, try YAMLNodeCoding.decode(&r, depth: 0)))
        }
    }

    private static func noteKind(_ kind: JournalEntry.Note.Kind) -> UInt8 {
        switch kind {
        case .resonated: return 0
        case .clarify: return 1
        case .interestedIn: return 2
        }
    }

    private static func noteKind(_ r: inout CacheReader) throws(CacheCorrupt) -> JournalEntry.Note.Kind {
        switch try r.byte() {
        case 0: return .resonated
        case 1: return .clarify
        case 2: return .interestedIn
        default: throw CacheCorrupt()
        }
    }
}
