/// What `jobjournal init` writes: the settings file with every setting explained, and the
/// git pre-commit hook that checks the staged application files.
public enum JournalSetup {
    public static let settingsText = """
        # jobjournal settings. The folder holding this file is the journal: jobjournal finds
        # it by looking upward from the current folder. Every setting is optional; each is
        # shown with its default. See docs/format.md.

        # Your name, to sign drafted messages with (jobjournal draft).
        # name: Jane Doe

        # After a final round, how many days of quiet (no interview, note, log entry, ...)
        # before checking in with the employer, and asking your references whether anyone
        # has called them.
        # check-in-days: 7

        # How many days ahead 'jobjournal due' looks for what is coming up.
        # within: 7

        # Makes calendar event ids unique to this journal.
        # domain: jobjournal.invalid

        # Files larger than this many bytes are reported, not read.
        # max-file-size: 16777216

        """

    /// The line that marks a hook as jobjournal's, so `init --git` may update it.
    public static let hookMarker = "# jobjournal pre-commit hook"

    /// A POSIX shell hook: for each staged Markdown file under the journal, `git show :file`
    /// (the staged content, not the working copy) piped to `jobjournal check --stdin-filename`.
    /// `journal` is the journal folder relative to the top of the repository; `fallback` the
    /// jobjournal to run when none is on PATH.
    public static func hookText(journal: String, fallback: String) -> String {
        """
        #!/bin/sh
        \(hookMarker) (installed by 'jobjournal init --git').
        # Checks the staged application files, as staged, and stops the commit when one has
        # errors. To commit anyway once: git commit --no-verify
        jobjournal=${JOBJOURNAL:-jobjournal}
        command -v "$jobjournal" >/dev/null 2>&1 || jobjournal=\(shellQuoted(fallback))
        journal=\(shellQuoted(journal))
        cd "$(git rev-parse --show-toplevel)" || exit 2
        git diff --cached --name-only --diff-filter=ACMR -z -- "$journal" | tr '\\0' '\\n' | {
          status=0
          while IFS= read -r file; do
            case "$file" in *.md|*.markdown) ;; *) continue ;; esac
            case "/$file" in */.*) continue ;; esac
            git show ":$file" | "$jobjournal" check --dir "$journal" --stdin-filename "$file" || status=1
          done
          exit $status
        }

        """
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingAll("'", with: "'\\''") + "'"
    }
}
