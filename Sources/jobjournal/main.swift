import ArgumentParser
import JobJournal
print(JobJournalVersion.string)
