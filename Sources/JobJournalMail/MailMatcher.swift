import Glibc
import JobJournalCore
import JobJournalEdit
import JobJournalIO

/// Which application each message is about, by address only: a message is about an
/// application when one of its addresses is the `email` of a contact or reference in that
/// application's front matter; never by a company's name or domain. A message whose
/// addresses belong to several applications goes to the one its day fits (for a message
/// sent, the one where it settles an action; for one received, the ones already begun that
/// day), else to the one its thread (In-Reply-To, References) already belongs to; else it is
/// reported as ambiguous and nothing is recorded for it.
public enum MailMatcher {
    public struct Match: Sendable {
        /// Each application file's plan: the proposals and the file as they leave it.
        public var plans: [String: MailPlan.Result] = [:]
        /// The messages assigned to each file, in order: what `--apply` records again under the lock.
        public var items: [String: [MailPlan.Item]] = [:]
        public var ambiguous: [MailAmbiguity] = []
        public var problems: [Diagnostic] = []

        /// Every proposal, file by file in the journal's order, each file's in message order.
        public var proposals: [MailProposal] { plans.keys.sorted().flatMap { plans[$0]!.proposals } }
    }

    public static func match(_ messages: [MailMessage], journal: Journal, me: [String], today: Day, since: Day?) -> Match {
        var match = Match()
        let mine = Set(me.map(MailAddress.key))
        // Each message's senders and recipients as compared, worked out once; and the hash of
        // every address a message could be matched by, so that of a journal's tens of
        // thousands of contacts only those with one of them are indexed.
        var keys: [(from: [String], recipients: [String])] = []
        keys.reserveCapacity(messages.count)
        var wanted: Set<UInt64> = []
        for index in messages.indices {
            if let since, messages[index].day < since {
                keys.append(([], []))
                continue
            }
            let from = messages[index].headers.from.map(\.key)
            let recipients = (messages[index].headers.to + messages[index].headers.cc).map(\.key)
            for key in from + recipients { wanted.insert(MailAddress.hash(ofKey: key)) }
            keys.append((from, recipients))
        }
        // address -> the applications (by index) whose contacts (or references) have it. Each
        // application's people are read where they are: a copy of a whole application apiece
        // retained every one of its strings.
        let applications = journal.applications
        var contactOwners: [String: [Int]] = [:]
        var anyOwners: [String: [Int]] = [:]
        for index in applications.indices {
            for c in applications[index].contacts.indices {
                guard let email = applications[index].contacts[c].email, !email.isEmpty,
                      wanted.contains(MailAddress.keyHash(email)) else { continue }
                let key = MailAddress.key(email)
                contactOwners[key, default: []].append(index)
                anyOwners[key, default: []].append(index)
            }
            for r in applications[index].references.indices {
                guard let email = applications[index].references[r].email, !email.isEmpty,
                      wanted.contains(MailAddress.keyHash(email)) else { continue }
                anyOwners[MailAddress.key(email), default: []].append(index)
            }
        }
        // The messages about some application (by a contact's or reference's address, for a
        // message sent; by a contact's, for one received), by day, then in the order read.
        var about: [(index: Int, sent: Bool, found: [Int])] = []
        if !anyOwners.isEmpty {
            for index in messages.indices {
                // (A message before --since has no addresses in `keys`: it is about none.)
                let sent = keys[index].from.contains { mine.contains($0) }
                var found: [Int] = []
                if sent {
                    for key in keys[index].recipients { found += anyOwners[key] ?? [] }
                } else {
                    for key in keys[index].from { found += contactOwners[key] ?? [] }
                }
                if !found.isEmpty { about.append((index, sent, found)) }
            }
        }
        about.sort { (messages[$0.index].day, $0.index) < (messages[$1.index].day, $1.index) }
        var apps: [String: Application] = [:]
        for (_, _, found) in about {
            for index in found { apps[applications[index].file] = applications[index] }
        }
        var displayPaths: [String: String] = [:]
        if !apps.isEmpty {
            for index in journal.files.indices where apps[journal.files[index].path] != nil {
                displayPaths[journal.files[index].path] = journal.files[index].displayPath
            }
        }
        var threads: [String: Set<String>] = [:]  // file -> Message-IDs known to belong to it
        var recorded: Set<String> = []  // Message-IDs written in the files read

        var unusable: Set<String> = []

        /// The file's plan so far, read the first time it is needed; nil when the file cannot
        /// be edited (said once).
        func state(_ file: String) -> MailPlan.Result? {
            if let plan = match.plans[file] { return plan }
            guard !unusable.contains(file), let path = displayPaths[file], let bytes = read(path) else { return nil }
            let editable = EditableFile(bytes: bytes, path: file, displayPath: path)
            let ids = MailPlan.recordedMessageIDs(bytes)
            threads[file, default: []].formUnion(ids)
            recorded.formUnion(ids)
            let plan = MailPlan.plan(editable, [], today: today, settings: journal.settings)
            guard plan.problems.isEmpty else {
                unusable.insert(file)
                match.problems += plan.problems
                return nil
            }
            match.plans[file] = plan
            return plan
        }

        var seen: Set<String> = []
        for (index, sent, found) in about {
            let message = messages[index]
            let owners = Set(found).map { applications[$0].file }.sorted()
            guard let messageID = message.headers.messageID else {
                match.problems.append(Diagnostic(file: message.file, line: message.line, .warning,
                                                 "the message has no Message-ID, so it could not be recorded only once; skipped", id: "mail-no-id"))
                continue
            }
            // The same message in two folders (a copy in Sent and in a thread folder) counts once.
            guard seen.insert(messageID).inserted else { continue }
            let item = MailPlan.Item(message: message, messageID: messageID, sent: sent)
            // Recorded already, in one of the files: nothing more to say about it.
            let current = owners.compactMap { state($0) }
            guard !recorded.contains(messageID), !current.isEmpty else { continue }
            var trials: [(file: String, plan: MailPlan.Result)] = []
            for file in owners {
                guard let current = state(file) else { continue }
                if !sent, let app = apps[file], let first = ApplicationDays.first(app), first > message.day { continue }
                var trial = MailPlan.plan(current.file, [item], today: today, settings: journal.settings)
                guard !trial.proposals.isEmpty else { continue }
                trial.proposals = current.proposals + trial.proposals
                trials.append((file, trial))
            }
            if trials.count > 1 {
                let thread = Set(message.headers.inReplyTo + message.headers.references)
                let threaded = trials.filter { !(threads[$0.file] ?? []).isDisjoint(with: thread) }
                if threaded.count == 1 { trials = threaded }
            }
            if trials.count == 1 {
                let chosen = trials[0]
                match.plans[chosen.file] = chosen.plan
                match.items[chosen.file, default: []].append(item)
                threads[chosen.file, default: []].insert(messageID)
            } else if trials.count > 1 {
                match.ambiguous.append(MailAmbiguity(files: trials.map(\.file), evidence: MailEvidence(message, messageID: messageID)))
            } else if owners.count == 1 {
                threads[owners[0], default: []].insert(messageID)
            }
        }
        for (file, plan) in match.plans where plan.proposals.isEmpty { match.plans[file] = nil }
        return match
    }

    /// A journal file's bytes, or nil when it cannot be read (the loader has reported it).
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard case .success(let bytes?) = FileSystem.readToEnd(fd, limit: 64 << 20) else { return nil }
        return bytes
    }
}

/// When an application began: its first dated fact.
enum ApplicationDays {
    static func first(_ app: Application) -> Day? {
        var days: [Day] = []
        if let applied = app.applied { days.append(applied) }
        days += app.interviews.map(\.date)
        if let offer = app.offer { days += offer.days }
        days += app.log.map(\.day)
        days += app.entries.map(\.day)
        return days.min()
    }
}
