import JobJournalCore
import JobJournalIO
import JobJournalPlaybook

/// A new application file from a template: its safe name in the journal, and its text.
public enum NewApplication {
    /// The built-in template. `{{company}}`, `{{position}}`, `{{applied}}`, `{{link}}` and
    /// `{{today}}` are filled in; a line whose placeholder has no value (no `--link`) is left
    /// out. In the front matter values are quoted as YAML needs, so a template must not quote
    /// them itself.
    public static let builtInTemplate = """
        ---
        company: {{company}}
        position: {{position}}
        applied: {{applied}}
        link: {{link}}
        # status: applied, interviewing, offer, accepted, declined, rejected or withdrawn
        # contacts:
        #   - name: Robert Jones
        #     salutation: Mr. Jones
        #     role: Sales Director
        #     email: r.jones@example.com
        #     prefers: email
        # interviews:
        #   - date: YYYY-MM-DD
        #     with: [Robert Jones]
        #     next-step: YYYY-MM-DD
        # references:
        #   - name: Dana Smith
        #     relation: former manager
        ---

        # {{company}}: {{position}}

        ## Notes

        <!-- After an interview, a heading with its date and these lines give the drafts what to say:
        ### YYYY-MM-DD Interview with Mr. Jones
        - Resonated: what you heard that you liked (the thank-you note says so)
        - Clarify: what you want to put better, as you would say it in the note
        - Interested in: what the interviewer cared about (for briefing your references)
        -->

        ## Log

        - {{applied}} Applied.

        """

    /// The template file a journal root may hold to replace the built-in one.
    public static let templateFileName = "template.md"

    /// A template's text, nil when the file cannot be read.
    public static func readTemplate(_ path: String) -> String? {
        FileSystem.kind(of: path) == .file ? FileSystem.readText(path) : nil
    }

    /// `abc-company-senior-sales-consultant.md`, or nil when neither gives a letter or digit.
    public static func fileName(company: String, position: String) -> String? {
        let company = Slug.make(company, maxLength: 60)
        guard !company.isEmpty else { return nil }
        let position = Slug.make(position, maxLength: 60)
        return (position.isEmpty ? company : company + "-" + position) + ".md"
    }

    /// A file name given by the user, refused when it would leave the journal or hide the
    /// file: a path (`../x`, `/tmp/x`, `sub/x`), a leading dot, or control characters.
    /// `.md` is added when it has no Markdown extension.
    public static func checkedFileName(_ name: String) throws(EditRefusal) -> String {
        if name.isEmpty { throw EditRefusal("the file name is empty") }
        if name.contains("/") || name.contains("\\") {
            throw EditRefusal("'\(name)' is a path; give a file name only: the file goes in the journal folder")
        }
        if name.hasPrefix(".") { throw EditRefusal("'\(name)' starts with a dot: jobjournal skips hidden files") }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw EditRefusal("the file name has control characters")
        }
        return FileSystem.isMarkdown(name) ? name : name + ".md"
    }

    public struct Fields: Sendable {
        public var company: String
        public var position: String
        public var applied: Day?
        public var link: String?
        public var today: Day

        public init(company: String, position: String, applied: Day? = nil, link: String? = nil, today: Day) {
            self.company = company
            self.position = position
            self.applied = applied
            self.link = link
            self.today = today
        }
    }

    /// The template with the fields filled in.
    public static func render(_ template: String, _ fields: Fields) -> String {
        let values: [String: String?] = [
            "company": fields.company, "position": fields.position, "applied": fields.applied?.description,
            "link": fields.link, "today": fields.today.description,
        ]
        var out: [Substring] = []
        var frontMatter = 0  // 0 before, 1 inside, 2 after
        var lines = template.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        lineLoop: for (i, line) in lines.enumerated() {
            let bare = line.hasSuffix("\r") ? line.dropLast() : line
            if bare == "---" && frontMatter < 2 && (i == 0 || frontMatter == 1) {
                frontMatter += 1
                out.append(line)
                continue
            }
            var filled = ""
            var rest = line
            while let open = rest.range(of: "{{") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let name = String(rest[open.upperBound..<close.lowerBound]).trimmingSpaces
                filled += rest[..<open.lowerBound]
                guard let known = values[name] else {
                    filled += rest[open.lowerBound..<close.upperBound]
                    rest = rest[close.upperBound...]
                    continue
                }
                guard let value = known else { continue lineLoop }
                let text = EditableFile.oneLine(value)
                // Days stay plain, as dates; text is quoted where a YAML reader would read it otherwise.
                filled += frontMatter == 1 ? YAMLText.scalar(text, as: ["applied", "today"].contains(name) ? .day : .text) : text
                rest = rest[close.upperBound...]
            }
            out.append(Substring(filled + rest))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
