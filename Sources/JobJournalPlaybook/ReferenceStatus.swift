import JobJournalCore

/// Where each reference stands: not briefed, briefed, or called by the employer. "This
/// will often give you a clue that the hiring process is moving forward."
public struct ReferenceStatus: Sendable, Hashable {
    public enum State: Sendable, Hashable {
        case notBriefed
        case briefed(Day)
        case called(Day)

        public var name: String {
            switch self {
            case .notBriefed: return "not briefed"
            case .briefed: return "briefed"
            case .called: return "called"
            }
        }

        public var day: Day? {
            switch self {
            case .notBriefed: return nil
            case .briefed(let d), .called(let d): return d
            }
        }

        public var description: String { day.map { "\(name) \($0)" } ?? name }
    }

    public var application: String
    public var company: String
    public var position: String
    public var status: Status
    public var reference: String
    public var relation: String?
    public var state: State
    /// When they were briefed, even once called.
    public var briefed: Day?

    /// Every reference of every application, in journal order. Days after today do not count.
    public static func all(_ applications: [Application], today: Day) -> [ReferenceStatus] {
        applications.flatMap { app in
            app.references.map { r in
                let briefed = r.briefed.flatMap { $0 <= today ? $0 : nil }
                let called = r.contacted.flatMap { $0 <= today ? $0 : nil }
                let state: State = called.map { .called($0) } ?? briefed.map { .briefed($0) } ?? .notBriefed
                return ReferenceStatus(application: app.file, company: app.company, position: app.position,
                                       status: app.status, reference: r.name, relation: r.relation, state: state, briefed: briefed)
            }
        }
    }
}

extension Array where Element == ReferenceStatus {
    /// "2 of 3 references called", per application.
    public var calledSummary: String {
        let called = count { if case .called = $0.state { return true } else { return false } }
        return "\(called) of \(count) \(count == 1 ? "reference" : "references") called"
    }
}
