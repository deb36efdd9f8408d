import Foundation
import Testing

/// `jobjournal lsp` driven by real clients: the pytest-lsp suite in Tests/LSP (a scripted
/// session, the edits of done and draft --append, diagnostics equal to check's for
/// journal-example and the hostile corpus), headless Neovim set up as
/// editors/neovim/jobjournal.lua sets it up, and batch Emacs with Eglot set up as
/// editors/emacs/jobjournal-eglot.el sets it up. Skipped with a note where a client is missing,
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

    @Test("Emacs with Eglot: open, type, Flymake, quick fix, hover, complete, definition, mark done, save, a setting changed on disk, stop")
    func emacsEglot() throws {
        guard let emacs = ExternalTools.emacsWithEglot else { return }
        // The journal is a folder of a Git repository: Eglot's project is the journal all the same.
        let repository = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        #expect(try runProgram(URL(fileURLWithPath: "/usr/bin/git"), ["init", "-q", repository.path]).status == 0)
        let dir = repository.appendingPathComponent("jobs")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("journal-example"), to: dir)
        let done = try copyOfExample()
        let out = dir.appendingPathComponent("session.txt")
        let environment = [
            "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "JOBJOURNAL_TODAY": exampleDay, "JJ_EXE": executable.path,
            "JJ_DIR": dir.path, "JJ_OUT": out.path, "JJ_SETUP": packageRoot.appendingPathComponent("editors/emacs/jobjournal-eglot.el").path,
        ]
        let script = packageRoot.appendingPathComponent("Tests/LSP/emacs-session.el").path
        // The script's own watchdog ends it after 90 s; timeout(1) ends it, and the server in
        // its process group, should Emacs itself hang.
        let run = try runProgram(URL(fileURLWithPath: "/usr/bin/timeout"), ["-k", "5", "110", emacs, "--batch", "-Q", "-l", script],
                                 in: dir, environment: environment, timeout: 120)
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(run.status == 0, "emacs exited \(run.status): \(lines.last ?? "")\n\(run.stderr.suffix(8000))")
        #expect(lines == [
            "managed t by jobjournal",
            "project jobs",
            "flymake 28:0 eglot-warning jobjournal [near-miss-key]: unknown key 'refrences' in application; did you mean 'references'?",
            "fixed line references:",
            "diagnostics after the fix 0",
            "hover **Interview on Thursday 2026-11-19** (7 days ago), round 1, with Mr. Jones",
            "completion Robert Jones, Linda Park",
            "definition line 10 is   - name: Robert Jones",
            "code action Mark done: Ask Mr. Jones about the status: you expected to hear by 2026-11-23 (2 days overdue)",
            "modified after save nil",
            "flymake 4 eglot-error jobjournal [invalid-status]: unknown status 'on-hold-until-january'; use one of saved, applied, interviewing, offer, accepted, declined, rejected, withdrawn, no-response, or give your word a meaning under status-map in .jobjournal.yaml",
            "diagnostics after the settings changed 0",
            "stopped t",
        ])
        // What Emacs saved is what `done` writes (the status typed afterwards was not saved).
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
