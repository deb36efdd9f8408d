import Foundation
import Testing

/// The README's examples, run as a reader would run them: from the repository's folder (a
/// copy of it, since some write), after the `export` the README states once, through a shell.
@Suite("The README's examples run as written")
struct ReadmeExampleTests {
    static let export = "export JOBJOURNAL_DIR=journal-example JOBJOURNAL_TODAY=2026-11-26"

    /// One `$ command` of a console block and the lines shown after it.
    struct Example: CustomStringConvertible {
        var command: String
        var shown: [String]
        var description: String { command }
    }

    /// Every command of every ```console block, in order.
    static func examples() throws -> [Example] {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var examples: [Example] = []
        var inConsole = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                inConsole = line == "```console"
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ ") {
                examples.append(Example(command: String(line.dropFirst(2)), shown: []))
            } else if !examples.isEmpty {
                examples[examples.count - 1].shown.append(line)
            }
        }
        return examples
    }

    @Test("the README states the export once, and every console example prints what it shows")
    func examplesRun() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.components(separatedBy: Self.export).count == 2)
        let examples = try Self.examples()
        #expect(examples.count >= 10)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("journal-example"), to: root.appendingPathComponent("journal-example"))
        var environment = ["PATH": executableFolder + ":/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_CACHE_HOME": testCacheHome, "COLUMNS": "80", "EDITOR": "true"]
        for assignment in Self.export.dropFirst("export ".count).split(separator: " ") {
            let parts = assignment.split(separator: "=", maxSplits: 1)
            environment[String(parts[0])] = String(parts[1])
        }
        var lastStatus: Int32 = 0
        for example in examples {
            if example.command.contains("| jq"), ExternalTools.jq == nil { continue }
            let run: Run
            if example.command == "echo $?" {
                run = Run(status: 0, stdout: "\(lastStatus)\n", stderr: "")
            } else {
                run = try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", example.command], in: root, environment: environment, timeout: 60)
            }
            lastStatus = run.status
            #expect(run.status == 0, "\(example): \(run.stderr)")
            #expect(run.stderr == "", "\(example)")
            Self.compare(run.stdout, with: example)
        }
    }

    /// Lines up to the first that is cut short (`...`) are the output's first lines, exactly;
    /// after it, each line shown is one of the output's. Without a cut, the output is the lines.
    static func compare(_ output: String, with example: Example, sourceLocation: SourceLocation = #_sourceLocation) {
        var shown = example.shown
        while shown.last == "" { shown.removeLast() }
        let actual = output.isEmpty ? [] : output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(output.hasSuffix("\n") ? 1 : 0)
        guard let cut = shown.firstIndex(where: { $0.hasPrefix("...") || $0.hasSuffix("...") }) else {
            #expect(Array(actual) == shown, "\(example) prints otherwise than the README shows", sourceLocation: sourceLocation)
            return
        }
        #expect(Array(actual.prefix(cut)) == Array(shown[..<cut]), "\(example) starts otherwise than the README shows", sourceLocation: sourceLocation)
        let lines = Set(actual)
        for line in shown[cut...] where !line.hasPrefix("...") && !line.hasSuffix("...") {
            #expect(lines.contains(line), "\(example): README line not in the output: \(line)", sourceLocation: sourceLocation)
        }
    }
}
