import ArgumentParser
import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

import Glibc

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a folder a journal.",
        discussion: """
            Writes .jobjournal.yaml in DIR (default: the current folder, created when \
            missing) with every setting explained and commented out at its default. An \
            existing .jobjournal.yaml is left as it is.

            With --git, also runs 'git init' unless DIR is already in a git repository, and \
            installs a pre-commit hook that runs 'jobjournal check' on the staged application \
            files (as staged) and stops the commit when one has errors. A pre-commit hook \
            that is not jobjournal's is left alone, and the command says what to add to it.

            EXAMPLES
              jobjournal init ~/jobs
              jobjournal init --git

            EXIT STATUS
              0  done
              1  another pre-commit hook is in the way (nothing else was left undone)
              2  bad usage, or a file or git could not be written or run
            """
    )

    @Argument(help: "The folder to make a journal (default: the current folder).", completion: .directory)
    var dir: String = "."

    @Flag(help: "Also set up git: 'git init' when needed, and a pre-commit hook that checks the staged files.")
    var git = false

    func run() throws {
        if !isDirectory(dir) {
            guard mkdir(dir, 0o777) == 0 else { CommandFailure("cannot create \(dir): \(String(cString: strerror(errno)))").exit() }
        }
        let settings = dir == "." ? ".jobjournal.yaml" : dir + "/.jobjournal.yaml"
        let existing = Terminal.plain("\(settings) already exists; left as it is") + "\n"
        if access(settings, F_OK) == 0 {
            writeOut(existing)
        } else {
            do {
                try AtomicWrite.create(settings, bytes: Array(JournalSetup.settingsText.utf8), hook: testHook())
                writeOut(Terminal.plain("created \(settings)") + "\n")
            } catch .refused {
                // Another program made one while this ran: it is never replaced.
                writeOut(existing)
            } catch {
                CommandFailure(error.description).exit()
            }
        }
        if git { setUpGit() }
    }

    private func setUpGit() {
        // Outside a repository git answers "fatal: not a git repository": a no, not a failure.
        let inRepository = runProgram(["git", "-C", dir, "rev-parse", "--is-inside-work-tree"], quiet: true)
        if inRepository == nil { CommandFailure("cannot run git: is it installed?").exit() }
        if inRepository?.status != 0 {
            guard runProgram(["git", "init", "-q", dir])?.status == 0 else { CommandFailure("git init failed in \(dir)").exit() }
            writeOut(Terminal.plain("initialised a git repository in \(dir)") + "\n")
        }
        guard let hooks = runProgram(["git", "-C", dir, "rev-parse", "--git-path", "hooks"]).flatMap({ $0.status == 0 ? $0.output : nil }),
            let prefix = runProgram(["git", "-C", dir, "rev-parse", "--show-prefix"]).flatMap({ $0.status == 0 ? $0.output : nil })
        else { CommandFailure("cannot find the git hooks folder of \(dir)").exit() }
        var hooksDir = hooks.trimmingCharacters(in: "\n")
        if !hooksDir.hasPrefix("/") && dir != "." { hooksDir = dir + "/" + hooksDir }
        let journal = prefix.trimmingCharacters(in: "\n").trimmingCharacters(in: "/")
        let hook = hooksDir + "/pre-commit"
        let notOurs = "it is not jobjournal's; left as it is. To check the journal on commit, add to it:\n" +
            "  git diff --cached --name-only --diff-filter=ACMR -- '*.md' | while read -r f; do git show \":$f\" | jobjournal check --stdin-filename \"$f\" || exit 1; done"
        _ = mkdir(hooksDir, 0o777)
        let text = Array(JournalSetup.hookText(journal: journal.isEmpty ? "." : journal, fallback: executablePath()).utf8)
        do {
            // Our own hook is replaced whole, executable from the moment it is in place;
            // another is never touched, even one put there while this runs.
            if access(hook, F_OK) == 0 {
                try AtomicWrite.update(hook, mode: 0o755, hook: testHook(), safeguards: testSafeguards()) { old throws(EditRefusal) in
                    guard String(decoding: old, as: UTF8.self).contains(JournalSetup.hookMarker) else { throw EditRefusal(notOurs) }
                    return (text, ())
                }
            } else {
                try AtomicWrite.create(hook, bytes: text, mode: 0o755, hook: testHook())
            }
        } catch .refused(let refusal) {
            printError("jobjournal: " + refusal.reported(for: hook))
            Glibc.exit(ExitStatus.problems)
        } catch {
            CommandFailure(error.description).exit()
        }
        writeOut(Terminal.plain("installed the pre-commit hook \(hook)") + "\n")
    }

    private func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }
}
