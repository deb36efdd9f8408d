import JobJournalCore

/// Turns a front matter's YAML tree into an `Application`, reporting every value it cannot
/// use where it stands in the file, and carrying on past it: one bad date does not hide
/// the rest of the file.
package struct ApplicationDecoder {
    let file: String
    /// The user's own key names and status words (`keys:` and `status-map:` in settings).
    let settings: Settings
    var diagnostics: [Diagnostic] = []
    /// `applied: false` says the application is not sent yet.
    private var appliedFlag: Bool? = nil

    init(file: String, settings: Settings = Settings()) {
        self.file = file
        self.settings = settings
    }

    /// Keys that make front matter an application's: without one of them it is some other
    /// note (a call log with `contacts:`, a page with a `title:`), not an error.
    private static let applicationKeys: Set<String> = ["company", "status", "applied", "interviews", "offer", "follow-up"]

    /// The application, or nil when the front matter is not one (a note with its own front
    /// matter) or lacks what an application needs (then with an error saying so).
    mutating func decode(_ root: YAMLNode, path: String) -> (application: Application?, isApplication: Bool) {
        guard let pairs = root.mapping else {
            error(at: root.location, "front matter should be keys and values (company: ..., position: ...), not \(root.kindName)", id: "wrong-type")
            return (nil, true)
        }
        let fields = self.fields(pairs, KeySet.application, keepUnknown: true)
        // `title:` alone is any note's title; `position:` or `job-title:` is a job's.
        let hasPosition = fields["position"] != nil && KeySet.fold(fields.writtenKey("position") ?? "") != "title"
        guard fields.contains(where: Self.applicationKeys.contains) || fields.appliedFlag != nil || hasPosition else {
            return (nil, false)
        }
        guard let companyNode = fields["company"] else {
            error(at: root.location, "missing required key 'company'", id: "missing-key")
            return (nil, true)
        }
        let company = requiredString(companyNode, "company")
        let position: String?
        if let node = fields["position"] {
            position = requiredString(node, "position")
        } else {
            error(at: root.location, "missing required key 'position' (also read as 'role' or 'title')", id: "missing-key")
            position = nil
        }
        var app = Application(file: path, company: company ?? "", position: position ?? "")
        app.companyLocation = companyNode.location
        app.appliedLocation = companyNode.location
        if let node = fields["applied"] {
            app.applied = day(node, "applied")
            app.appliedLocation = node.location
        }
        if fields.appliedFlag == true, app.applied == nil { app.appliedOnUnknownDay = true }
        appliedFlag = fields.appliedFlag
        if let node = fields["link"] { app.link = string(node, "link") }
        if let node = fields["source"] { app.source = string(node, "source") }
        if let node = fields["follow-up"] {
            app.followUp = day(node, "follow-up")
            app.followUpLocation = node.location
        }
        if let node = fields["contacts"] {
            app.contacts = list(node, "contacts").compactMap { contact($0) }
        }
        if let node = fields["interviews"] {
            app.interviews = list(node, "interviews").enumerated().compactMap { interview($1, index: $0) }
        }
        if let node = fields["references"] {
            app.references = list(node, "references").compactMap { reference($0) }
        }
        if let node = fields["promises"] {
            app.promises = list(node, "promises").compactMap { promise($0) }
        }
        if let node = fields["offer"] { app.offer = offer(node) }
        app.statusLocation = fields["status"]?.location ?? companyNode.location
        if let node = fields["status"], let text = string(node, "status") {
            switch Status.read(text, map: settings.statusMap) {
            case .status(let status):
                app.status = status
                app.statusIsDerived = false
            case .ambiguous(let readAs, let choices):
                let meaning = readAs.map { "it is read as \($0.rawValue)" } ?? "it is read as \(derivedStatus(app).rawValue), from the dates"
                warning(at: node.location, "status '\(text)' could mean \(choices.map(\.rawValue).joined(separator: ", ")); \(meaning) until you write one of them", id: "ambiguous-status")
                app.status = readAs ?? derivedStatus(app)
            case .unknown:
                error(at: node.location, "unknown status '\(text)'; use one of \(Status.names), or give your word a meaning under status-map in \(Settings.fileName)", id: "invalid-status")
                app.status = .unknown
                app.statusIsDerived = false
            }
        } else {
            app.status = derivedStatus(app)
        }
        app.ownFields = fields.unknown
        checkInterviewers(app)
        let ok = company != nil && position != nil
        return (ok ? app : nil, true)
    }

    private func derivedStatus(_ app: Application) -> Status {
        if app.offer != nil { return .offer }
        if !app.interviews.isEmpty { return .interviewing }
        if app.applied == nil, !app.appliedOnUnknownDay, appliedFlag == false { return .saved }
        return .applied
    }

    private mutating func checkInterviewers(_ app: Application) {
        for interview in app.interviews {
            for name in interview.with where app.contact(named: name) == nil {
                let known = app.contacts.map(\.name)
                let hint = known.isEmpty ? "add them under contacts" : "contacts are: \(known.joined(separator: ", "))"
                warning(at: interview.location, "interview on \(interview.date) is with '\(name)', who is not among the contacts; \(hint)", id: "unknown-contact")
            }
        }
    }

    // MARK: Parts

    private mutating func contact(_ node: YAMLNode) -> Contact? {
        guard let pairs = mapping(node, "a contact") else { return nil }
        let f = fields(pairs, KeySet.contact)
        guard let name = f["name"].flatMap({ requiredString($0, "contact name") }) ?? missing("name", in: "contact", at: node) else { return nil }
        var contact = Contact(name: name, location: node.location)
        contact.salutation = f["salutation"].flatMap { string($0, "salutation") }
        contact.role = f["role"].flatMap { string($0, "role") }
        contact.email = f["email"].flatMap { string($0, "email") }
        contact.phone = f["phone"].flatMap { string($0, "phone") }
        contact.prefers = f["prefers"].flatMap { string($0, "prefers") }.map(Channel.init)
        return contact
    }

    private mutating func interview(_ node: YAMLNode, index: Int) -> Interview? {
        guard let pairs = mapping(node, "an interview") else { return nil }
        let f = fields(pairs, KeySet.interview)
        // Every field is read, so each problem is reported, before a bad date drops the interview.
        let date = (f["date"] ?? missing("date", in: "interview", at: node)).flatMap { day($0, "date") }
        let with = f["with"].map { names($0, "with") } ?? []
        let round = f["round"].flatMap { integer($0, "round") }
        let isFinal = f["final"].flatMap { bool($0, "final") } ?? false
        let nextStep = f["next-step"].flatMap { day($0, "next-step") }
        let thanks = f["thank-you"].flatMap { thankYou($0) }
        guard let date else { return nil }
        let interview = Interview(date: date, with: with, round: round, isFinal: isFinal, nextStep: nextStep,
                                  thankYou: thanks, location: node.location, index: index)
        return interview
    }

    private mutating func thankYou(_ node: YAMLNode) -> ThankYou? {
        if node.isNull { return nil }
        if let pairs = node.mapping {
            let f = fields(pairs, KeySet.thankYou)
            guard let sentNode = f["sent"] ?? missing("sent", in: "thank-you", at: node),
                let sent = day(sentNode, "thank-you sent")
            else { return nil }
            return ThankYou(sent: sent, via: f["via"].flatMap { string($0, "via") }.map(Channel.init), location: node.location)
        }
        guard let sent = day(node, "thank-you") else { return nil }
        return ThankYou(sent: sent, location: node.location)
    }

    private mutating func reference(_ node: YAMLNode) -> Reference? {
        guard let pairs = mapping(node, "a reference") else { return nil }
        let f = fields(pairs, KeySet.reference)
        guard let name = f["name"].flatMap({ requiredString($0, "reference name") }) ?? missing("name", in: "reference", at: node) else { return nil }
        var reference = Reference(name: name, location: node.location)
        reference.relation = f["relation"].flatMap { string($0, "relation") }
        reference.email = f["email"].flatMap { string($0, "email") }
        reference.phone = f["phone"].flatMap { string($0, "phone") }
        reference.briefed = f["briefed"].flatMap { day($0, "briefed") }
        reference.contacted = f["contacted"].flatMap { day($0, "contacted") }
        return reference
    }

    private mutating func promise(_ node: YAMLNode) -> Promise? {
        guard let pairs = mapping(node, "a promise") else { return nil }
        let f = fields(pairs, KeySet.promise)
        let what = f["what"].flatMap { requiredString($0, "promise what") } ?? missing("what", in: "promise", at: node)
        let dueNode = f["due"] ?? missing("due", in: "promise", at: node)
        let due = dueNode.flatMap { day($0, "due") }
        let done = f["done"].flatMap { day($0, "done") }
        guard let what, let due else { return nil }
        return Promise(what: what, due: due, done: done, location: node.location)
    }

    private mutating func offer(_ node: YAMLNode) -> Offer? {
        if node.isNull { return nil }
        guard let pairs = mapping(node, "the offer") else { return nil }
        let f = fields(pairs, KeySet.offer)
        var offer = Offer(location: node.location)
        offer.verbal = f["verbal"].flatMap { day($0, "verbal") }
        offer.requested = f["requested"].flatMap { day($0, "requested") }
        offer.written = f["written"].flatMap { day($0, "written") }
        offer.reviewed = f["reviewed"].flatMap { day($0, "reviewed") }
        offer.accepted = f["accepted"].flatMap { day($0, "accepted") }
        offer.approved = f["approved"].flatMap { day($0, "approved") }
        offer.salary = f["salary"].flatMap { string($0, "salary") }
        offer.benefits = f["benefits"].flatMap { string($0, "benefits") }
        offer.expenses = f["expenses"].flatMap { string($0, "expenses") }
        if let c = f["conditions"], !c.isNull { offer.conditions = names(c, "conditions") }
        return offer
    }

    // MARK: Mappings and keys

    /// A mapping's pairs sorted by the keys of one part of the front matter: for each known
    /// key the place of its pair, and the pairs with other keys. One small array a mapping,
    /// and no key compared twice.
    private struct Fields {
        let pairs: [YAMLPair]
        let keys: KeySet
        /// By key id: the index of the key's pair in `pairs`, or -1.
        var slots: [Int]
        var unknown: [(key: String, value: YAMLNode)] = []
        /// `applied: true` (or false): a flag, not the day, so it does not collide with a
        /// date key such as `applied-date`.
        var appliedFlag: Bool? = nil

        init(_ pairs: [YAMLPair], _ keys: KeySet) {
            self.pairs = pairs
            self.keys = keys
            self.slots = [Int](repeating: -1, count: keys.names.count)
        }

        subscript(_ name: String) -> YAMLNode? {
            let index = slots[keys.id(of: name)]
            return index < 0 ? nil : pairs[index].value
        }

        /// The key as written in the file, for messages.
        func writtenKey(_ name: String) -> String? {
            let index = slots[keys.id(of: name)]
            return index < 0 ? nil : pairs[index].key.text
        }

        func contains(where predicate: (String) -> Bool) -> Bool {
            keys.names.indices.contains { slots[$0] >= 0 && predicate(keys.names[$0]) }
        }

        var count: Int { slots.count { $0 >= 0 } }
    }

    /// Sorts a mapping's pairs into the keys this part knows and the rest, reporting
    /// duplicate keys, keys that are not text, and near-misses of known keys.
    private mutating func fields(_ pairs: [YAMLPair], _ keys: KeySet, keepUnknown: Bool = false) -> Fields {
        var result = Fields(pairs, keys)
        var unknownSeen: [(folded: String, line: Int)] = []
        // By index: `for pair in pairs` would copy every pair it passes.
        for i in pairs.indices {
            checkTag(pairs[i].value)
            guard let key = pairs[i].key.text, pairs[i].key.scalar != nil else {
                error(at: pairs[i].key.location, "a key should be a name, not \(pairs[i].key.kindName)", id: "wrong-type")
                continue
            }
            let at = pairs[i].key.location
            var folded = KeySet.fold(key)
            if keys.context == "application", let own = settings.keyMap[folded] { folded = own }
            if let id = keys.id(for: folded) {
                if keys.names[id] == "applied", let flag = Self.flag(pairs[i].value) {
                    result.appliedFlag = flag
                    continue
                }
                let first = result.slots[id]
                guard first < 0 else {
                    let firstKey = pairs[first].key.text ?? key
                    let written = firstKey == key ? "" : " as '\(firstKey)'"
                    error(at: at, "duplicate key '\(key)' (first written\(written) on line \(pairs[first].key.location.line)); the first is used", id: "duplicate-key")
                    continue
                }
                result.slots[id] = i
            } else {
                if let first = unknownSeen.first(where: { $0.folded == folded }) {
                    error(at: at, "duplicate key '\(key)' (first written on line \(first.line)); the first is used", id: "duplicate-key")
                    continue
                }
                unknownSeen.append((folded, at.line))
                if let near = keys.nearMiss(folded) {
                    warning(at: at, NearMissKey.message(key: key, context: keys.context, near: near), id: "near-miss-key")
                }
                if keepUnknown { result.unknown.append((key, pairs[i].value)) }
            }
        }
        return result
    }

    private mutating func mapping(_ node: YAMLNode, _ what: String) -> [YAMLPair]? {
        if let pairs = node.mapping { return pairs }
        error(at: node.location, "\(what) should be keys and values (name: ...), not \(node.kindName)", id: "wrong-type")
        return nil
    }

    private mutating func list(_ node: YAMLNode, _ key: String) -> [YAMLNode] {
        if node.isNull { return [] }
        if let items = node.sequence { return items }
        error(at: node.location, "\(key) should be a list (items starting with '- '), not \(node.kindName)", id: "wrong-type")
        return []
    }

    /// Reports a required key that is not there; nil, whatever the type wanted.
    private mutating func missing<T>(_ key: String, in context: String, at node: YAMLNode) -> T? {
        error(at: node.location, "\(context) is missing required key '\(key)'", id: "missing-key")
        return nil
    }

    // MARK: Values

    private static let standardTags: Set<String> = [
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "tag:yaml.org,2002:float",
    ]

    private mutating func checkTag(_ node: YAMLNode) {
        guard let tag = node.tag, !Self.standardTags.contains(tag) else { return }
        let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
        error(at: node.location, "unsupported YAML tag '\(shown)'; journal values are plain text, dates, lists and mappings", id: "yaml-tag")
    }

    /// A plain `true` or `false` (also yes/no), as a flag rather than text.
    private static func flag(_ node: YAMLNode) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain else { return nil }
        switch scalar.value.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: return nil
        }
    }

    /// Text, or nil when empty; a list or mapping where text belongs is an error. A list of
    /// one value is that value (Obsidian writes `status: [rejected]`); wikilinks show as
    /// their text (`[[Acme Corp]]` is Acme Corp).
    private mutating func string(_ node: YAMLNode, _ key: String) -> String? {
        if let items = node.sequence {
            // `company: [[Acme Corp]]` unquoted is a list in a list: a wikilink all the same.
            if items.count == 1, node.isFlow, let inner = items[0].sequence, inner.count == 1, let name = inner[0].text {
                return name
            }
            guard items.count == 1 else {
                let values = items.compactMap(\.text)
                let shown = values.count == items.count && !values.isEmpty ? " (\(values.joined(separator: ", ")))" : ""
                error(at: node.location, "\(key) should be a single value, not a list of \(items.count)\(shown); keep one", id: "wrong-type")
                return nil
            }
            return string(items[0], key)
        }
        guard let s = node.scalar else {
            error(at: node.location, "\(key) should be a single value, not \(node.kindName)", id: "wrong-type")
            return nil
        }
        if node.isNull { return nil }
        return Wikilink.displayText(s.value)
    }

    private mutating func requiredString(_ node: YAMLNode, _ key: String) -> String? {
        let single = node.sequence?.count == 1 ? node.sequence![0] : node
        if single.isNull || single.text?.allSatisfy({ $0 == " " }) == true {
            error(at: node.location, "\(key) is empty", id: "missing-key")
            return nil
        }
        return string(node, key)
    }

    private mutating func day(_ node: YAMLNode, _ key: String) -> Day? {
        guard let text = string(node, key) else { return nil }
        if let day = Day(iso: text) { return day }
        if Day.looksLikeISODate(text.utf8) {
            error(at: node.location, DateText.notADay(text), id: "invalid-date")
        } else {
            error(at: node.location, DateText.notADate(text, key: key), id: "invalid-date")
        }
        return nil
    }

    private mutating func integer(_ node: YAMLNode, _ key: String) -> Int? {
        guard let text = string(node, key) else { return nil }
        if let n = Int(text) { return n }
        error(at: node.location, "\(key) should be a whole number, not '\(text)'", id: "wrong-type")
        return nil
    }

    private mutating func bool(_ node: YAMLNode, _ key: String) -> Bool? {
        guard let text = string(node, key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(at: node.location, "\(key) should be true or false, not '\(text)'", id: "wrong-type")
            return nil
        }
    }

    /// One name as text, or a list of names.
    private mutating func names(_ node: YAMLNode, _ key: String) -> [String] {
        if node.isNull { return [] }
        if let items = node.sequence {
            return items.compactMap { string($0, "each of \(key)") }
        }
        return string(node, key).map { [$0] } ?? []
    }

    // MARK: Reporting

    private mutating func error(at location: SourceLocation, _ message: String, id: String) {
        diagnostics.append(Diagnostic(file: file, location: location, severity: .error, message: message, id: id))
    }

    private mutating func warning(at location: SourceLocation, _ message: String, id: String) {
        diagnostics.append(Diagnostic(file: file, location: location, severity: .warning, message: message, id: id))
    }
}
