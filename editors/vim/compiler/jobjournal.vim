" Vim compiler file for jobjournal.
" ':compiler jobjournal' then ':make' checks the whole journal, ':make %' the current
" file; problems go to the quickfix list as errors and warnings (':copen', ':cnext').
" Install: put this folder on 'runtimepath' (see docs/editors.md).

if exists("current_compiler")
  finish
endif
let current_compiler = "jobjournal"

if exists(":CompilerSet") != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

CompilerSet makeprg=jobjournal\ check
" path:line:col: error|warning: message [id]. The summary line ('3 files checked: ...')
" and anything else is not a problem.
CompilerSet errorformat=%f:%l:%c:\ %trror:\ %m,%f:%l:%c:\ %tarning:\ %m,%-G%.%#

let &cpo = s:cpo_save
unlet s:cpo_save
