// The jobjournal command: every command's options, help and work are in JobJournalCLI;
// import, export, lsp and mail are handed over to jobjournal-bridge (Bridge.swift says why).
import JobJournalCLI

JobJournalCommand.main()
