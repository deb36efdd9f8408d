import JobJournalCore
import JobJournalPlaybook

extension EditableFile {
    /// The edit `draft --append` makes: all the drafts under `## Drafts`, in one edit, one
    /// after the other, each under a heading of its own.
    public func appendingDrafts(_ drafts: [Draft]) -> LineEdit? {
        guard let first = drafts.first else { return nil }
        let lines = drafts.enumerated().flatMap { i, draft in (i == 0 ? [] : ["", "### " + draft.title, ""]) + draft.lines }
        return appendingDraft(title: first.title, lines)
    }
}
