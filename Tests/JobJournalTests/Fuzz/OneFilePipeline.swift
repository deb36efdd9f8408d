// Shared by the tests and the fuzzer: Fuzz/build compiles this file into the fuzz target.
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

/// All that jobjournal does with one file's bytes (layout, encoding check, front matter,
/// body, hygiene and draft warnings, every playbook rule, reference statuses, the report,
/// every renderer; and the bytes read as settings too), and what must hold for any bytes at all: every diagnostic has a place
/// in the file; no output carries a raw control character from the file; HTML has no tag
/// but the renderer's own; every Markdown table row has its header's cells; iCalendar
/// lines are folded at 75 octets and each is a property the renderer writes.
enum OneFilePipeline {
    /// The example journal's pinned day.
    static let today = Day(year: 2026, month: 11, day: 26)!

    /// Runs the pipeline over `bytes`; returns what did not hold, empty when all did.
    static func run(_ bytes: UnsafeRawBufferPointer) -> [String] {
        var broken: [String] = []
        let parsed = ApplicationFile.parse(bytes, path: "closed/fuzz.md", displayPath: "closed/fuzz.md")
        // The same bytes as a `.jobjournal.yaml`, whose YAML is read by the same composer.
        let settings = Settings.parse(String(decoding: bytes, as: UTF8.self), displayPath: ".jobjournal.yaml").1
        let diagnostics = parsed.diagnostics + Hygiene.warnings(for: parsed) + DraftLint.warnings(for: parsed) + settings
        for d in diagnostics where d.location.line < 1 || d.location.column < 1 {
            broken.append("diagnostic without a place in the file: \(DiagnosticFormat.gnu(d))")
        }
        var outputs = [
            ("check", DiagnosticFormat.gnu(diagnostics)),
            ("check --format json", DiagnosticFormat.json(diagnostics, reading: ReadingSummary([parsed]))),
        ]
        if let app = parsed.application {
            let actions = Playbook.standard.actions(for: [app], today: today)
            let references = ReferenceStatus.all([app], today: today)
            outputs += [
                ("due --explain", AgendaText.render(actions, today: today, explain: true)),
                ("due --format json", AgendaJSON.render(actions, today: today)),
                ("refs", ReferencesText.render(references)),
                ("refs --format json", ReferencesJSON.render(references, today: today)),
            ]
            // Colour adds escape sequences of its own, so this one is only run, not checked.
            _ = AgendaText.render(actions.agenda(today: today, within: 7), today: today, style: TextStyle(color: true, width: 40))
        }
        let report = Report(journal: Journal(root: ".", files: [parsed]), today: today)
        let html = ReportHTML.render(report)
        let markdown = ReportMarkdown.render(report)
        let calendar = ICalendar.render(actions: report.agenda, interviews: report.interviewsAhead, today: today, domain: report.domain)
        outputs += [
            ("report", ReportText.render(report)), ("report --format json", ReportJSON.render(report)),
            ("report --format html", html), ("report --format markdown", markdown),
        ]
        broken += htmlProblems(html) + markdownProblems(markdown) + calendarProblems(calendar)
        broken += plainReaderProblems(bytes)
        for (name, output) in outputs {
            if let scalar = output.unicodeScalars.first(where: isRawControl) {
                broken.append("\(name): raw control character U+\(String(scalar.value, radix: 16, uppercase: true)) in\n\(output)")
            }
        }
        return broken
    }

    /// What `PlainYAMLReader` accepts, of the front matter and of the whole input, it must read
    /// as libyaml does.
    static func plainReaderProblems(_ bytes: UnsafeRawBufferPointer) -> [String] {
        var texts = [(bytes, 1)]
        let layout = FileLayout(bytes)
        if let frontMatter = layout.frontMatter {
            texts.append((UnsafeRawBufferPointer(rebasing: bytes[frontMatter]), layout.frontMatterFirstLine))
        }
        var broken: [String] = []
        for (text, firstLine) in texts {
            guard let plain = try? PlainYAMLReader.read(text, firstLine: firstLine, limits: .default) else { continue }
            let libyaml = YAMLComposer.composeWithLibYAML(text, firstLine: firstLine)
            if case .success(let node) = libyaml, node == plain { continue }
            broken.append("the plain YAML reader read \(String(reflecting: plain)), libyaml \(String(reflecting: libyaml))")
        }
        return broken
    }

    /// The tags ReportHTML writes; user text must never add one.
    static let htmlTags: Set<Substring> = [
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "section", "figure", "figcaption",
        "h1", "h2", "h3", "p", "div", "span", "strong", "code", "time", "ul", "li", "table", "thead", "tbody", "tr",
        "th", "td", "svg", "rect", "line", "circle", "text",
    ]

    static func htmlProblems(_ html: String) -> [String] {
        var problems: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            let name = after.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "!" }
            if !htmlTags.contains(name) {
                problems.append("report --format html: a tag the renderer does not write: \(after.prefix(40))")
            }
            rest = after
        }
        return problems
    }

    /// Every row of a table has as many cells as its header: no `|` in user text opens one.
    static func markdownProblems(_ markdown: String) -> [String] {
        var problems: [String] = []
        var cells: Int? = nil
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { cells = nil; continue }
            // A pipe is a cell border unless an odd run of backslashes escapes it.
            var count = 0
            var backslashes = 0
            for c in line {
                if c == "|" && backslashes % 2 == 0 { count += 1 }
                backslashes = c == "\\" ? backslashes + 1 : 0
            }
            if let cells, count != cells {
                problems.append("report --format markdown: \(count) cell borders where the header has \(cells): \(line)")
            }
            cells = cells ?? count
        }
        return problems
    }

    /// The properties ICalendar writes.
    static let calendarProperties: Set<Substring> = [
        "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID", "DTSTAMP", "DUE", "DTSTART",
        "DTEND", "SUMMARY", "DESCRIPTION", "CATEGORIES", "STATUS", "TRANSP",
    ]

    /// CRLF line ends, at most 75 octets a line, continuations after a space, and every
    /// unfolded line one of the renderer's properties: user text cannot add a line of its own.
    static func calendarProblems(_ calendar: String) -> [String] {
        var problems: [String] = []
        guard calendar.hasSuffix("\r\n") else { return ["due --format ics: does not end in CRLF"] }
        var lines = calendar.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        for (i, line) in lines.enumerated() {
            guard line.last == 0x0D else { return ["due --format ics: line \(i + 1) ends in a bare LF"] }
            let content = line.dropLast()
            if content.count > 75 { problems.append("due --format ics: line \(i + 1) is \(content.count) octets long") }
            if content.contains(where: { $0 < 0x20 || $0 == 0x7F }) { problems.append("due --format ics: control byte in line \(i + 1)") }
        }
        lines = lines.filter { $0.first != 0x20 }
        for line in lines {
            let name = String(decoding: line.prefix { $0 != UInt8(ascii: ":") && $0 != UInt8(ascii: ";") }, as: UTF8.self)
            if !calendarProperties.contains(name[...]) { problems.append("due --format ics: a property the renderer does not write: \(name)") }
        }
        return problems
    }

    /// C0 (but the line breaks renderers write), DEL and C1.
    static func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }
}
