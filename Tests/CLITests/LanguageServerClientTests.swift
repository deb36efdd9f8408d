import Foundation
import Testing

/// `jobjournal lsp` driven by real clients: the pytest-lsp suite in Tests/LSP (a scripted
/// session, the edits of done and draft --append, diagnostics equal to check's for
/// journal-example and the hostile corpus), and headless Neovim set up as
/// editors/neovim/jobjournal.lua sets it up. Skipped with a note where a client is missing,
/// except on CI (ExternalToolsTests).
@Suite("The language server with real clients")
struct LanguageServerClientTests {
    @Test("pytest-lsp: the sessions in Tests/LSP pass")
    func pytestLSP() throws {
        guard ExternalTools.pytestLSP, let python = ExternalTools.python else { return }
        var environment = ProcessInfo.processInfo.environment
        environment["JOBJOURNAL_EXECUTABLE"] = executable.path
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        environment["XDG_CACHE_HOME"] = testCacheHome
        let run = try runProgram(URL(fileURLWithPath: python), ["-m", "pytest", "Tests/LSP", "-q", "-p", "no:cacheprovider"],
                                 in: packageRoot, environment: environment, timeout: 300)
        #expect(run.status == 0, "pytest Tests/LSP:\n\(run.stdout)\n\(run.stderr)")
    }

    @Test("Neovim: open, type, quick fix, hover, complete, definition, mark done, save, stop")
    func neovim() throws {
        guard let nvim = ExternalTools.neovim else { return }
        let dir = try copyOfExample()
        let done = try copyOfExample()
        let out = dir.appendingPathComponent("session.txt")
        let environment = [
            "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_CACHE_HOME": testCacheHome, "JJ_EXE": executable.path, "JJ_DIR": dir.path,
            "JJ_OUT": out.path, "JJ_SETUP": packageRoot.appendingPathComponent("editors/neovim/jobjournal.lua").path,
        ]
        let script = packageRoot.appendingPathComponent("Tests/LSP/neovim-session.lua").path
        _ = try runProgram(URL(fileURLWithPath: nvim), ["--headless", "-u", "NONE", "-i", "NONE", "-c", "luafile \(script)"],
                           in: dir, environment: environment, timeout: 120)
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == [
            "attached true",
            "diagnostic 27:0 near-miss-key unknown key 'refrences' in application; did you mean 'references'?",
            "quickfix Change the key to 'references'",
            "diagnostics after the fix 0",
            "hover **Interview on Thursday 2026-11-19** (7 days ago), round 1, with Mr. Jones",
            "completion Robert Jones, Linda Park",
            "definition line 9 is   - name: Robert Jones",
            "code action Mark done: Ask Mr. Jones about the status: you expected to hear by 2026-11-23 (2 days overdue)",
            "stopped true",
        ])
        // What Neovim saved is what `done` writes.
        let file = "abc-company-senior-sales-consultant.md"
        try jobjournal(["done", "abc-company-senior-sales-consultant/status-inquiry/2026-11-23", "--today", exampleDay], in: done)
        #expect(try contents(dir.appendingPathComponent(file)) == contents(done.appendingPathComponent(file)))
    }

    @Test("scripts/lsp-bench.py runs on a small journal (its timings are not tested: they would be flaky)")
    func benchmarkScript() throws {
        guard let python = ExternalTools.python else { return }
        let run = try runProgram(URL(fileURLWithPath: python),
                                 ["scripts/lsp-bench.py", "--exe", executable.path, "--apps", "20", "--changes", "4", "--runs", "1"],
                                 in: packageRoot, environment: ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_CACHE_HOME": testCacheHome, "PYTHONDONTWRITEBYTECODE": "1"],
                                 timeout: 120)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("diagnostics after a one-character change in a 100 KB file, 4 changes: median"))
        #expect(run.stdout.contains("20 applications: report --format json median"))
    }
}
