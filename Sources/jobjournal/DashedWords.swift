#if canImport(Glibc)
import Glibc
#endif

/// ArgumentParser reads a word like `-dash` as the short flags `-d -a -s -h`, and `-h` asks
/// for help: `jobjournal set abc -dash v` printed the help and exited 0, having written
/// nothing. Such a word is refused instead, as the unknown option it is (exit 2), saying how
/// to give a value that starts with '-'. `-h` and `-help` alone still ask for help.
enum DashedWords {
    static func refuseHelpInDisguise(_ arguments: ArraySlice<String>) {
        for argument in arguments {
            if argument == "--" { return }
            guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 2, argument != "-help",
                  argument.dropFirst().contains("h")
            else { continue }
            printError("Error: unknown option '\(argument)'; put '--' before a value that starts with '-', as in: jobjournal log APP -- \(argument)")
            printError("Run 'jobjournal help' for usage.")
            exit(ExitStatus.failure)
        }
    }
}
