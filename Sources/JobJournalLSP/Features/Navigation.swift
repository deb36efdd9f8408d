import JobJournalCore

/// Go to definition and find references for people: an interviewer's name in `with:` leads
/// to their contact entry; a contact lists each interview that names them.
enum NavigationFeature {
    /// A name written in the front matter where a contact is meant, with where it is.
    struct Mention: Equatable {
        var name: String
        var range: LSPRange
        var isDefinition: Bool
    }

    static func definition(_ file: OpenFile, at position: Position) -> [Location] {
        guard let name = name(at: position, in: file), let app = file.application, app.contact(named: name) != nil else { return [] }
        return mentions(in: file).filter { $0.isDefinition && Contact.normalize($0.name) == Contact.normalize(name) }
            .map { Location(uri: file.document.uri, range: $0.range) }
    }

    static func references(_ file: OpenFile, at position: Position, includeDeclaration: Bool) -> [Location] {
        guard let name = name(at: position, in: file) else { return [] }
        return mentions(in: file)
            .filter { Contact.normalize($0.name) == Contact.normalize(name) && (includeDeclaration || !$0.isDefinition) }
            .map { Location(uri: file.document.uri, range: $0.range) }
    }

    /// The contact name under the cursor: in `with:`, or a contact's `name:`.
    static func name(at position: Position, in file: OpenFile) -> String? {
        guard let lines = file.frontMatterLines, lines.contains(position.line) else { return nil }
        let context = FrontMatterContext.at(line: position.line, column: file.document.byteColumn(of: position), in: file.document)
        guard !context.onKey, let value = context.value, !value.isEmpty else { return nil }
        switch (context.parents.first, context.valueKey) {
        case ("interviews", "with"), ("contacts", "name"): return value
        default: return nil
        }
    }

    /// Every contact's `name:` and every name in an interview's `with:`, in file order.
    static func mentions(in file: OpenFile) -> [Mention] {
        guard let lines = file.frontMatterLines else { return [] }
        let document = file.document
        var out: [Mention] = []
        for line in lines {
            let content = document.line(line)
            let shape = LineShape(content)
            guard !shape.isBlank, !shape.isComment else { continue }
            let context = FrontMatterContext.at(line: line, column: content.count, in: document)
            let isDefinition = context.parents.first == "contacts" && context.valueKey == "name"
            let isUse = context.parents.first == "interviews" && context.valueKey == "with"
            guard isDefinition || isUse, let start = shape.valueStart ?? (shape.dashes > 0 ? shape.contentStart : nil) else { continue }
            // Each item of a `[a, b]` list, or the one value.
            var column = start
            while column <= content.count {
                guard let (name, columns) = FrontMatterContext.item(in: content, from: start, at: column), !name.isEmpty else { break }
                out.append(Mention(name: name, range: LSPRange(start: document.position(line: line, byteColumn: columns.lowerBound),
                                                               end: document.position(line: line, byteColumn: columns.upperBound)),
                                   isDefinition: isDefinition))
                guard let comma = content[(content.startIndex + columns.upperBound)...].firstIndex(of: UInt8(ascii: ",")) else { break }
                column = comma - content.startIndex + 1
            }
        }
        return out
    }
}
