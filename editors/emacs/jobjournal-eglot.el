;;; jobjournal-eglot.el --- jobjournal's language server in Eglot  -*- lexical-binding: t; -*-

;; (load "/path/to/jobjournal/editors/emacs/jobjournal-eglot.el")
;; (add-hook 'markdown-mode-hook #'eglot-ensure)   ; in a journal, M-x eglot also works
;;
;; Eglot (built into Emacs 29; Debian's elpa-eglot for Emacs 28) then shows check's problems
;; as you type through Flymake, the playbook in ElDoc (hover), completion at point, M-. on
;; an interviewer's name, and M-x eglot-code-actions for "Mark done" and the drafts.

;;; Code:

(require 'eglot)

(defcustom jobjournal-lsp-command '("jobjournal" "lsp")
  "The command that runs jobjournal's language server."
  :type '(repeat string)
  :group 'tools)

(add-to-list 'eglot-server-programs
             `((markdown-mode gfm-mode text-mode) . ,(lambda (&rest _) jobjournal-lsp-command)))

(provide 'jobjournal-eglot)
;;; jobjournal-eglot.el ends here
