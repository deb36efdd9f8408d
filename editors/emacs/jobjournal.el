;;; jobjournal.el --- jobjournal check in compilation-mode and Flymake  -*- lexical-binding: t; -*-

;; Load it with (load "/path/to/jobjournal/editors/emacs/jobjournal.el"), then:
;;   M-x jobjournal-check     runs `jobjournal check' in a compilation buffer
;;                            (next-error / M-g n jumps to each problem)
;;   (add-hook 'markdown-mode-hook #'jobjournal-flymake-setup)
;;                            checks each Markdown buffer as you type, saved or not,
;;                            through `jobjournal check --stdin-filename'.
;; See docs/editors.md.

;;; Code:

(require 'compile)
(require 'flymake)

(defgroup jobjournal nil
  "Check job application journals with jobjournal."
  :group 'tools)

(defcustom jobjournal-program "jobjournal"
  "The jobjournal executable."
  :type 'string)

(defconst jobjournal-problem-regexp
  (concat "^\\([^:\n]+\\):\\([0-9]+\\):\\([0-9]+\\): "
          "\\(?:\\(error\\)\\|\\(warning\\)\\): \\(.*\\) \\[\\([a-z0-9-]+\\)\\]$")
  "One line of `jobjournal check': path:line:col: error|warning: message [id].
Groups: 1 file, 2 line, 3 column, 4 error, 5 warning, 6 message, 7 id.")

(add-to-list 'compilation-error-regexp-alist-alist
             `(jobjournal ,jobjournal-problem-regexp 1 2 3 (5)))
(add-to-list 'compilation-error-regexp-alist 'jobjournal)

(defun jobjournal-check ()
  "Run `jobjournal check' on the journal of the current folder, in compilation-mode."
  (interactive)
  (compile (concat jobjournal-program " check")))

(defvar-local jobjournal--flymake-process nil
  "The running check of this buffer, if any.")

(defun jobjournal-flymake (report-fn &rest _args)
  "Flymake backend: check the buffer as it is with `jobjournal check --stdin-filename'.
Calls REPORT-FN with the problems found."
  (when (process-live-p jobjournal--flymake-process)
    (kill-process jobjournal--flymake-process))
  (let* ((source (current-buffer))
         (name (if buffer-file-name (file-name-nondirectory buffer-file-name) (buffer-name)))
         (stderr (generate-new-buffer " *jobjournal-flymake-stderr*"))
         (process
          (make-process
           :name "jobjournal-flymake" :noquery t :connection-type 'pipe
           :buffer (generate-new-buffer " *jobjournal-flymake*")
           :stderr stderr
           :command (list jobjournal-program "check" "--stdin-filename" name)
           :sentinel
           (lambda (proc _event)
             (when (memq (process-status proc) '(exit signal))
               (unwind-protect
                   (when (and (buffer-live-p source)
                              (eq proc (buffer-local-value 'jobjournal--flymake-process source)))
                     (with-current-buffer (process-buffer proc)
                       (goto-char (point-min))
                       (let (problems)
                         (while (re-search-forward jobjournal-problem-regexp nil t)
                           (let* ((line (string-to-number (match-string 2)))
                                  (column (string-to-number (match-string 3)))
                                  (type (if (match-beginning 5) :warning :error))
                                  (text (format "%s [%s]" (match-string 6) (match-string 7)))
                                  (region (flymake-diag-region source line column)))
                             (push (flymake-make-diagnostic source (car region) (cdr region) type text)
                                   problems)))
                         (funcall report-fn (nreverse problems)))))
                 (kill-buffer (process-buffer proc))
                 (when (buffer-live-p stderr) (kill-buffer stderr))))))))
    (setq jobjournal--flymake-process process)
    (save-restriction
      (widen)
      (process-send-region process (point-min) (point-max))
      (process-send-eof process))))

(defun jobjournal-flymake-setup ()
  "Check this buffer with jobjournal in Flymake."
  (add-hook 'flymake-diagnostic-functions #'jobjournal-flymake nil t)
  (flymake-mode 1))

(provide 'jobjournal)
;;; jobjournal.el ends here
