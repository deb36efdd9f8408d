// Shared by the tests and the fuzzer: Fuzz/build compiles this file into the fuzz target
// together with the library's sources, as one module, with JOBJOURNAL_FUZZER defined.
#if !JOBJOURNAL_FUZZER
@testable import JobJournal
#endif

/// All that jobjournal does with one file's bytes (layout, encoding check, front matter,
/// body, hygiene warnings, every playbook rule, reference statuses, every renderer), and
/// what must hold for any bytes at all: every diagnostic has a place in the file, and
/// output for a terminal or a JSON reader carries no raw control character from the file.
enum OneFilePipeline {
    /// The example journal's pinned day.
    static let today = Day(year: 2026, month: 11, day: 26)!

    /// Runs the pipeline over `bytes`; returns what did not hold, empty when all did.
    static func run(_ bytes: UnsafeRawBufferPointer) -> [String] {
        var broken: [String] = []
        let parsed = ApplicationFile.parse(bytes, path: "closed/fuzz.md", displayPath: "closed/fuzz.md")
        let diagnostics = parsed.diagnostics + Hygiene.warnings(for: parsed)
        for d in diagnostics where d.location.line < 1 || d.location.column < 1 {
            broken.append("diagnostic without a place in the file: \(DiagnosticFormat.gnu(d))")
        }
        var outputs = [
            ("check", DiagnosticFormat.gnu(diagnostics)),
            ("check --format json", DiagnosticFormat.json(diagnostics, files: 1)),
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
        for (name, output) in outputs {
            if let scalar = output.unicodeScalars.first(where: isRawControl) {
                broken.append("\(name): raw control character U+\(String(scalar.value, radix: 16, uppercase: true)) in\n\(output)")
            }
        }
        return broken
    }

    /// C0 (but the line breaks renderers write), DEL and C1.
    static func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }
}
