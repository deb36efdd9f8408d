import JobJournalCore

/// Checks the drafts kept under `## Drafts` before they are sent, against the article's
/// advice on the thank-you note:
///
/// - "Address the person by name. (Ms. Jones or Mr. Smith, not 'Bob' or 'Nancy,' unless the
///   interviewer directed you to use his or her first name.)" and "Be sure to spell the
///   interviewer's name correctly!" A salutation that is a contact's first name or full name
///   instead of their `salutation`, or a near miss of one, is warned about
///   (`draft-salutation`).
/// - "Thank them for their time and the opportunity to interview for the (name of
///   position)." A draft that never names the position is warned about (`draft-position`).
/// - "Confirm the 'next step' from the interview." A thank-you that says nothing of what
///   comes next is warned about (`draft-next-step`).
/// - A `[placeholder]` left to fill in is warned about (`draft-placeholder`).
public enum DraftLint {
    public static func warnings(for file: ParsedFile) -> [Diagnostic] {
        guard let app = file.application, !file.drafts.isEmpty else { return [] }
        var out: [Diagnostic] = []
        func warn(_ line: Int, _ message: String, _ id: String) {
            out.append(Diagnostic(file: file.displayPath, line: line, .warning, message, id: id))
        }
        for draft in file.drafts {
            if let (line, name) = salutation(in: draft), let problem = salutationProblem(name, app) {
                warn(line, problem, "draft-salutation")
            }
            if !draft.text.lowercased().contains(app.position.lowercased()) {
                warn(draft.line, "the draft '\(draft.title)' does not name the position (\(app.position)): thank them for the opportunity to interview for it, by name", "draft-position")
            }
            if isThankYou(draft), !mentionsNextStep(draft.text) {
                warn(draft.line, "the thank-you '\(draft.title)' does not confirm the next step: say what you will do, or what you expect from them, and when", "draft-next-step")
            }
            for line in draft.lines {
                if let placeholder = placeholder(in: line.text) {
                    warn(line.number, "fill in \(placeholder) before sending", "draft-placeholder")
                }
            }
        }
        return out
    }

    /// The first line starting `Dear`, `Hi` or `Hello`, and the name after it.
    static func salutation(in draft: DraftText) -> (Int, String)? {
        for line in draft.lines {
            let text = line.text.trimmingSpaces
            for greeting in ["Dear ", "Hi ", "Hello "] where text.hasPrefix(greeting) {
                var name = text.dropFirst(greeting.count)
                while let last = name.last, last == "," || last == ":" || last == " " { name = name.dropLast() }
                return (line.number, String(name))
            }
        }
        return nil
    }

    /// What is wrong with addressing `name`, if anything.
    static func salutationProblem(_ name: String, _ app: Application) -> String? {
        if name.hasPrefix("[") { return nil }
        let wanted = Contact.normalize(name)
        let salutations = app.contacts.compactMap(\.salutation)
        if salutations.contains(where: { Contact.normalize($0) == wanted }) { return nil }
        // A reference is briefed by first name.
        if app.references.contains(where: { Contact.normalize($0.name).hasPrefix(wanted) }) { return nil }
        for contact in app.contacts {
            guard let salutation = contact.salutation else { continue }
            let first = contact.name.split(separator: " ").first.map { Contact.normalize(String($0)) }
            if wanted == first || wanted == Contact.normalize(contact.name) {
                return "'\(name)' addresses \(contact.name) by name; the salutation to use is '\(salutation)' (not a first name unless they asked for it)"
            }
        }
        for salutation in salutations {
            let distance = EditDistance.between(Array(wanted.utf8), Array(Contact.normalize(salutation).utf8), limit: 2)
            if distance <= 2 { return "'\(name)' looks like a misspelling of '\(salutation)': be sure to spell the name correctly" }
        }
        let known = salutations.isEmpty ? "" : " (\(salutations.joined(separator: ", ")))"
        return "'\(name)' is not the salutation of any contact\(known)"
    }

    private static func isThankYou(_ draft: DraftText) -> Bool {
        let title = draft.title.lowercased()
        return title.contains("thank") || draft.text.lowercased().contains("thank you for the opportunity")
    }

    private static let nextStepPhrases = [
        "next step", "look forward", "hear back", "hearing back", "hearing from you", "hear from you", "follow up",
        "get back to", "i will send", "i will call", "i'll send", "i'll call", "next round",
    ]

    private static func mentionsNextStep(_ text: String) -> Bool {
        let lower = text.lowercased()
        return nextStepPhrases.contains { lower.contains($0) }
    }

    /// A `[...]` that is not a Markdown link or a task box.
    static func placeholder(in line: String) -> String? {
        var rest = line[...]
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]") else { return nil }
            let inside = rest[rest.index(after: open)..<close]
            let after = rest[rest.index(after: close)...]
            if inside.count > 1, !after.hasPrefix("("), !after.hasPrefix("[") { return String(rest[open...close]) }
            rest = after
        }
        return nil
    }
}
