import JobJournalCore
import JobJournalParse
import JobJournalPlaybook

/// Hover: on an interview, the actions it calls for and why; on a contact or a reference,
/// who they are and where things stand with them; on a date, its weekday and how far it is
/// from today; on a key, what it means.
enum HoverFeature {
    static func hover(_ file: OpenFile, at position: Position, today: Day) -> Hover? {
        let document = file.document
        let column = document.byteColumn(of: position)
        let line = document.line(position.line)
        let date = DayWording.date(in: line, at: column)
        guard let frontMatter = file.frontMatterLines, frontMatter.contains(position.line) else {
            return date.map { hover(dateText($0.0, today: today), document, position.line, $0.1) }
        }
        let context = FrontMatterContext.at(line: position.line, column: column, in: document)
        let app = file.application
        if context.parents.first == "interviews", context.key == "date" || (context.parents.count == 1 && date != nil && context.key == nil),
           let app, let interview = interview(at: position.line, in: app) {
            return hover(interviewText(interview, app: app, actions: file.actions(today: today), today: today), document, position.line,
                         context.valueColumns ?? context.keyColumns)
        }
        if context.onKey, let written = context.writtenKey, let columns = context.keyColumns {
            guard let set = FrontMatterContext.keySet(under: context.parents), let key = context.key,
                  let entry = KeyMeaning.entry(key, in: set.context) else { return nil }
            let spelled = KeySet.fold(written) == key ? "" : " (read as `\(key)`)"
            return hover("**\(written)**\(spelled): \(entry.type)\n\n\(entry.meaning)", document, position.line, columns)
        }
        if let date { return hover(dateText(date.0, today: today), document, position.line, date.1) }
        guard let value = context.value, !value.isEmpty, let app else { return nil }
        switch (context.parents.first, context.valueKey) {
        case ("interviews", "with"), ("contacts", "name"):
            guard let contact = app.contact(named: value) else { return nil }
            return hover(contactText(contact, app: app), document, position.line, context.valueColumns)
        case ("references", "name"):
            guard let reference = app.references.first(where: { Contact.normalize($0.name) == Contact.normalize(value) }) else { return nil }
            return hover(referenceText(reference, today: today), document, position.line, context.valueColumns)
        default:
            return nil
        }
    }

    static func hover(_ text: String, _ document: TextDocument, _ line: Int, _ columns: Range<Int>?) -> Hover {
        let range = columns.map {
            LSPRange(start: document.position(line: line, byteColumn: $0.lowerBound), end: document.position(line: line, byteColumn: $0.upperBound))
        }
        return Hover(contents: MarkupContent(value: text), range: range)
    }

    /// The interview whose item holds a front matter line: the last one starting above it.
    static func interview(at line: Int, in app: Application) -> Interview? {
        app.interviews.filter { $0.location.line - 1 <= line }.max { $0.location.line < $1.location.line }
    }

    /// The lines (1-based) an interview's item spans, up to the next interview or the end.
    static func lines(of interview: Interview, in app: Application) -> Range<Int> {
        let next = app.interviews.map(\.location.line).filter { $0 > interview.location.line }.min() ?? Int.max
        return interview.location.line..<next
    }

    static func dateText(_ day: Day, today: Day) -> String {
        "**\(DayWording.day(day))**, \(DayWording.distance(day, from: today))"
    }

    static func interviewText(_ interview: Interview, app: Application, actions: [DueAction], today: Day) -> String {
        var head = "**Interview on \(DayWording.day(interview.date))** (\(DayWording.distance(interview.date, from: today)))"
        if let round = interview.round { head += ", round \(round)" }
        if interview.isFinal { head += ", final" }
        if !interview.with.isEmpty { head += ", with " + app.interviewers(of: interview).map(\.addressedAs).joined(separator: ", ") }
        var text = head
        if let next = interview.nextStep { text += "\n\nNext step promised by \(DayWording.day(next)) (\(DayWording.distance(next, from: today)))." }
        let span = lines(of: interview, in: app)
        let own = actions.filter { span.contains($0.line) }
        if own.isEmpty {
            text += "\n\nNothing due from this interview."
        } else {
            for action in own {
                text += "\n\n- **\(action.title)** — \(DayWording.due(action.due, today: today)): \(action.explain)"
            }
        }
        return text
    }

    static func contactText(_ contact: Contact, app: Application) -> String {
        var text = "**\(contact.name)**"
        if let salutation = contact.salutation { text += " (\(salutation))" }
        if let role = contact.role { text += ", \(role)" }
        text += " at \(app.company)"
        var reach: [String] = []
        reach.append(contact.prefers.map { "prefers \($0)" } ?? "no preferred channel recorded")
        if let email = contact.email { reach.append(email) }
        if let phone = contact.phone { reach.append(phone) }
        text += "\n\n" + reach.joined(separator: " · ")
        let met = app.interviews.filter { $0.with.contains { Contact.normalize($0) == Contact.normalize(contact.name) } }.map(\.date.description)
        if !met.isEmpty { text += "\n\nInterviews: " + met.joined(separator: ", ") }
        return text
    }

    static func referenceText(_ reference: Reference, today: Day) -> String {
        var text = "**\(reference.name)**"
        if let relation = reference.relation { text += ", \(relation)" }
        var state: [String] = []
        state.append(reference.briefed.map { "briefed \($0) (\(DayWording.distance($0, from: today)))" } ?? "not briefed")
        state.append(reference.contacted.map { "called \($0) (\(DayWording.distance($0, from: today)))" } ?? "not called yet")
        text += "\n\n" + state.joined(separator: " · ")
        let reach = [reference.email, reference.phone].compactMap { $0 }
        if !reach.isEmpty { text += "\n\n" + reach.joined(separator: " · ") }
        return text
    }
}
