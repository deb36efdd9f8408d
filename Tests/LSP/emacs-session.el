;;; emacs-session.el --- a scripted Eglot session with jobjournal's language server  -*- lexical-binding: t; -*-

;; Run as `emacs --batch -Q -l emacs-session.el' with Eglot set up as
;; editors/emacs/jobjournal-eglot.el sets it up: open a file of the journal, type, see
;; check's warning through Flymake, apply the quick fix, hover, complete, go to a
;; definition, "Mark done", save, see a change to .jobjournal.yaml on disk, shut the
;; server down.  Each step writes a line to $JJ_OUT; the Swift test
;; (Tests/CLITests/LanguageServerClientTests.swift) reads them.  The exit status is 0 when
;; every step ran, 1 when one failed, 2 on the watchdog.
;;
;; Batch Emacs has no command loop: where a user's command would end (after find-file),
;; the script runs `post-command-hook' itself; where the user would stop typing, it runs
;; the idle timers (Eglot sends its didChange from one); it waits in
;; `accept-process-output', where Emacs reads the server and runs the other timers, or in
;; `read-event' where file notifications (events) must arrive too.

;;; Code:

(require 'package)
;; -Q skips Debian's site start-up, which activates the packages elpa-eglot installs.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'cl-lib)
(require 'seq)

(defvar jj-notes nil "The lines written to $JJ_OUT, newest first.")
(defun jj-note (format-string &rest args)
  (push (apply #'format format-string args) jj-notes))
(defun jj-finish (status)
  (with-temp-file (getenv "JJ_OUT")
    (insert (mapconcat #'identity (reverse jj-notes) "\n") "\n"))
  (kill-emacs status))

(defun jj-wait (predicate seconds)
  "Read the server and run timers until PREDICATE holds or SECONDS pass; its value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun jj-pause ()
  "The user stops typing: run the idle timers, as the command loop does once Emacs is idle."
  (dolist (timer (copy-sequence timer-idle-list))
    (timer-event-handler timer)))

(defun jj-diagnostics ()
  (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))

(defun jj-code-action (kind title-prefix)
  "Run `eglot-code-actions' as M-x would at point, picking the action whose title starts
with TITLE-PREFIX from the menu; the title picked."
  (let (picked (last-nonmenu-event ?\r))  ; a key, not a mouse click: the menu is the minibuffer's
    (cl-letf (((symbol-function 'completing-read)
               (lambda (_prompt items &rest _)
                 (setq picked (car (seq-find (lambda (item) (string-prefix-p title-prefix (car item))) items)))
                 picked)))
      (eglot-code-actions (line-beginning-position) (line-end-position) kind t))
    picked))

;; A watchdog: timers run while the script waits, so no step can hang the session.
(run-at-time 90 nil (lambda () (jj-note "watchdog: the session took over 90 seconds") (jj-finish 2)))

(condition-case err
    (progn
      (load (getenv "JJ_SETUP") nil t)
      (require 'eglot)
      ;; The day is pinned by JOBJOURNAL_TODAY, which the server inherits from Emacs.
      (setq jobjournal-lsp-command (list (getenv "JJ_EXE") "lsp"))
      ;; Without markdown-mode (Debian's emacs-nox has none), .md files are text, as the set-up says.
      (unless (fboundp 'markdown-mode)
        (add-to-list 'auto-mode-alist '("\\.md\\'" . text-mode)))
      (add-hook 'text-mode-hook #'jobjournal-eglot-ensure)
      (add-hook 'markdown-mode-hook #'jobjournal-eglot-ensure)

      (find-file (expand-file-name "abc-company-senior-sales-consultant.md" (getenv "JJ_DIR")))
      (run-hooks 'post-command-hook)  ; the end of the command: eglot-ensure connects
      (jj-note "managed %s by %s" (jj-wait (lambda () (bound-and-true-p eglot--managed-mode)) 20)
               (plist-get (eglot--server-info (eglot-current-server)) :name))
      (jj-note "project %s" (file-name-nondirectory (directory-file-name (project-root (eglot--project (eglot-current-server))))))

      ;; Type: misspell a key; check's warning comes back through Flymake.
      (goto-char (point-min))
      (re-search-forward "^references:")
      (beginning-of-line)
      (forward-char 3)
      (delete-char 1)
      (jj-pause)
      (dolist (d (jj-wait #'jj-diagnostics 20))
        (jj-note "flymake %d:%d %s %s" (line-number-at-pos (flymake-diagnostic-beg d))
                 (save-excursion (goto-char (flymake-diagnostic-beg d)) (current-column))
                 (flymake-diagnostic-type d) (flymake-diagnostic-text d)))

      ;; The quick fix, the one action of its kind there, applied without a menu.
      (goto-char (flymake-diagnostic-beg (car (jj-diagnostics))))
      (eglot-code-actions (line-beginning-position) (line-end-position) "quickfix" t)
      (jj-pause)
      (jj-note "fixed line %s" (buffer-substring (line-beginning-position) (line-end-position)))
      (jj-note "diagnostics after the fix %d" (progn (jj-wait (lambda () (null (jj-diagnostics))) 20) (length (jj-diagnostics))))

      ;; Hover on the interview's date, as ElDoc asks for it.
      (goto-char (point-min))
      (re-search-forward "- date: 2026-11-19")
      (backward-char 3)
      (let (hover)
        (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info "none"))))
        (jj-note "hover %s" (car (split-string (jj-wait (lambda () hover) 10) "\n"))))

      ;; Completion at point after "with: [": the contacts' names.
      (goto-char (point-min))
      (re-search-forward "with: \\[")
      (pcase-let ((`(,beg ,_end ,table . ,_) (eglot-completion-at-point)))
        (jj-note "completion %s" (string-join (all-completions (buffer-substring beg (point)) table) ", ")))

      ;; M-. on the interviewer's name leads to the contact.
      (forward-char 3)
      (let* ((xref (car (xref-backend-definitions 'eglot (xref-backend-identifier-at-point 'eglot))))
             (marker (xref-location-marker (xref-item-location xref))))
        (jj-note "definition line %d is %s" (with-current-buffer (marker-buffer marker) (line-number-at-pos marker))
                 (with-current-buffer (marker-buffer marker)
                   (save-excursion (goto-char marker) (buffer-substring (line-beginning-position) (line-end-position))))))

      ;; Mark the status inquiry done, from the menu of code actions, and save.
      (goto-char (point-min))
      (jj-note "code action %s" (jj-code-action nil "Mark done: Ask Mr. Jones"))
      (save-buffer)
      (jj-note "modified after save %s" (buffer-modified-p))

      ;; A file changed on disk: an unknown status word is an error until .jobjournal.yaml,
      ;; written as from a terminal, gives it a meaning.  Eglot watches the files the server
      ;; asked for; file notifications reach batch Emacs as events, read by `read-event'.
      (goto-char (point-min))
      (re-search-forward "^status: interviewing")
      (replace-match "status: on-hold-until-january")
      (jj-pause)
      (dolist (d (jj-wait #'jj-diagnostics 20))
        (jj-note "flymake %d %s %s" (line-number-at-pos (flymake-diagnostic-beg d))
                 (flymake-diagnostic-type d) (flymake-diagnostic-text d)))
      (with-temp-buffer
        (insert "status-map:\n  on-hold-until-january: interviewing\n")
        (append-to-file (point-min) (point-max) (expand-file-name ".jobjournal.yaml" (getenv "JJ_DIR"))))
      (jj-note "diagnostics after the settings changed %d"
               (progn (jj-wait (lambda () (read-event nil nil 0.05) (null (jj-diagnostics))) 20)
                      (length (jj-diagnostics))))

      (let ((server (eglot-current-server)))
        (eglot-shutdown server)
        (jj-note "stopped %s" (not (jsonrpc-running-p server))))
      (jj-finish 0))
  (error (jj-note "error %S" err)
         ;; What went between Emacs and the server, to standard error for the test's message.
         (when-let ((server (ignore-errors (eglot-current-server))))
           (with-current-buffer (jsonrpc-events-buffer server)
             (message "%s" (buffer-substring-no-properties (max (point-min) (- (point-max) 6000)) (point-max)))))
         (message "flymake-mode %s, running backends %S, reporting %S"
                  (bound-and-true-p flymake-mode) (ignore-errors (flymake-running-backends))
                  (ignore-errors (flymake-reporting-backends)))
         (jj-finish 1)))

;;; emacs-session.el ends here
