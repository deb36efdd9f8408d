import JobJournalCore

/// The outline: contacts, interviews, references, promises, the offer, and the body's
/// sections and dated entries.
enum SymbolsFeature {
    static func symbols(_ file: OpenFile) -> [DocumentSymbol] {
        guard let app = file.application else { return [] }
        let document = file.document
        func symbol(_ name: String, _ detail: String?, kind: Int, line: Int) -> DocumentSymbol {
            let range = document.range(ofLine: line - 1)
            return DocumentSymbol(name: name, detail: detail, kind: kind, range: range, selectionRange: range, children: nil)
        }
        func group(_ name: String, _ children: [DocumentSymbol]) -> DocumentSymbol? {
            guard let first = children.first, let last = children.last else { return nil }
            let range = LSPRange(start: first.range.start, end: last.range.end)
            return DocumentSymbol(name: name, detail: "\(children.count)", kind: 2, range: range, selectionRange: first.selectionRange, children: children)
        }
        var out: [DocumentSymbol] = []
        out += [group("Contacts", app.contacts.map {
            symbol($0.name, [$0.salutation, $0.role].compactMap { $0 }.joined(separator: ", "), kind: 13, line: $0.location.line)
        })].compactMap { $0 }
        out += [group("Interviews", app.interviews.map { interview in
            let with = app.interviewers(of: interview).map(\.addressedAs).joined(separator: ", ")
            var detail = interview.round.map { "round \($0)" } ?? ""
            if interview.isFinal { detail += detail.isEmpty ? "final" : ", final" }
            return symbol("\(interview.date)" + (with.isEmpty ? "" : " with \(with)"), detail, kind: 24, line: interview.location.line)
        })].compactMap { $0 }
        out += [group("References", app.references.map { symbol($0.name, $0.relation, kind: 13, line: $0.location.line) })].compactMap { $0 }
        out += [group("Promises", app.promises.map { symbol($0.what, "due \($0.due)", kind: 24, line: $0.location.line) })].compactMap { $0 }
        if let offer = app.offer { out.append(symbol("Offer", offer.stage, kind: 23, line: offer.location.line)) }
        // Body sections, each holding the dated entries and log lines below it.
        let headings = file.parsed.headings.sorted { $0.line < $1.line }
        for (i, heading) in headings.enumerated() {
            let end = i + 1 < headings.count ? headings[i + 1].line : Int.max
            var children = app.entries.filter { $0.line > heading.line && $0.line < end }
                .map { symbol("\($0.day) \($0.title)", nil, kind: 24, line: $0.line) }
            if heading.title.lowercased() == "log" {
                children += app.log.filter { $0.line > heading.line && $0.line < end }
                    .map { symbol(document.lineText($0.line - 1).trimmingLeadingListMarker(), nil, kind: 24, line: $0.line) }
            }
            var section = symbol(heading.title, nil, kind: 15, line: heading.line)
            if let last = children.last {
                section.range.end = last.range.end
                section.children = children
            }
            out.append(section)
        }
        return out
    }
}

extension String {
    func trimmingLeadingListMarker() -> String {
        var s = self[...]
        while let c = s.first, c == " " || c == "-" || c == "*" { s = s.dropFirst() }
        return String(s)
    }
}
