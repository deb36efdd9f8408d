import Foundation
import Testing

/// The real readers the tests check output with. `make test` installs them (`make
/// test-deps`); where one is missing its tests are skipped with the reason shown, except on
/// CI, where `ExternalToolsTests` fails instead, so they cannot quietly stop running there.
enum ExternalTools {
    static func executable(_ path: String) -> String? { FileManager.default.isExecutableFile(atPath: path) ? path : nil }

    static let chromium = executable("/usr/bin/chromium")
    static let pdftotext = executable("/usr/bin/pdftotext")
    static let cmarkGFM = executable("/usr/bin/cmark-gfm")
    /// The benchmark's tools: cmark itself, and hyperfine to time it against jobjournal.
    static let cmark = executable("/usr/bin/cmark")
    static let hyperfine = executable("/usr/bin/hyperfine")
    /// jq runs the README's example of reading the JSON report.
    static let jq = executable("/usr/bin/jq")
    /// mandoc lints the man page; man (man-db) shows it as a reader sees it.
    static let mandoc = executable("/usr/bin/mandoc")
    static let man = executable("/usr/bin/man")
    /// `python3` from PATH, as `make test-deps` installs into with pip.
    static let python: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            if let found = executable("\(dir)/python3") { return found }
        }
        return nil
    }()

    static func pythonHas(_ module: String) -> Bool {
        guard let python else { return false }
        return (try? run(python, ["-c", "import \(module)"]).status) == 0
    }

    static let icalendar = pythonHas("icalendar")
    static let jsonschema = pythonHas("jsonschema")
    /// PyYAML, the YAML 1.1 reader most scripts and static-site generators use.
    static let pyyaml = pythonHas("yaml")
    /// The language server's clients: pytest-lsp drives it as an editor would, and Neovim's
    /// built-in client and Emacs's Eglot each run a session headless.
    static let pytestLSP = pythonHas("pytest_lsp")
    static let neovim = executable("/usr/bin/nvim")
    /// Emacs with Eglot: built in from Emacs 29, Debian's elpa-eglot for Emacs 28 (where -Q
    /// leaves it to `package-initialize` to find).
    static let emacsWithEglot: String? = {
        guard let emacs = executable("/usr/bin/emacs") else { return nil }
        let probe = "(progn (require 'package) (add-to-list 'package-directory-list \"/usr/share/emacs/site-lisp/elpa\")"
            + " (package-initialize) (kill-emacs (if (locate-library \"eglot\") 0 1)))"
        return (try? run(emacs, ["--batch", "-Q", "--eval", probe], timeout: 30).status) == 0 ? emacs : nil
    }()

    /// What is missing, as `make test-deps` would install it.
    static var missing: [String] {
        var out: [String] = []
        if chromium == nil { out.append("chromium") }
        if pdftotext == nil { out.append("poppler-utils") }
        if cmarkGFM == nil { out.append("cmark-gfm") }
        if cmark == nil { out.append("cmark") }
        if hyperfine == nil { out.append("hyperfine") }
        if jq == nil { out.append("jq") }
        if mandoc == nil { out.append("mandoc") }
        if man == nil { out.append("man-db") }
        if !icalendar { out.append("python icalendar") }
        if !jsonschema { out.append("python jsonschema") }
        if !pyyaml { out.append("python3-yaml") }
        if !pytestLSP { out.append("python pytest-lsp") }
        if neovim == nil { out.append("neovim") }
        if emacsWithEglot == nil { out.append("elpa-eglot") }
        return out
    }

    /// Runs a tool with a deadline, so a hung browser cannot stall the suite.
    static func run(_ tool: String, _ arguments: [String], stdin: String? = nil, timeout: TimeInterval = 90) throws -> Run {
        try runProgram(URL(fileURLWithPath: tool), arguments, stdin: stdin, timeout: timeout)
    }

    /// Headless Chromium with a throwaway profile; as root it needs --no-sandbox.
    static func chromiumArguments(profile: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         "--user-data-dir=\(profile.path)", "--hide-scrollbars"]
    }
}

@Suite("The external readers")
struct ExternalToolsTests {
    @Test("are installed where the tests run on CI (make test-deps)")
    func installedOnCI() {
        let missing = ExternalTools.missing
        if !missing.isEmpty {
            let message = "not installed: \(missing.joined(separator: ", ")); run 'make test-deps'. The tests that read output with them are skipped."
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record(Comment(rawValue: message))
            } else {
                print("note: \(message)")
            }
        }
    }
}
