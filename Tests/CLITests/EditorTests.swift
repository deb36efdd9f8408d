import Foundation
import Testing

/// Runs a program with PATH leading to the built jobjournal; its standard output.
@discardableResult
func runTool(_ tool: String, _ arguments: [String], in directory: URL, status: Int32 = 0,
             sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ["PATH": executableFolder + ":/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_CACHE_HOME": testCacheHome, "TERM": "dumb"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == status, "\(tool) \(arguments) exited \(process.terminationStatus)", sourceLocation: sourceLocation)
    return String(decoding: data, as: UTF8.self)
}

/// Whether a tool `make deps` installs is here; records a failure saying so when not.
func installed(_ tool: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    if FileManager.default.isExecutableFile(atPath: tool) { return true }
    Issue.record("\(tool) is not installed: run 'make deps' (the test needs it)", sourceLocation: sourceLocation)
    return false
}

/// A journal with one error and one warning, in two files.
func journalWithProblems() throws -> URL {
    try makeJournal([
        ".jobjournal.yaml": "",
        "date.md": "---\ncompany: Zeta\nposition: PM\napplied: 2026-02-30\n---\n",
        "notes/typo.md": "---\ncompany: Acme\nposition: Engineer\nrefrences: []\n---\n",
    ])
}

@Suite("Editor set-ups in editors/ read check's output")
struct EditorTests {
    @Test("vim: ':compiler jobjournal' and ':make' fill the quickfix list with an error and a warning")
    func vimCompiler() throws {
        guard installed("/usr/bin/vim") else { return }
        let dir = try journalWithProblems()
        let rtp = packageRoot.appendingPathComponent("editors/vim").path
        let script = "set rtp^=\(rtp) | compiler jobjournal | silent make | call writefile(map(filter(getqflist(), 'v:val.valid'), {_, e -> bufname(e.bufnr) . '|' . e.lnum . '|' . e.col . '|' . e.type . '|' . e.text}), 'qf.txt') | qa!"
        try runTool("/usr/bin/vim", ["-u", "NONE", "-N", "-es", "-c", script], in: dir)
        let entries = try String(contentsOf: dir.appendingPathComponent("qf.txt"), encoding: .utf8).split(separator: "\n")
        #expect(entries == [
            "date.md|4|10|e|2026-02-30 is not a day: February 2026 has 28 days [invalid-date]",
            "notes/typo.md|4|1|w|unknown key 'refrences' in application; did you mean 'references'? [near-miss-key]",
        ])
    }

    @Test("Emacs: compilation-mode finds each problem; the Flymake backend checks an unsaved buffer")
    func emacs() throws {
        guard installed("/usr/bin/emacs") else { return }
        let dir = try journalWithProblems()
        let el = packageRoot.appendingPathComponent("editors/emacs/jobjournal.el").path
        let script = """
            (load "\(el)" nil t)
            (with-temp-buffer
              (insert (shell-command-to-string "jobjournal check 2>/dev/null"))
              (compilation-mode)
              (compilation--ensure-parse (point-max))
              (goto-char (point-min))
              (while (not (eobp))
                (let ((msg (get-text-property (point) 'compilation-message)))
                  (when msg
                    (let ((loc (compilation--message->loc msg)))
                      (princ (format "compile|%s|%s|%s|%s\\n" (caar (compilation--loc->file-struct loc))
                                     (compilation--loc->line loc) (compilation--loc->col loc) (compilation--message->type msg))))))
                (forward-line 1)))
            (find-file "date.md")
            (goto-char (point-min))
            (forward-line 2)
            (insert "status: maybe\\n")
            (let (problems (done nil) (waited 0))
              (jobjournal-flymake (lambda (diagnostics &rest _) (setq problems diagnostics done t)))
              (while (and (not done) (< waited 100)) (accept-process-output nil 0.1) (setq waited (1+ waited)))
              (dolist (d problems)
                (princ (format "flymake|%d|%s|%s\\n" (line-number-at-pos (flymake-diagnostic-beg d))
                               (flymake-diagnostic-type d) (flymake-diagnostic-text d)))))
            """
        try script.write(to: dir.appendingPathComponent("test.el"), atomically: true, encoding: .utf8)
        let output = try runTool("/usr/bin/emacs", ["--batch", "-Q", "-l", "test.el"], in: dir)
        #expect(output.split(separator: "\n") == [
            // compilation-mode columns count from 0 internally and show from 1: the 10 of date.md:4:10.
            "compile|date.md|4|10|2",
            "compile|notes/typo.md|4|1|1",
            "flymake|3|:error|unknown status 'maybe'; use one of saved, applied, interviewing, offer, accepted, declined, rejected, withdrawn, no-response, or give your word a meaning under status-map in .jobjournal.yaml [invalid-status]",
            "flymake|5|:error|2026-02-30 is not a day: February 2026 has 28 days [invalid-date]",
        ])
        // The file on disk was never saved: Flymake checked the buffer.
        #expect(try contents(dir.appendingPathComponent("date.md")) == "---\ncompany: Zeta\nposition: PM\napplied: 2026-02-30\n---\n")
    }

    @Test("VS Code: the problem matcher's pattern reads each line of check's output into its parts")
    func vscodeProblemMatcher() throws {
        let tasks = try JSONSerialization.jsonObject(with: Data(contentsOf: packageRoot.appendingPathComponent("editors/vscode/tasks.json"))) as? [String: Any]
        let task = try #require((tasks?["tasks"] as? [[String: Any]])?.first)
        #expect(task["command"] as? String == "jobjournal check")
        let matcher = try #require(task["problemMatcher"] as? [String: Any])
        let pattern = try #require(matcher["pattern"] as? [String: Any])
        let regex = try NSRegularExpression(pattern: try #require(pattern["regexp"] as? String))
        let dir = try journalWithProblems()
        let run = try jobjournal(["check"], in: dir)
        var parsed: [String] = []
        for line in (run.stdout + run.stderr).split(separator: "\n").map(String.init) {
            let range = NSRange(line.startIndex..., in: line)
            guard let m = regex.firstMatch(in: line, range: range) else { continue }
            func group(_ key: String) -> String {
                guard let index = pattern[key] as? Int, let r = Range(m.range(at: index), in: line) else { return "?" }
                return String(line[r])
            }
            parsed.append(["file", "line", "column", "severity", "code", "message"].map(group).joined(separator: "|"))
        }
        #expect(parsed == [
            "date.md|4|10|error|invalid-date|2026-02-30 is not a day: February 2026 has 28 days",
            "notes/typo.md|4|1|warning|near-miss-key|unknown key 'refrences' in application; did you mean 'references'?",
        ])
    }
}

@Suite("Shell completions and the man page")
struct CompletionAndManualTests {
    func script(_ shell: String) throws -> URL {
        let dir = try copyOfExample()
        let run = try jobjournal(["--generate-completion-script", shell])
        #expect(run.status == 0)
        let url = dir.appendingPathComponent(".completion.\(shell)")
        try run.stdout.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("bash completes APP with the applications' names and ACTION-ID with the ids due")
    func bash() throws {
        let file = try script("bash")
        let dir = file.deletingLastPathComponent()
        func complete(_ words: [String]) throws -> [String] {
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            let line = words.joined(separator: " ")
            let program = """
                source \(file.path)
                COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
                _jobjournal jobjournal '\(words.last!)' '\(words[words.count - 2])'
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            return try runTool("/bin/bash", ["-c", program], in: dir).split(separator: "\n").map(String.init)
        }
        #expect(try complete(["jobjournal", "log", "lake"]) == ["lakeshore-industrial-supply-key-account-manager"])
        #expect(try complete(["jobjournal", "log", ""]).contains("closed/greenfield-media-account-manager"))
        let ids = try complete(["jobjournal", "done", "--today", exampleDay, "abc"])
        #expect(ids == ["abc-company-senior-sales-consultant/status-inquiry/2026-11-23"])
    }

    /// zsh's completion system and fish 3's `commandline` need an interactive terminal, so
    /// for them the test is that the shell reads the script and that the script asks
    /// jobjournal for APP and ACTION-ID through the callback the bash test exercises.
    @Test("zsh and fish read their scripts, which ask jobjournal for APP and ACTION-ID", arguments: ["zsh", "fish"])
    func zshAndFish(shell: String) throws {
        let tool = "/usr/bin/" + shell
        guard installed(tool) else { return }
        let file = try script(shell)
        try runTool(tool, [shell == "zsh" ? "-n" : "--no-execute", file.path], in: file.deletingLastPathComponent())
        let text = try contents(file)
        #expect(text.contains("---completion log -- positional@0"))
        #expect(text.contains("---completion done -- positional@0"))
        #expect(text.contains("---completion draft -- positional@1"))
    }

    @Test("docs/jobjournal.1 is the man page the commands' help makes (make man regenerates it)")
    func manualIsCurrent() throws {
        let run = try jobjournal(["manual"])
        #expect(run.status == 0)
        #expect(run.stdout == (try contents(packageRoot.appendingPathComponent("docs/jobjournal.1"))), "docs/jobjournal.1 is out of date: run 'make man'")
        for command in ["check", "due", "refs", "report", "init", "new", "log", "done", "set", "unset", "draft"] {
            #expect(run.stdout.contains(".Ss jobjournal \(command)\n"))
        }
    }

    @Test("groff reads the man page without warnings", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff"), "groff is not installed"))
    func manualFormats() throws {
        let page = packageRoot.appendingPathComponent("docs/jobjournal.1").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
        process.arguments = ["-mandoc", "-ww", "-z", page]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == "")
    }
}
