// jobjournal-bridge: the commands that link libraries the others do without (import,
// export, migrate, lsp, mail; Bridge.swift in JobJournalCLI says why). `jobjournal` starts it with
// its own arguments, and it reads them with the same commands and options.
import ArgumentParser
import JobJournalCLI

Bridge.work = Bridge.Work(
    run: { command in
        switch command {
        case let command as ImportCSV: try command.work()
        case let command as ImportLinkedIn: try command.work()
        case let command as ImportMarkdown: try command.work()
        case let command as ImportPly: try command.work()
        case let command as Export: try command.work()
        case let command as ExportActivity: try command.work()
        case let command as Migrate: try command.work()
        case let command as Lsp: try command.work()
        case let command as Mail: try command.work()
        default: preconditionFailure("\(type(of: command)) has no work in jobjournal-bridge")
        }
    },
    validate: { command in
        switch command {
        case let options as SheetOptions: try options.check()
        case let command as Export: try command.check()
        default: break
        }
    })
JobJournalCommand.main()
