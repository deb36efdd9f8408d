;;; jobjournal-eglot.el --- jobjournal's language server in Eglot  -*- lexical-binding: t; -*-

;; (load "/path/to/jobjournal/editors/emacs/jobjournal-eglot.el")
;; (add-hook 'markdown-mode-hook #'jobjournal-eglot-ensure)
;; ;; Without markdown-mode, .md files open in fundamental-mode; then:
;; ;; (add-to-list 'auto-mode-alist '("\\.md\\'" . text-mode))
;; ;; (add-hook 'text-mode-hook #'jobjournal-eglot-ensure)
;;
;; Eglot (built into Emacs 29; Debian's elpa-eglot for Emacs 28) then shows check's problems
;; as you type through Flymake, the playbook in ElDoc (hover), completion at point, M-. on
;; an interviewer's name, and M-x eglot-code-actions for "Mark done", the drafts and the
;; quick fixes.  Only files inside a journal get the server: a folder with .jobjournal.yaml
;; above the file, or the folder JOBJOURNAL_DIR names.

;;; Code:

(require 'eglot)

(defcustom jobjournal-lsp-command '("jobjournal" "lsp")
  "The command that runs jobjournal's language server.
Add \"--today\" \"YYYY-MM-DD\" to pin the day, as on the command line."
  :type '(repeat string)
  :group 'tools)

(defun jobjournal-eglot-root (file)
  "The journal FILE belongs to, or nil.
That is the nearest folder upward with .jobjournal.yaml, else the folder
JOBJOURNAL_DIR names if FILE is inside it."
  (let ((env (getenv "JOBJOURNAL_DIR")))
    (or (locate-dominating-file file ".jobjournal.yaml")
        (and env (not (string-empty-p env))
             (file-in-directory-p file env)
             (file-name-as-directory (expand-file-name env))))))

(defun jobjournal-eglot-project (dir)
  "For Eglot only, the journal holding DIR is the project.
The server is then given the journal's folder (not, say, the Git repository
above it), and one server serves each journal."
  (when-let* (((bound-and-true-p eglot-lsp-context))
              (root (jobjournal-eglot-root dir)))
    (cons 'transient root)))

(add-hook 'project-find-functions #'jobjournal-eglot-project)

(defun jobjournal-eglot-ensure ()
  "Start (or join) jobjournal's language server for a file in a journal."
  (when (and buffer-file-name (jobjournal-eglot-root buffer-file-name))
    (eglot-ensure)))

(add-to-list 'eglot-server-programs
             `((markdown-mode gfm-mode text-mode) . ,(lambda (&rest _) jobjournal-lsp-command)))

(provide 'jobjournal-eglot)
;;; jobjournal-eglot.el ends here
