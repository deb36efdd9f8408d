import Foundation
import Testing

/// `set` writes a value so that any common YAML reader reads back the very text given:
/// PyYAML (YAML 1.1, what most scripts and static-site generators use) reads every file
/// `set` wrote, and no value left plain may match YAML 1.2's core schema as a null, a
/// boolean or a number. Where the key holds a date, a number or a yes/no, a value written as
/// one stays plain and reads as one.
@Suite("set writes what every YAML reader reads back")
struct SetYAMLReadersTests {
    /// Values a YAML reader could take for something else, or that YAML cannot hold plain.
    static let tricky = [
        "yes", "Yes", "YES", "no", "No", "on", "On", "Off", "OFF", "y", "Y", "n", "N", "true", "False", "TRUE",
        "null", "Null", "NULL", "~", "", "0x1F", "0o17", "017", "0b101", "1_000", "1e3", "1E-3", "6.5", ".5", "5.", "+12",
        "-12", "12:30", "1:20:30", ".inf", "-.Inf", "+.INF", ".NaN", "2026-11-30", "2026-11-30T10:00:00Z",
        "2026-11-30 10:00:00", "2026-1-5", "=", "<<", "- dash", "-dash", "? q", "?q", ": colon", "a: b", "a #b", "#hash",
        "&anchor", "*alias", "!tag", "!!str x", "|pipe", ">gt", "'single", "\"double", "%percent", "@at", "`tick",
        "[a, b]", "{a: b}", ",comma", "trailing:", " lead", "trail ", "tab\there", "line\nbreak", "bell\u{07}",
        "esc\u{1B}[2J", "nel\u{85}x", "ls\u{2028}x", "ps\u{2029}x", "bom\u{FEFF}x", "Ünïcödé ✓", "C#", "3 days",
        "+1 555 0100", "555-0100", "1,000", "$85,000", "https://example.com/a?b=c#d", "...", "---", "x: y: z", "50%",
        "1.2.3", "0", "007", "it's", "say \"hi\"", "back\\slash", "a:b", "a#b", "Acme", "Field Engineer",
    ]

    struct Case {
        var key: String
        var value: String
        /// How PyYAML must read it: its type's name and its `str()`.
        var type: String
        var read: String
    }

    static var cases: [Case] {
        tricky.map { Case(key: "source", value: $0, type: "str", read: $0) } + [
            Case(key: "position", value: "no", type: "str", read: "no"),
            Case(key: "applied", value: "2026-11-30", type: "date", read: "2026-11-30"),
            Case(key: "offer.written", value: "2026-11-30", type: "date", read: "2026-11-30"),
            Case(key: "interviews[0].next-step", value: "2026-12-01", type: "date", read: "2026-12-01"),
            Case(key: "interviews[0].round", value: "2", type: "int", read: "2"),
            Case(key: "interviews[0].round", value: "02", type: "str", read: "02"),
            Case(key: "interviews[0].final", value: "true", type: "bool", read: "True"),
            Case(key: "interviews[0].final", value: "yes", type: "str", read: "yes"),
            Case(key: "status", value: "offer", type: "str", read: "offer"),
        ]
    }

    /// Reads each file's front matter with PyYAML; prints, per file, the type and text of the
    /// value at the key, and whether it was written plain and YAML 1.2's core schema would
    /// read it as something other than text.
    static let reader = #"""
        import json, re, sys, yaml
        core = re.compile(r'^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+'
                          r'|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$')
        out = []
        for path, key in json.load(sys.stdin):
            text = open(path, encoding='utf-8').read()
            front = text.split('\n---\n', 1)[0][4:]
            name = key.split('.')[-1]
            line = next((l for l in front.split('\n') if l.strip().startswith(name + ':')), name + ': (not written)')
            written = line.split(':', 1)[1].strip()
            plain = not written.startswith(('"', "'"))
            try:
                value = yaml.safe_load(front)
                for part in re.findall(r'[^.\[\]]+|\[\d+\]', key):
                    value = value[int(part[1:-1])] if part.startswith('[') else value[part]
                out.append([type(value).__name__, str(value), plain and bool(core.match(written)), written])
            except Exception as error:
                out.append(['error', str(error).replace('\n', ' '), False, written])
        json.dump(out, sys.stdout)
        """#

    @Test("PyYAML reads back exactly the text set wrote, for a hundred tricky values; none left plain is a YAML 1.2 null, boolean or number")
    func readersReadItBack() throws {
        guard let python = ExternalTools.python, ExternalTools.pyyaml else {
            print("note: PyYAML is not installed (make test-deps); skipped")
            return
        }
        let cases = Self.cases
        var files: [String: String] = [:]
        for i in cases.indices {
            files["app-\(i).md"] = "---\ncompany: Acme \(i)\nposition: Buyer\nsource: web\ninterviews:\n  - date: 2026-11-19\n    round: 1\n    final: false\n---\n"
        }
        let dir = try makeJournal(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (i, c) in cases.enumerated() {
            let run = try jobjournal(["set", "--today", "2026-11-26", "--", "app-\(i)", c.key, c.value], in: dir)
            #expect(run.status == 0, "set \(c.key) \(c.value.debugDescription): \(run.stderr)")
        }
        let request = cases.indices.map { [dir.appendingPathComponent("app-\($0).md").path, cases[$0].key] }
        let input = String(decoding: try JSONSerialization.data(withJSONObject: request), as: UTF8.self)
        let read = try ExternalTools.run(python, ["-c", Self.reader], stdin: input)
        #expect(read.status == 0, "\(read.stderr)")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [[Any]])
        #expect(results.count == cases.count)
        for (c, result) in zip(cases, results) {
            let type = result[0] as? String, text = result[1] as? String, core = result[2] as? Bool, written = result[3] as? String ?? ""
            #expect(type == c.type && text == c.read,
                    "\(c.key) set to \(c.value.debugDescription), written \(written): PyYAML reads \(type ?? "?") \(text?.debugDescription ?? "?")")
            if c.type == "str" {
                #expect(core == false, "\(c.key): \(written) is plain and YAML 1.2 reads it as something other than text")
            }
        }
    }
}
