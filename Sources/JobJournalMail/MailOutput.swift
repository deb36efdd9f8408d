import JobJournalCore
import JobJournalReport

/// The proposals as text for a person and as JSON for editors and scripts (docs/json.md).
public enum MailOutput {
    /// One block per proposal: what would be recorded, then the message that shows it.
    public static func text(_ match: MailMatcher.Match, applied: Bool) -> String {
        var out = ""
        for proposal in match.proposals {
            switch proposal.what {
            case .action(let id, _): out += "\(proposal.file): done \(id) --date \(proposal.day) --via email\n"
            case .entry(let text): out += "\(proposal.file): log \(proposal.day) \(Terminal.plain(text))\n"
            }
            out += evidence(proposal.evidence)
        }
        for ambiguity in match.ambiguous {
            out += "ambiguous, not \(applied ? "applied" : "proposed"): the message is about \(ambiguity.files.joined(separator: " and "))\n"
            out += evidence(ambiguity.evidence)
        }
        let count = match.proposals.count
        if count == 0 {
            out += "nothing to record\n"
        } else if !applied {
            out += "\(count) to record; run with --apply to write \(count == 1 ? "it" : "them")\n"
        }
        return out
    }

    private static func evidence(_ e: MailEvidence) -> String {
        var line = "    \(e.day) from \(names(e.from)) to \(names(e.to + e.cc))"
        line += ": \"\(Terminal.plain(e.subject ?? ""))\" <\(Terminal.plain(e.messageID))> (\(Terminal.plain(e.source)))\n"
        return line
    }

    private static func names(_ addresses: [MailAddress]) -> String {
        addresses.isEmpty ? "nobody" : addresses.map { Terminal.plain($0.description) }.joined(separator: ", ")
    }

    /// `{"schema": 1, "proposals": [...], "ambiguous": [...]}`.
    public static func json(_ match: MailMatcher.Match) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("schema", 1)
        w.key("proposals")
        w.beginArray()
        for proposal in match.proposals {
            w.beginObject()
            switch proposal.what {
            case .action(let id, let kind):
                w.field("action", id)
                w.field("kind", kind.rawValue)
            case .entry(let text):
                w.field("entry", text)
            }
            w.field("file", proposal.file)
            w.field("day", proposal.day)
            w.field("summary", proposal.summary)
            write(proposal.evidence, to: &w)
            w.endObject()
        }
        w.endArray()
        w.key("ambiguous")
        w.beginArray()
        for ambiguity in match.ambiguous {
            w.beginObject()
            w.field("files", ambiguity.files)
            write(ambiguity.evidence, to: &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output
    }

    private static func write(_ e: MailEvidence, to w: inout JSONWriter) {
        w.key("evidence")
        w.beginObject()
        w.field("day", e.day)
        w.key("from")
        addresses(e.from, to: &w)
        w.key("to")
        addresses(e.to, to: &w)
        w.key("cc")
        addresses(e.cc, to: &w)
        w.field("subject", e.subject)
        w.field("message-id", e.messageID)
        w.field("source", e.source)
        w.endObject()
    }

    private static func addresses(_ list: [MailAddress], to w: inout JSONWriter) {
        w.beginArray()
        for a in list {
            w.beginObject()
            w.field("name", a.name)
            w.field("address", a.address)
            w.endObject()
        }
        w.endArray()
    }
}
