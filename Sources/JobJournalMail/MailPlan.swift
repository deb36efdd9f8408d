import JobJournalCore
import JobJournalEdit
import JobJournalPlaybook

/// What the messages about one application record in its file, worked out on the file's
/// bytes: each message in turn, each proposal's edits made before the next is considered,
/// so the proposals are exactly what `--apply` writes, and a message already recorded (its
/// Message-ID in the file) or an action already settled proposes nothing.
public enum MailPlan {
    /// A message assigned to an application, and whether the user sent it.
    public struct Item: Sendable, Hashable {
        public var message: MailMessage
        public var messageID: String
        public var sent: Bool

        public init(message: MailMessage, messageID: String, sent: Bool) {
            self.message = message
            self.messageID = messageID
            self.sent = sent
        }
    }

    public struct Result: Sendable {
        /// The file with every proposal recorded: what `--apply` writes.
        public var file: EditableFile
        public var proposals: [MailProposal] = []
        /// Why nothing could be recorded in the file (front matter with errors, ...).
        public var problems: [Diagnostic] = []
    }

    /// How a message is named in what is written: an HTML comment at the end of the log
    /// entry, invisible when the Markdown is shown, found again by `recordedMessageIDs`.
    public static func marker(_ messageID: String) -> String { " <!-- Message-ID: <\(messageID)> -->" }

    /// The Message-IDs recorded in a file's text.
    public static func recordedMessageIDs(_ bytes: [UInt8]) -> Set<String> {
        let text = String(decoding: bytes, as: UTF8.self)
        var ids: Set<String> = []
        var rest = text[...]
        while let start = rest.range(of: "<!-- Message-ID: <") {
            rest = rest[start.upperBound...]
            guard let end = rest.range(of: "> -->") else { break }
            ids.insert(String(rest[..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return ids
    }

    /// The file with every item recorded that can be, in the items' order.
    public static func plan(_ file: EditableFile, _ items: [Item], today: Day, settings: Settings) -> Result {
        var result = Result(file: file)
        do {
            _ = try file.requireApplication()
        } catch {
            let first = items.first.map { " (\($0.message.source) and \(items.count - 1) more)" } ?? ""
            result.problems.append(Diagnostic(file: file.displayPath, line: error.line ?? 1, .warning,
                                              "messages about this application cannot be recorded\(first): \(error.message)", id: "mail-refused"))
            return result
        }
        var recorded = recordedMessageIDs(file.lines.bytes)
        for item in items where !recorded.contains(item.messageID) {
            guard let app = result.file.application else { break }
            let before = result.proposals.count
            if item.sent {
                sent(item, app: app, into: &result, today: today, settings: settings)
            } else {
                received(item, app: app, into: &result)
            }
            if result.proposals.count > before { recorded.insert(item.messageID) }
        }
        return result
    }

    /// A message from a contact: news from the employer, as a log entry.
    private static func received(_ item: Item, app: Application, into result: inout Result) {
        let from = Set(item.message.headers.from.map(\.key))
        guard let contact = app.contacts.first(where: { $0.email.map { from.contains(MailAddress.key($0)) } ?? false }) else { return }
        var subject = Terminal.plain(item.message.headers.subject ?? "").trimmingCharacters(in: " ")
        // The entry must not close the comment that names the message, nor open another.
        subject = subject.replacing("<!--", with: "<!–").replacing("-->", with: "–>")
        if subject.isEmpty { subject = "(no subject)" }
        let text = "From \(contact.addressedAs): \(subject)"
        let edit = result.file.appendingLog(item.message.day, text + marker(item.messageID))
        guard let edited = try? result.file.applying([edit]) else { return }
        result.file = edited
        result.proposals.append(MailProposal(what: .entry(text), file: app.file, day: item.message.day,
                                             summary: "logged \(item.message.day) \(text)",
                                             evidence: MailEvidence(item.message, messageID: item.messageID)))
    }

    /// A message the user sent to the application's people: the actions it settles.
    private static func sent(_ item: Item, app: Application, into result: inout Result, today: Day, settings: Settings) {
        let day = item.message.day
        guard day <= today else { return }
        let to = Set(item.message.headers.recipients.map(\.key))
        func addressed(_ email: String?) -> Bool { email.map { to.contains(MailAddress.key($0)) } ?? false }
        let contacts = app.contacts.filter { addressed($0.email) }
        let references = app.references.filter { addressed($0.email) }
        guard !contacts.isEmpty || !references.isEmpty else { return }
        let actions = Playbook.standard.actions(for: [app], today: today, settings: settings)
        let note = marker(item.messageID)

        /// Records the first of `candidates` that the message settles, as `done` would; a
        /// record made in the front matter only still names the message, in a log entry
        /// saying what was sent (`log`).
        func record(_ candidates: [DueAction], log: (DueAction) -> String?) {
            for action in candidates {
                guard let done = try? RecordDone.record(action.id, in: result.file, today: today, settings: settings,
                                                        on: day, via: .email, note: note),
                      var edited = try? result.file.applying(done.edits)
                else { continue }  // the day does not settle it: too early, or not that round's
                if let sentence = log(action) {
                    guard let logged = try? edited.applying([edited.appendingLog(day, sentence + note)]) else { continue }
                    edited = logged
                }
                result.file = edited
                result.proposals.append(MailProposal(
                    what: .action(id: action.id, kind: action.kind), file: app.file, day: day,
                    summary: done.summary, evidence: MailEvidence(item.message, messageID: item.messageID)))
                return
            }
        }

        if !contacts.isEmpty {
            let names = contacts.map(\.addressedAs)
            var candidates: [DueAction] = []
            // The thank-you: to an interviewer, on the interview's day or after, before the next.
            for interview in app.interviews.sorted(by: { $0.date < $1.date })
            where interview.date <= day && interview.thankYou == nil {
                let next = app.interviews.map(\.date).filter { $0 > interview.date }.min()
                guard next.map({ day < $0 }) ?? true else { continue }
                guard app.interviewers(of: interview).contains(where: { addressed($0.email) }) else { continue }
                candidates += actions.filter { $0.kind == .thankYou && $0.line == interview.location.line }
            }
            // The written offer, once the offer was made by word of mouth.
            if let verbal = app.offer?.verbal, verbal <= day {
                candidates += actions.filter { $0.kind == .requestWrittenOffer }
            }
            // The status inquiry and the check-in: the playbook's own check (in `done`) says
            // whether the day settles them.
            candidates += actions.filter { $0.kind == .statusInquiry || $0.kind == .checkIn }
            record(candidates) { action in
                action.kind == .thankYou ? "Sent the thank-you note to \(list(names)) by email." : nil
            }
        }
        if let latest = app.interviews.filter({ $0.date <= today }).map(\.date).max(), latest <= day {
            for reference in references {
                let candidates = actions.filter { $0.kind == .briefReferences && $0.line == reference.location.line }
                record(candidates) { _ in "Briefed \(reference.name) by email about the \(latest) interview." }
            }
        }
    }

    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }
}
