import JobJournalCore
import JobJournalIO
import JobJournalParse
import JobJournalPlaybook
import JobJournalReport
import JobJournalEdit

/// Editors run `jobjournal check FILE` on every save, so its start-up counts: building
/// ArgumentParser's model of the commands (reflection over every option of every command)
/// takes longer than checking the file. When the arguments are plainly a check, using only
/// the options `check` knows, each with a valid value, they are read here and ArgumentParser
/// is never started. Anything else (help, an unknown or misspelt option, a bad value, a
/// path that starts with `-`) goes to ArgumentParser, which explains it.
///
/// `JOBJOURNAL_NO_FAST_PATH=1` turns this off, so tests can show both ways agree.
enum FastPath {
    static func check(_ arguments: ArraySlice<String>) -> CheckRun? {
        guard arguments.first == "check", Environment.value("JOBJOURNAL_NO_FAST_PATH") == nil else { return nil }
        var today: String? = nil
        var run = CheckRun(dir: nil, format: .text, stdinFilename: nil, strict: false, paths: [])
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                run.paths.append(argument)
                continue
            }
            var name = Substring(argument)
            var inline: String? = nil
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                inline = String(argument[argument.index(after: equals)...])
            }
            // An option's value: after `=`, or the next argument when it is not an option.
            func value() -> String? {
                if let inline { return inline }
                guard let next = rest.first, !next.hasPrefix("-") else { return nil }
                return rest.popFirst()
            }
            switch name {
            case "--strict":
                guard inline == nil else { return nil }
                run.strict = true
            case "--no-cache":
                guard inline == nil else { return nil }
                run.noCache = true
            case "--verbose", "-v":
                guard inline == nil else { return nil }
                run.verbose = true
            case "--format":
                guard let text = value(), let format = Check.Format(rawValue: text) else { return nil }
                run.format = format
            case "--dir":
                guard let dir = value() else { return nil }
                run.dir = dir
            case "--stdin-filename":
                guard let file = value() else { return nil }
                run.stdinFilename = file
            case "--today":
                guard let day = value() else { return nil }
                today = day
            default:
                return nil
            }
        }
        // Check does not depend on the day, but a bad one is still a usage error.
        guard case .success = Today.resolve(option: today, environment: Environment.value("JOBJOURNAL_TODAY")) else { return nil }
        return run
    }
}
