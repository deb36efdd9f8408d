#if canImport(Glibc)
import Glibc
#endif

/// ArgumentParser reads a word like `-dash` as the short flags `-d -a -s -h`, and `-h` asks
/// for help: `jobjournal set abc -dash v` printed the help and exited 0, having written
/// nothing. Such a word is refused instead, as the unknown option it is (exit 2), saying how
/// to give a value that starts with '-'; so is one with a space (`- met Ann`), which no option
/// name has. `-h` and `-help` alone still ask for help.
enum DashedWords {
    static func refuseHelpInDisguise(_ arguments: ArraySlice<String>) {
        for argument in arguments {
            if argument == "--" { return }
            guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 2, argument != "-help",
                  argument.dropFirst().contains("h") || argument.contains(" ")
            else { continue }
            let command = arguments.first { !$0.hasPrefix("-") } ?? "COMMAND"
            printError("Error: unknown option '\(argument)'; put '--' before a value that starts with '-' (jobjournal \(command) ... -- \(argument))")
            printError("Run 'jobjournal help' for usage.")
            exit(ExitStatus.failure)
        }
    }
}
