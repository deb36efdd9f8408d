import JobJournalCore
import JobJournalIO

/// The work-search log unemployment offices ask for: one row per dated activity between two
/// days, from the front matter (applied, interviews, thank-you notes, references briefed,
/// promises kept, offer events) and the body's log (`- DAY text`, its words read back from
/// the file: the model keeps only the day). The log's own line for the applied day
/// (`- DAY Applied.`, which `new` writes) is the applied row already and is not repeated.
package struct ActivityLog: Sendable {
    package struct Row: Sendable, Equatable {
        package var day: Day
        package var employer: String
        package var position: String
        package var contact: String
        /// What was done, in the job seeker's words.
        package var what: String
        /// How: the channel (email, phone, a job board).
        package var how: String
        package var result: String
    }

    package static let header = ["Date", "Employer", "Position", "Contact", "Activity", "How", "Result"]

    package var rows: [Row] = []
    package var from: Day
    package var to: Day

    /// The activities of `journal` from `from` to `to`, both included, by day then employer.
    package init(_ journal: Journal, from: Day, to: Day) {
        self.from = from
        self.to = to
        for file in journal.files {
            guard let app = file.application else { continue }
            var found: [Row] = []
            func add(_ day: Day?, _ what: String, contact: String = "", how: String = "", result: String = "") {
                guard let day, day >= from, day <= to else { return }
                found.append(Row(day: day, employer: app.company, position: app.position, contact: contact, what: what, how: how, result: result))
            }
            add(app.applied, "Applied", contact: app.contacts.first?.name ?? "", how: app.source ?? "",
                result: app.status.isClosed ? "Closed: \(app.status.rawValue)" : "")
            for interview in app.interviews {
                let round = interview.round.map { "Interview, round \($0)" } ?? "Interview"
                let with = interview.with.joined(separator: ", ")
                add(interview.date, interview.isFinal ? round + " (final)" : round, contact: with,
                    result: interview.nextStep.map { "Next step expected \($0)" } ?? "")
                if let thanks = interview.thankYou {
                    add(thanks.sent, "Thank-you note sent for the interview of \(interview.date)", contact: with, how: thanks.via?.name ?? "")
                }
            }
            for reference in app.references {
                add(reference.briefed, "Reference briefed", contact: reference.name, how: "")
                add(reference.contacted, "Reference contacted by the employer", contact: reference.name)
            }
            for promise in app.promises { add(promise.done, "Done as promised: \(promise.what)") }
            if let offer = app.offer {
                add(offer.verbal, "Verbal offer received")
                add(offer.requested, "Asked for the offer in writing")
                add(offer.written, "Written offer received", result: offer.salary.map { "Salary: \($0)" } ?? "")
                add(offer.reviewed, "Offer letter reviewed")
                add(offer.accepted, "Offer accepted")
                add(offer.approved, "Offer approved (checks cleared)")
            }
            let wanted = app.log.filter { $0.day >= from && $0.day <= to }
            if !wanted.isEmpty, let text = FileSystem.readText(FileSystem.join(journal.root, app.file), limit: 16 << 20) {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                for entry in wanted where entry.line >= 1 && entry.line <= lines.count {
                    let words = Self.entryText(lines[entry.line - 1])
                    if entry.day == app.applied, Status.fold(words).hasPrefix("applied") { continue }
                    add(entry.day, words, result: entry.isNews ? "News from the employer" : "")
                }
            }
            rows += found
        }
        rows.sort { ($0.day, $0.employer, $0.position) < ($1.day, $1.employer, $1.position) }
    }

    /// `- 2026-11-19 Interviewed with Mr. Jones.` without the bullet and the day.
    static func entryText(_ line: Substring) -> String {
        var text = line.hasSuffix("\r") ? line.dropLast() : line
        text = text.drop { $0 == " " || $0 == "\t" }
        if let first = text.first, "-*+".contains(first) { text = text.dropFirst().drop { $0 == " " } }
        if Day(iso: text.prefix(10)) != nil { text = text.dropFirst(10) }
        text = text.drop { $0 == " " || $0 == ":" || $0 == "—" || $0 == "-" }
        return String(text)
    }

    /// The rows by week, Monday to Sunday, each with its Monday.
    package var weeks: [(monday: Day, rows: [Row])] {
        var out: [(monday: Day, rows: [Row])] = []
        for row in rows {
            let monday = row.day.adding(days: -row.day.weekday)
            if out.last?.monday == monday { out[out.count - 1].rows.append(row) } else { out.append((monday, [row])) }
        }
        return out
    }
}

extension Status {
    /// The search for this job is over.
    fileprivate var isClosed: Bool { [.accepted, .declined, .rejected, .withdrawn, .noResponse].contains(self) }
}
