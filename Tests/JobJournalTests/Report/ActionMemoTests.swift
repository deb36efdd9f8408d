import Foundation
import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport

#if canImport(Glibc)
import Glibc
#endif

/// The day's actions kept beside the parse cache (`ActionMemo`): what the playbook gives
/// through it is what it gives without it, whatever happened to the files, the day or the
/// memo in between.
@Suite("The day's actions kept")
struct ActionMemoTests {
    static let day = Day(year: 2026, month: 11, day: 30)!

    /// The actions of the journal at `root` on `today`, through the parse cache and the memo
    /// in `cache`, with what the memo did; the memo's write is waited for.
    static func throughMemo(_ root: String, cache: String, today: Day = day) throws -> (actions: [DueAction], taken: Int, wrote: Bool) {
        let journal = try JournalLoader.load(root: root, cacheFolder: cache)
        let memo = try #require(ActionMemo(journal: journal, today: today))
        let actions = Playbook.standard.actions(for: journal, today: today, store: memo)
        memo.finish()
        CacheFile.waitForWrites()
        return (actions, memo.taken, memo.wrote)
    }

    /// The same, read without any cache.
    static func plain(_ root: String, today: Day = day) throws -> [DueAction] {
        Playbook.standard.actions(for: try JournalLoader.load(root: root), today: today)
    }

    /// A journal of `count` open applications, each calling for several actions on `day`,
    /// settled (older than the parse cache's racy window, so its records are trusted).
    static func settledJournal(_ count: Int = 6, closed: Int = 0) throws -> String {
        let root = try ParseCacheTests.folder("journal")
        for i in 0..<count {
            try ParseCacheTests.write(ParseCacheTests.acme.replacingOccurrences(of: "Acme", with: "Acme \(i)"), to: root + "/a\(i).md")
        }
        for i in 0..<closed {
            let text = ParseCacheTests.acme.replacingOccurrences(of: "status: interviewing", with: "status: rejected")
            try ParseCacheTests.write(text.replacingOccurrences(of: "Acme", with: "Closed \(i)"), to: root + "/c\(i).md")
        }
        usleep(2_100_000)
        return root
    }

    static func memoFile(_ root: String, in cache: String) -> String {
        ActionMemo.path(realRoot: FileSystem.realPath(root)!, folder: cache)
    }

    @Test("an application's actions come from the memo only while its file is unchanged, on the same day")
    func takenWhileUnchanged() throws {
        let root = try Self.settledJournal(), cache = try ParseCacheTests.folder("cache")
        defer { for p in [root, cache] { try? FileManager.default.removeItem(atPath: p) } }
        // The first run parses every file: the parse cache has vouched for none, so nothing is
        // kept. The next finds them vouched for, works their actions out and keeps them.
        var run = try Self.throughMemo(root, cache: cache)
        #expect(run.taken == 0 && !run.wrote)
        run = try Self.throughMemo(root, cache: cache)
        #expect(run.taken == 0 && run.wrote)
        #expect(run.actions == (try Self.plain(root)))
        #expect(run.actions.count >= 12, "the fixture calls for actions, or the test would prove little")
        run = try Self.throughMemo(root, cache: cache)
        #expect(run.taken == 6 && !run.wrote)
        #expect(run.actions == (try Self.plain(root)))
        // One file edited twice within a second, keeping its size: its actions are worked
        // out again after each edit, the others' taken from the memo.
        let edited = root + "/a2.md"
        let text = try String(contentsOfFile: edited, encoding: .utf8)
        for promised in ["2026-11-28", "2026-11-29"] {
            try ParseCacheTests.write(text.replacingOccurrences(of: "due: 2026-11-27", with: "due: \(promised)"), to: edited)
            run = try Self.throughMemo(root, cache: cache)
            #expect(run.taken == 5)
            #expect(run.actions == (try Self.plain(root)))
            #expect(run.actions.contains { $0.application == "a2.md" && $0.kind == .promise && $0.due == Day(iso: promised) })
        }
        // Another day: nothing is taken from the memo of this one.
        let tomorrow = Self.day.adding(days: 1)
        run = try Self.throughMemo(root, cache: cache, today: tomorrow)
        #expect(run.taken == 0 && run.wrote)
        #expect(run.actions == (try Self.plain(root, today: tomorrow)))
        // A file gone, the edited one settled: the memo is written without the one and, once
        // the parse cache vouches for it, with the other; then taken whole.
        try FileManager.default.removeItem(atPath: root + "/a0.md")
        usleep(2_100_000)
        for _ in 0..<2 { _ = try Self.throughMemo(root, cache: cache, today: tomorrow) }
        run = try Self.throughMemo(root, cache: cache, today: tomorrow)
        #expect(run.taken == 5 && !run.wrote)
        #expect(run.actions == (try Self.plain(root, today: tomorrow)))
    }

    @Test("a memo damaged, cut short, of another day or not jobjournal's is never trusted, and is written anew")
    func neverTrustedWhenAmiss() throws {
        let root = try Self.settledJournal(3), cache = try ParseCacheTests.folder("cache")
        defer { for p in [root, cache] { try? FileManager.default.removeItem(atPath: p) } }
        let expected = try Self.plain(root)
        for _ in 0..<2 { _ = try Self.throughMemo(root, cache: cache) }
        let file = Self.memoFile(root, in: cache)
        let whole = try #require(FileManager.default.contents(atPath: file))
        var flipped = whole
        flipped[flipped.count / 2] ^= 0x20
        let damaged: [(String, Data)] = [
            ("a byte changed", flipped), ("cut short", whole.prefix(whole.count - 9)), ("empty", Data()),
            ("not jobjournal's", Data("JJPARSE\nsomething else entirely\n".utf8)),
        ]
        for (what, bytes) in damaged {
            try bytes.write(to: URL(fileURLWithPath: file))
            let run = try Self.throughMemo(root, cache: cache)
            #expect(run.taken == 0 && run.wrote, "\(what)")
            #expect(run.actions == expected, "\(what)")
            #expect(try Self.throughMemo(root, cache: cache).taken == 3, "\(what): written anew")
        }
        // Another day's memo, put in place of today's: not used.
        #expect(try Self.throughMemo(root, cache: cache, today: Self.day.adding(days: 3)).wrote)
        let run = try Self.throughMemo(root, cache: cache)
        #expect(run.taken == 0 && run.actions == expected)
    }

    @Test("a link where the memo goes is never followed: the file it names is left as it was")
    func notThroughALink() throws {
        let root = try Self.settledJournal(2), cache = try ParseCacheTests.folder("cache"), elsewhere = try ParseCacheTests.folder("elsewhere")
        defer { for p in [root, cache, elsewhere] { try? FileManager.default.removeItem(atPath: p) } }
        let victim = elsewhere + "/victim.txt"
        try ParseCacheTests.write("the user's own words\n", to: victim)
        let file = Self.memoFile(root, in: cache)
        #expect(symlink(victim, file) == 0)
        for _ in 0..<2 { #expect(try Self.throughMemo(root, cache: cache).actions == (try Self.plain(root))) }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "the user's own words\n")
        #expect(ParseCacheTests.kind(file) == S_IFLNK)
    }

    @Test("as the loader's plan, the memo has only a summary read of a closed application and of one whose actions it has: the actions are the same")
    func summariesWhereActionsAreKept() throws {
        let root = try Self.settledJournal(4, closed: 2), cache = try ParseCacheTests.folder("cache")
        defer { for p in [root, cache] { try? FileManager.default.removeItem(atPath: p) } }
        for _ in 0..<2 { _ = try Self.throughMemo(root, cache: cache) }
        try ParseCacheTests.write(try String(contentsOfFile: root + "/a1.md", encoding: .utf8) + "- 2026-11-29 From Ann Lee: we will call\n",
                                  to: root + "/a1.md")
        for today in [Self.day, Self.day.adding(days: 1)] {
            let ahead = try #require(ActionMemo.ReadAhead(root: root, folder: cache, today: today))
            let journal = try JournalLoader.load(root: root, cacheFolder: cache, plan: ahead)
            let summaries = journal.applications.filter(\.isSummary).map(\.file).sorted()
            // The edited file is read whole, and on a day the memo is not for, every open one.
            #expect(summaries == (today == Self.day ? ["a0.md", "a2.md", "a3.md", "c0.md", "c1.md"] : ["c0.md", "c1.md"]))
            let memo = try #require(ActionMemo(journal: journal, today: today, ahead: ahead))
            let actions = Playbook.standard.actions(for: journal, today: today, store: memo)
            memo.finish()
            CacheFile.waitForWrites()
            #expect(actions == (try Self.plain(root, today: today)))
            #expect(memo.taken == (today == Self.day ? 3 : 0))
        }
    }

    @Test("the agenda as JSON copied from its memo is, byte for byte, the agenda written anew, whatever the horizon, while files change")
    func agendaKeptAsJSON() throws {
        let root = try Self.settledJournal(4, closed: 2), cache = try ParseCacheTests.folder("cache")
        defer { for p in [root, cache] { try? FileManager.default.removeItem(atPath: p) } }
        /// `due --format json` through the parse cache and the agenda memo, as the command
        /// runs it: the memo read ahead as the loader's plan.
        func kept(within days: Int = 7) throws -> (json: String, taken: Int, wrote: Bool, ofUse: Bool) {
            let ahead = try #require(AgendaMemo.ReadAhead(root: root, folder: cache, today: Self.day))
            let journal = try JournalLoader.load(root: root, cacheFolder: cache, plan: ahead)
            let memo = try #require(AgendaMemo(journal: journal, today: Self.day, ahead: ahead))
            let ofUse = memo.isOfUse
            var sink = StringSink()
            AgendaJSON.render(journal, today: Self.day, within: days, memo: memo, to: &sink)
            CacheFile.waitForWrites()
            return (sink.text, memo.taken, memo.wrote, ofUse)
        }
        func plain(within days: Int = 7) throws -> String {
            var sink = StringSink()
            AgendaJSON.render(try JournalLoader.load(root: root), today: Self.day, within: days, memo: nil, to: &sink)
            return sink.text
        }
        // The first run parses every file: the memo can neither give nor keep anything, and
        // the agenda is streamed as without it.
        var run = try kept()
        #expect(run.taken == 0 && !run.wrote && !run.ofUse)
        #expect(run.json == (try plain()))
        run = try kept()
        #expect(run.taken == 0 && run.wrote && run.ofUse)
        #expect(run.json == (try plain()))
        #expect(run.json.components(separatedBy: "\"id\":").count > 8, "the fixture calls for actions, or the test would prove little")
        for days in [0, 7, 400] {
            run = try kept(within: days)
            #expect(run.taken == 4 && !run.wrote)
            #expect(run.json == (try plain(within: days)), "within \(days)")
        }
        // One file edited twice within a second, keeping its size: its objects are written
        // anew after each edit, the others' copied from the memo.
        let edited = root + "/a2.md"
        let text = try String(contentsOfFile: edited, encoding: .utf8)
        for promised in ["2026-11-28", "2026-11-29"] {
            try ParseCacheTests.write(text.replacingOccurrences(of: "due: 2026-11-27", with: "due: \(promised)"), to: edited)
            run = try kept()
            #expect(run.taken == 3)
            #expect(run.json == (try plain()))
            #expect(run.json.contains("\"due\": \"\(promised)\""))
        }
    }

    @Test("the memo is written when there is none for the day, or when one open application in a hundred changed; not for fewer")
    func writtenWhenWorthIt() {
        #expect(ActionMemo.worthWriting(workedOut: 0, gone: 0, open: 0, memo: false))
        #expect(ActionMemo.worthWriting(workedOut: 10_000, gone: 0, open: 10_000, memo: false))
        #expect(!ActionMemo.worthWriting(workedOut: 0, gone: 0, open: 10_000, memo: true))
        #expect(!ActionMemo.worthWriting(workedOut: 1, gone: 1, open: 10_000, memo: true))
        #expect(!ActionMemo.worthWriting(workedOut: 99, gone: 99, open: 10_000, memo: true))
        #expect(ActionMemo.worthWriting(workedOut: 100, gone: 100, open: 10_000, memo: true))
        #expect(ActionMemo.worthWriting(workedOut: 0, gone: 100, open: 9_900, memo: true))
        // A small journal: any change is worth it.
        #expect(ActionMemo.worthWriting(workedOut: 1, gone: 1, open: 40, memo: true))
        #expect(ActionMemo.worthWriting(workedOut: 0, gone: 1, open: 40, memo: true))
    }

    @Test("a journal read without the parse cache has no memo")
    func noCacheNoMemo() throws {
        let root = try Self.settledJournal(1)
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(ActionMemo(journal: try JournalLoader.load(root: root), today: Self.day) == nil)
    }

    @Test("actions kept and read back are the same in every property, whatever their ids and people")
    func roundTrip() throws {
        var app = Application(file: "clients/ann/acme-buyer.md", company: "Acme ü", position: "Buyer \"lead\"")
        app.status = .interviewing
        let actions: [DueAction?] = [
            DueAction(id: "clients/ann/acme-buyer/thank-you/2026-11-19", application: app.file, company: app.company,
                      position: app.position, kind: .thankYou, due: Day(year: 2026, month: 11, day: 20)!, status: .overdue, title: "Thank Ms. Lee",
                      channel: .email, who: ["Ms. Lee", "Dr. Öz"], explain: "You met on 2026-11-19.\nSay so.", line: 12),
            // An id not of the usual shape is kept whole.
            DueAction(id: "elsewhere/odd id", application: app.file, company: app.company, position: app.position,
                      kind: .stale, due: Day(year: 2026, month: 12, day: 2)!, status: .upcoming, title: "", channel: nil, who: [],
                      explain: "", line: 1),
        ]
        var w = CacheWriter()
        KeptActions.encode(actions, of: app, into: &w)
        let back = try w.bytes.withUnsafeBytes { raw in
            var r = CacheReader(raw)
            defer { #expect(r.isAtEnd) }
            return try KeptActions.decode(&r, of: app, today: Day(year: 2026, month: 11, day: 30)!)
        }
        #expect(back == actions)
        // Every byte cut short: refused, never read past its end.
        for end in 0..<w.bytes.count {
            let cut = w.bytes.withUnsafeBytes { raw -> [DueAction?]? in
                var r = CacheReader(raw, to: end)
                return try? KeptActions.decode(&r, of: app, today: Day(year: 2026, month: 11, day: 30)!)
            }
            #expect(cut == nil, "cut at \(end)")
        }
    }
}
