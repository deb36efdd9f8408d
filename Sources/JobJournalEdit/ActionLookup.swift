import JobJournalIO
import JobJournalParse
import JobJournalPlaybook

/// Finds the action `done` names: its whole id, else the one id that starts with what was
/// typed, else the one id that contains it (without regard to case), as `log` and `draft`
/// find an application by part of its name. Ids are long; `lakeshore/thank` is enough
/// when only one action is like it.
public enum ActionLookup {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case unknown(String)
        case ambiguous(String, matches: [String])

        public var description: String {
            switch self {
            case .unknown(let text): return "no action due matches '\(text)'"
            case .ambiguous(let text, let matches):
                return "'\(text)' matches \(matches.count) actions; name one:\n" + matches.map { "  " + $0 }.joined(separator: "\n")
            }
        }
    }

    public static func find(_ text: String, in actions: [DueAction]) -> Result<DueAction, Failure> {
        if let exact = actions.first(where: { $0.id == text }) { return .success(exact) }
        let lower = text.lowercased()
        guard !lower.isEmpty else { return .failure(.unknown(text)) }
        let starting = actions.filter { $0.id.lowercased().hasPrefix(lower) }
        if starting.count == 1 { return .success(starting[0]) }
        if starting.count > 1 { return .failure(.ambiguous(text, matches: starting.map(\.id))) }
        let containing = actions.filter { $0.id.lowercased().contains(lower) }
        if containing.count == 1 { return .success(containing[0]) }
        if containing.count > 1 { return .failure(.ambiguous(text, matches: containing.map(\.id))) }
        return .failure(.unknown(text))
    }
}
