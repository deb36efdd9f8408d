import ArgumentParser
import JobJournalCore

/// Prints the man page, in mdoc, made from the commands themselves so it cannot say other
/// than `--help` does: each command's abstract, discussion, usage, arguments and options
/// (read from its help, asked for unwrapped), plus the sections only a manual has. `make
/// man` writes it to docs/jobjournal.1; tests keep that file current, and check that
/// `mandoc -T lint` accepts it and that `man` shows it within 80 columns.
///
/// A discussion is written as the help shows it, and read back here by its shape: a line in
/// capitals (`EXAMPLES`) is a heading, lines at column 0 are prose, indented lines a list,
/// of two columns (`  0  success`) or one (`  jobjournal due`). The root command's headed
/// blocks become the page's sections (EXIT STATUS and EXAMPLES where man pages have them).
///
/// (ArgumentParser's `generate-manual` plugin writes mdoc too, but it builds a tool of its
/// own before it runs, and it pours each discussion into one filled paragraph: blank lines in
/// fill mode, lists run together, over a hundred `mandoc -T lint` messages.)
struct Manual: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the man page (mdoc).",
        shouldDisplay: false
    )

    /// The page's date: change it when the page's text changes.
    static let date = "November 30, 2026"

    func run() throws {
        writeOut(Self.page())
    }

    static func page() -> String {
        let root = JobJournalCommand.self
        let blocks = Discussion.blocks(root.configuration.discussion)
        let rootHelp = CommandHelp(root)
        var page = Mdoc()
        page.line(".Dd \(date)")
        page.line(".Dt JOBJOURNAL 1")
        page.line(".Os")
        page.line(".Sh NAME")
        page.line(".Nm jobjournal")
        page.line(".Nd " + Mdoc.escape(String(root.configuration.abstract.trimmingSuffix("."))))
        page.line(".Sh SYNOPSIS")
        page.lines([".Nm", ".Ar command", ".Op Ar options", ".Op Ar arguments"])
        page.lines([".Nm", ".Cm help", ".Op Ar command"])
        page.lines([".Nm", ".Fl \\-version"])

        page.line(".Sh DESCRIPTION")
        page.blocks(blocks.filter { $0.title == nil }, headings: false)
        page.paragraph()
        page.text("Each command is described under")
        page.line(".Sx COMMANDS ;")
        page.text("'jobjournal help COMMAND' prints the same. Every command also takes:")
        page.options(rootHelp.entries)

        page.line(".Sh COMMANDS")
        for command in visibleCommands(root.configuration.subcommands, path: []) {
            page.command(CommandHelp(command.type), path: command.path, skipping: Set(rootHelp.entries.map(\.label)))
        }

        let standard = ["ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES", "DIAGNOSTICS", "SEE ALSO"]
        var sections: [(title: String, body: [Discussion.Block])] = []
        for block in blocks {
            guard let title = block.title else { continue }
            if let index = sections.firstIndex(where: { $0.title == title }) {
                sections[index].body.append(block)
            } else {
                sections.append((title, [block]))
            }
        }
        for (title, body) in sections where !standard.contains(title) {
            page.line(".Sh \(title)")
            page.blocks(body, headings: false)
        }
        page.raw(format)
        for title in standard {
            if let own = manualSections[title] {
                page.line(".Sh \(title)")
                page.raw(own)
            } else if let body = sections.first(where: { $0.title == title })?.body {
                page.line(".Sh \(title)")
                page.blocks(body, headings: false)
            }
        }
        return page.output
    }

    /// Every command `help` lists, with its subcommands after it.
    static func visibleCommands(_ commands: [ParsableCommand.Type], path: [String]) -> [(type: ParsableCommand.Type, path: [String])] {
        commands.filter { $0.configuration.shouldDisplay }.flatMap { command in
            let here = path + [command._commandName]
            return [(command, here)] + visibleCommands(command.configuration.subcommands, path: here)
        }
    }

    /// The journal format in brief; docs/format.md has it all.
    static let format = #"""
        .Sh FORMAT
        A journal is a folder of Markdown files, one per job application.
        Each file opens with YAML front matter between
        .Ql \-\-\-
        lines, holding the facts: the company and the position, the status, when you
        applied, the contacts, interviews, references, promises and the offer.
        Below it come your notes in Markdown: headings and list items that begin
        with a date
        .Pq Ql "\-\~2026\-11\-19 Interviewed with Mr.\& Jones"
        are the application's activity, best kept under
        .Ql "## Log" ,
        and
        .Ql "\- [ ]"
        items are tasks.
        Dates are written YYYY\-MM\-DD.
        .Bd -literal -offset indent
        \-\-\-
        company: ABC Company
        position: Senior Sales Consultant
        applied: 2026\-11\-09
        interviews:
          \- date: 2026\-11\-19
            with: [Robert Jones]
            next\-step: 2026\-11\-23
        references:
          \- name: Dana Smith
            briefed: 2026\-11\-20
        \-\-\-
        ## Log
        \- 2026\-11\-19 Interviewed with Mr.\& Jones (round 1).
        .Ed
        .Pp
        Markdown files without application keys in their front matter are not
        applications:
        .Nm
        passes over them, and
        .Cm check
        says why.
        .Pa docs/format.md
        in the source describes every key, status word and setting.

        """#

    /// The sections that only the manual has, in the order man pages keep them.
    static let manualSections: [String: String] = [
        "ENVIRONMENT": #"""
            .Bl -tag -width Ds
            .It Ev JOBJOURNAL_DIR
            The journal folder, when
            .Fl \-dir
            is not given.
            .It Ev JOBJOURNAL_TODAY
            The day to treat as today, YYYY\-MM\-DD, when
            .Fl \-today
            is not given.
            .It Ev JOBJOURNAL_NO_CACHE
            When set to 1 (anything but empty or 0), as
            .Fl \-no\-cache :
            every file is read and parsed, and the caches are neither used nor written.
            .It Ev XDG_CACHE_HOME
            Where the caches are kept: in its
            .Pa jobjournal
            folder; else in
            .Pa ~/.cache/jobjournal .
            .It Ev COLUMNS
            The width that text output and help fit, else the terminal's width, else 80.
            .It Ev NO_COLOR
            When set and not empty, no colour with
            .Fl \-color Cm auto .
            .El

            """#,
        "FILES": #"""
            .Bl -tag -width Ds
            .It Pa .jobjournal.yaml
            The journal's settings; its folder is the journal root.
            .Cm init
            writes one with every setting explained.
            .It Pa template.md
            In the journal root: the template for
            .Cm new .
            .It Pa $XDG_CACHE_HOME/jobjournal/
            The caches, up to three files for each journal, named from its folder: the
            parse cache
            .Pq Pa *.parse-cache ,
            what each file of the journal parsed to, with its size and times, so that a file
            that has not changed is not parsed again; the day's actions
            .Pq Pa *.actions-cache ,
            written by
            .Cm due
            and
            .Cm report ,
            so that an application whose file has not changed is not put through the
            playbook again that day; and the day's agenda as JSON
            .Pq Pa *.agenda-cache ,
            written by
            .Cm due Fl -format Ar json ,
            so that its actions are not written out again either.
            Used only when the folder is the user's own, a folder that no one else may
            write into, and each file a regular file: never read or written through a
            symbolic link.
            Safe to delete at any time.
            .El

            """#,
        "SEE ALSO": #"""
            In the source:
            .Pa README.md ,
            .Pa docs/format.md ,
            .Pa docs/editing.md ,
            .Pa docs/json.md ,
            .Pa docs/editors.md .

            """#,
    ]
}

/// What a command's help says of it, read from the help unwrapped: the usage after
/// `USAGE:`, and the entries of ARGUMENTS, OPTIONS and any other group of options.
struct CommandHelp {
    struct Entry {
        var label: String
        var text: String
    }

    var abstract: String
    var discussion: String
    var usage = ""
    var entries: [Entry] = []

    init(_ command: ParsableCommand.Type) {
        abstract = command.configuration.abstract
        discussion = command.configuration.discussion
        let help = ObjectIdentifier(command) == ObjectIdentifier(JobJournalCommand.self)
            ? JobJournalCommand.helpMessage(columns: HelpLayout.unwrapped)
            : JobJournalCommand.helpMessage(for: command, columns: HelpLayout.unwrapped)
        var section: String? = nil
        for line in HelpLine.lines(of: help) {
            let text = line.text
            if text.hasPrefix("USAGE: ") {
                usage = String(text.dropFirst(7))
            } else if text.isEmpty {
                section = nil
            } else if !usage.isEmpty && text.first != " " && text.hasSuffix(":") {
                section = text == "SUBCOMMANDS:" ? nil : text
            } else if section != nil {
                if let label = line.label {
                    entries.append(Entry(label: label, text: line.rest))
                } else if line.indent >= HelpLayout.deep, !entries.isEmpty {
                    // A description under a label too long to have it beside.
                    entries[entries.count - 1].text += (entries[entries.count - 1].text.isEmpty ? "" : " ") + line.rest
                } else {
                    entries.append(Entry(label: line.rest, text: ""))
                }
            }
        }
    }
}

/// A discussion read back by its shape (see `Manual`).
enum Discussion {
    struct Block {
        /// The heading in capitals the block is under, if any.
        var title: String?
        var parts: [Part]
    }

    enum Part {
        case heading(String)
        case prose(String)
        case list([HelpLine])
    }

    static func isTitle(_ line: Substring) -> Bool {
        line.count > 1 && line.allSatisfy { ("A"..."Z").contains($0) || $0 == " " }
    }

    /// Paragraphs (between blank lines), each cut into its heading, prose and lists; a
    /// paragraph without a heading of its own stays under the previous one's.
    static func blocks(_ discussion: String) -> [Block] {
        var blocks: [Block] = []
        var title: String? = nil
        for paragraph in discussion.split(separator: "\n\n") {
            var parts: [Part] = []
            for line in paragraph.split(separator: "\n") {
                if isTitle(line) {
                    title = String(line)
                    parts.append(.heading(String(line)))
                } else if line.first == " " {
                    if case .list(let items) = parts.last {
                        parts[parts.count - 1] = .list(items + [HelpLine(line)])
                    } else {
                        parts.append(.list([HelpLine(line)]))
                    }
                } else if case .prose(let text) = parts.last {
                    parts[parts.count - 1] = .prose(text + " " + line)
                } else {
                    parts.append(.prose(String(line)))
                }
            }
            blocks.append(Block(title: title, parts: parts))
        }
        return blocks
    }
}

/// mdoc being written: text filled by the formatter, one sentence a line and no input line
/// over 80 bytes (as `mandoc -T lint` wants), every `-` a `\-` so options copy as typed, and
/// a long word (an action id) allowed to break after its slashes.
struct Mdoc {
    var output = ""
    var lastLine = ""

    mutating func line(_ line: String) {
        output += line + "\n"
        lastLine = line
    }

    mutating func lines(_ lines: [String]) { for l in lines { line(l) } }

    mutating func raw(_ mdoc: String) {
        output += mdoc
        lastLine = String(mdoc.split(separator: "\n").last ?? "")
    }

    /// A new paragraph, but not at the start of a section, which is one already.
    mutating func paragraph() {
        if !lastLine.hasPrefix(".Sh ") && !lastLine.hasPrefix(".Ss ") { line(".Pp") }
    }

    /// Prose, filled.
    mutating func text(_ prose: String) {
        for sentence in Self.sentences(prose) {
            // 76: room for the guards a line may get.
            for piece in Self.pieces(sentence, limit: 76) { line(piece.hasPrefix(".") || piece.hasPrefix("'") ? "\\&" + piece : piece) }
        }
    }

    mutating func blocks(_ blocks: [Discussion.Block], headings: Bool) {
        for block in blocks {
            for part in block.parts {
                switch part {
                case .heading(let title):
                    guard headings else { continue }
                    paragraph()
                    line(".Sy " + Self.macroWords(title.prefix(1) + title.dropFirst().lowercased()))
                case .prose(let prose):
                    paragraph()
                    text(prose)
                case .list(let items):
                    list(items)
                }
            }
        }
    }

    /// Indented lines: a tag list when they have two columns, else a bullet a line, so that
    /// where a long example goes on is plain.
    mutating func list(_ items: [HelpLine]) {
        if items.allSatisfy({ $0.label != nil }) {
            let widest = items.map { $0.label!.count }.max() ?? 0
            line(".Bl -tag -width " + (widest <= 12 ? "\(widest + 2)n" : "Ds") + " -compact")
            for item in items {
                line(".It " + Self.macroWords(item.label!))
                text(item.rest)
            }
        } else {
            line(".Bl -bullet -compact")
            for item in items {
                line(".It")
                text(item.rest)
            }
        }
        line(".El")
    }

    /// A command's subsection: its usage, abstract, discussion, arguments and options (less
    /// those every command has, listed once under DESCRIPTION).
    mutating func command(_ help: CommandHelp, path: [String], skipping: Set<String>) {
        line(".Ss " + (["jobjournal"] + path).joined(separator: " "))
        line(".Nm")
        line(".Cm " + path.map { Self.escape($0) }.joined(separator: " "))
        var usage = help.usage.split(separator: " ").map(String.init)
        if usage.first == "jobjournal" { usage.removeFirst() }
        for word in path where usage.first == word { usage.removeFirst() }
        for item in Self.usageItems(usage.joined(separator: " ")) { line("." + item) }
        line(".Pp")
        text(help.abstract)
        blocks(Discussion.blocks(help.discussion), headings: true)
        options(help.entries.filter { !skipping.contains($0.label) })
    }

    mutating func options(_ entries: [CommandHelp.Entry]) {
        guard !entries.isEmpty else { return }
        line(".Bl -tag -width Ds")
        for entry in entries {
            line(".It " + Self.optionLabel(entry.label))
            if !entry.text.isEmpty { text(entry.text) }
        }
        line(".El")
    }

    // MARK: Words

    /// Text for a text line. A word that is not plain prose (`$JOBJOURNAL_TODAY`,
    /// `REPORT.md`, an id) is kept from being hyphenated, unless `keepWhole` is false (a
    /// macro argument joined to text before it, where the guard would be a break point).
    static func escape(_ text: String, keepWhole: Bool = true) -> String {
        var core = Substring(text)
        while let first = core.first, "(\"'".contains(first) { core = core.dropFirst() }
        while let last = core.last, ".,;:!?)\"'".contains(last) { core = core.dropLast() }
        let plain = !keepWhole || text.contains(" ") || (core.allSatisfy(\.isLetter) && core.dropFirst().allSatisfy(\.isLowercase))
        var out = plain ? "" : "\\%"
        for c in text {
            switch c {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            case "/" where text.count > 40: out += "/\\:"
            default: out.append(c)
            }
        }
        return out
    }

    /// Words for a macro line, each guarded so that none is read as a macro or a delimiter.
    static func macroWords<S: StringProtocol>(_ text: S) -> String {
        text.split(separator: " ").map { "\\&" + escape(String($0)).replacingQuotes() }.joined(separator: " ")
    }

    /// `-o, --output <file>` as `Fl o , Fl \-output Ar file`.
    static func optionLabel(_ label: String) -> String {
        label.split(separator: ",").map { part in
            part.split(separator: " ").map { word -> String in
                // Their own words, which the macros join to the dash before them.
                if word.hasPrefix("<") && word.hasSuffix(">") { return "Ar " + escape(String(word.dropFirst().dropLast()), keepWhole: false) }
                if word.hasPrefix("-") { return "Fl " + escape(String(word.dropFirst()), keepWhole: false) }
                if word == "..." { return "..." }
                return "\\&" + escape(String(word))
            }.joined(separator: " ")
        }.joined(separator: " , ")
    }

    /// ArgumentParser's usage (`[--dir <dir>] <action-id> [--via <via>]`) as mdoc lines
    /// without their dot: `Op Fl \-dir Ar dir`, `Ar action\-id`, ...
    static func usageItems(_ usage: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for c in usage {
            if c == " " && depth == 0 {
                if !current.isEmpty { items.append(current) }
                current = ""
                continue
            }
            if c == "[" { depth += 1 }
            if c == "]" { depth -= 1 }
            current.append(c)
        }
        if !current.isEmpty { items.append(current) }
        return items.map(usageItem)
    }

    static func usageItem(_ item: String) -> String {
        if item.hasPrefix("[") && item.hasSuffix("]") {
            return "Op " + usageItems(String(item.dropFirst().dropLast())).joined(separator: " ")
        }
        return optionLabel(item)
    }

    /// Each sentence of `prose`, escaped. A title before a name (`Mr.`) is no sentence's end.
    static func sentences(_ prose: String) -> [String] {
        var sentences: [String] = []
        var current: [String] = []
        let words = prose.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() {
            var escaped = escape(word)
            let next: String? = index + 1 < words.count ? words[index + 1] : nil
            // Typed step by step: a string literal may be any type that takes one, and the
            // packages linked add such types, which made the one expression too slow to check.
            let bare: Substring = word.trimmingSuffix(String("\"")).trimmingSuffix(String(")"))
            let stops: String = ".?!"
            let ends: Bool = bare.last.map { stops.contains($0) } ?? false
            let opening: Set<Character> = ["\"", "("]
            let startsSentence: Bool = next.map { $0.drop { opening.contains($0) }.first?.isUppercase ?? false } ?? false
            if ends && ["Mr.", "Ms.", "Mrs.", "Dr."].contains(word) {
                escaped += "\\&"
                current.append(escaped)
            } else if ends && startsSentence {
                current.append(escaped)
                sentences.append(current.joined(separator: " "))
                current = []
            } else {
                current.append(escaped)
            }
        }
        if !current.isEmpty { sentences.append(current.joined(separator: " ")) }
        return sentences
    }

    /// A sentence cut at spaces into lines of at most `limit` bytes; a line that ends in a
    /// full stop mid-sentence is guarded, so that it is not taken for a sentence's end.
    static func pieces(_ sentence: String, limit: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in sentence.split(separator: " ") {
            if !current.isEmpty && current.utf8.count + 1 + word.utf8.count > limit {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
            // A word too long for a line goes on over several, joined by `\c`, at its
            // break points.
            while current.utf8.count > limit, let cut = current.ranges(of: "/\\:").last(where: { current[..<$0.upperBound].utf8.count <= limit - 2 }) {
                lines.append(current[..<cut.upperBound] + "\\c")
                current = String(current[cut.upperBound...])
            }
        }
        lines.append(current)
        return lines.enumerated().map { index, line in
            index < lines.count - 1 && (line.last.map { ".?!".contains($0) } ?? false) ? line + "\\&" : line
        }
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self[...]
    }

    func replacingQuotes() -> String {
        var out = ""
        for c in self { if c == "\"" { out += "\\(dq" } else { out.append(c) } }
        return out
    }
}

private extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self
    }
}
