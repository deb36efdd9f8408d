import Testing
@testable import JobJournal
@Test func versionIsSet() { #expect(!JobJournalVersion.string.isEmpty) }
