import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("An application file is read")
struct ApplicationFileTests {
    static let abc = """
        ---
        company: ABC Company
        position: Senior Sales Consultant
        status: interviewing
        applied: 2026-11-09
        link: https://careers.abc.example/1
        source: referral   # where the posting was found
        contacts:
          - name: Robert Jones
            salutation: Mr. Jones
            role: Sales Director
            email: r.jones@abc.example
            phone: "+1 555 0100"
            prefers: email
        interviews:
          - date: 2026-11-19
            with: [Robert Jones]
            round: 1
            final: true
            next-step: 2026-11-23
            thank-you: 2026-11-19
        references:
          - name: Dana Smith
            relation: former manager
            briefed: 2026-11-20
            contacted: 2026-11-25
        promises:
          - what: Send a writing sample
            due: 2026-11-24
            done: 2026-11-23
        offer:
          verbal: 2026-12-01
          written: 2026-12-03
          salary: "$98,000"
          conditions: [background check]
        ---
        ## Log

        - 2026-11-19 Interviewed with Mr. Jones.
        - [ ] 2026-11-27 Send the deck
        """

    @Test("with every key of the format")
    func everyKey() throws {
        let app = try application(Self.abc, path: "sub/abc.md")
        #expect(app.company == "ABC Company")
        #expect(app.position == "Senior Sales Consultant")
        #expect(app.status == .interviewing && !app.statusIsDerived)
        #expect(app.applied == day("2026-11-09"))
        #expect(app.link == "https://careers.abc.example/1")
        #expect(app.source == "referral" && app.ownFields.isEmpty)
        #expect(app.stem == "abc")
        let jones = try #require(app.contacts.first)
        #expect(jones.salutation == "Mr. Jones" && jones.prefers == .email && jones.phone == "+1 555 0100")
        #expect(jones.location.line == 9)
        let interview = try #require(app.interviews.first)
        #expect(interview.date == day("2026-11-19") && interview.isFinal && interview.round == 1)
        #expect(interview.with == ["Robert Jones"] && interview.nextStep == day("2026-11-23"))
        #expect(interview.thankYou?.sent == day("2026-11-19"))
        #expect(app.references.first?.briefed == day("2026-11-20"))
        #expect(app.references.first?.contacted == day("2026-11-25"))
        #expect(app.promises.first?.done == day("2026-11-23"))
        #expect(app.offer?.written == day("2026-12-03") && app.offer?.has(.salary) == true && app.offer?.has(.benefits) == false)
        #expect(app.offer?.conditions == ["background check"])
        #expect(app.log.map(\.line) == [39])
        #expect(app.toDos.map(\.line) == [40])
    }

    @Test("with other spellings: role, job_status, date_applied, next_step, one name as a string, thank-you as a mapping")
    func otherSpellings() throws {
        let app = try application("""
            ---
            Company: Northwind
            role: Freight Account Executive
            job_status: Interviewing
            date_applied: 2026-11-02
            contacts:
              - name: Ann Lee
                salutation: Ms. Lee
                prefers: card
            interviews:
              - date: '2026-11-20'
                with: Ann Lee
                next_step: 2026-11-30
                thank_you: {sent: 2026-11-20, via: card}
            ---
            """)
        #expect(app.company == "Northwind" && app.position == "Freight Account Executive")
        #expect(app.status == .interviewing)
        #expect(app.applied == day("2026-11-02"))
        #expect(app.interviews[0].with == ["Ann Lee"])
        #expect(app.interviews[0].nextStep == day("2026-11-30"))
        #expect(app.interviews[0].thankYou?.via == .card)
    }

    @Test("deriving the status when none is written: offer, else interviewing, else applied")
    func derivedStatus() throws {
        let base = "---\ncompany: A\nposition: B\n"
        #expect(try application(base + "---\n").status == .applied)
        #expect(try application(base + "interviews:\n  - date: 2026-11-01\n---\n").status == .interviewing)
        let offered = try application(base + "interviews:\n  - date: 2026-11-01\noffer:\n  verbal: 2026-11-10\n---\n")
        #expect(offered.status == .offer && offered.statusIsDerived)
    }

    @Test("with a BOM and CRLF line endings, lines still count from the file's first line")
    func bomAndCRLF() throws {
        let text = "\u{FEFF}---\r\ncompany: A\r\nposition: B\r\ninterviews:\r\n  - date: 2026-11-31\r\n---\r\n- 2026-11-19 Log\r\n"
        let parsed = parseFile(text)
        #expect(summary(parsed.diagnostics) == ["5:invalid-date"])
        #expect(parsed.application?.log.first?.line == 7)
    }

    @Test("a Markdown file without front matter, or front matter without company, is not an application")
    func notApplications() {
        let readme = parseFile("# My job search\n\nNotes.\n")
        #expect(!readme.isApplication && readme.application == nil && readme.diagnostics.isEmpty)
        let note = parseFile("---\ntitle: Interview tips\ntags: [prep]\n---\nText\n")
        #expect(!note.isApplication && note.diagnostics.isEmpty)
    }

    @Test("missing required keys are errors")
    func missingKeys() {
        #expect(summary(parseFile("---\nposition: X\nstatus: applied\n---\n").diagnostics) == ["2:missing-key"])
        #expect(summary(parseFile("---\ncompany: X\n---\n").diagnostics) == ["2:missing-key"])
        #expect(summary(parseFile("---\ncompany: X\nposition: Y\ncontacts:\n  - role: HR\n---\n").diagnostics) == ["5:missing-key"])
        #expect(summary(parseFile("---\ncompany: X\nposition: Y\ninterviews:\n  - with: [A]\n---\n").diagnostics) == ["5:missing-key"])
        #expect(summary(parseFile("---\ncompany: ''\nposition: Y\n---\n").diagnostics) == ["2:missing-key"])
    }

    @Test("values of the wrong type are errors at the value")
    func wrongTypes() {
        let parsed = parseFile("""
            ---
            company: {name: X}
            position: [a, b]
            contacts: Bob
            interviews:
              - date: 2026-11-01
                round: first
                final: maybe
            offer: [1]
            ---
            """)
        #expect(summary(parsed.diagnostics) == ["2:wrong-type", "3:wrong-type", "4:wrong-type", "7:wrong-type", "8:wrong-type", "9:wrong-type"])
        #expect(parsed.isApplication && parsed.application == nil)
        #expect(parsed.diagnostics.first?.message == "company should be a single value, not a mapping")
    }

    @Test("dates that are no day, or not written YYYY-MM-DD, are errors naming the value")
    func invalidDates() {
        let parsed = parseFile("""
            ---
            company: X
            position: Y
            applied: 2026-02-30
            interviews:
              - date: 26-11-2026
              - date: tomorrow
              - date: 2026-11-19T10:00
                next-step: 2026-13-01
            ---
            """)
        #expect(summary(parsed.diagnostics) == ["4:invalid-date", "6:invalid-date", "7:invalid-date", "8:invalid-date", "9:invalid-date"])
        #expect(parsed.diagnostics[0].message == "2026-02-30 is not a day: February 2026 has 28 days")
        #expect(parsed.diagnostics[1].message == "date should be a day written YYYY-MM-DD, not '26-11-2026'")
        #expect(parsed.diagnostics[3].message == "date should be a day written YYYY-MM-DD, without a time: '2026-11-19T10:00'")
    }

    @Test("near-miss keys are warnings naming the known key; other unknown keys are the user's")
    func nearMisses() {
        let parsed = parseFile("""
            ---
            company: X
            position: Y
            refrences: []
            salary-range: 90k
            interviews:
              - date: 2026-11-01
                nextstep: 2026-11-05
            ---
            """)
        #expect(summary(parsed.diagnostics) == ["4:near-miss-key", "8:near-miss-key"])
        #expect(parsed.diagnostics.sorted { $0.location < $1.location }[1].message
            == "unknown key 'nextstep' in interview; did you mean 'next-step'?")
        #expect(parsed.application?.ownFields.map(\.key) == ["refrences", "salary-range"])
    }

    @Test("duplicate keys, an unknown status, custom tags and interviewers missing from contacts")
    func otherProblems() {
        let parsed = parseFile("""
            ---
            company: X
            position: Y
            company: Z
            status: on the fence
            photo: !!binary aGVsbG8=
            mood: !foo happy
            interviews:
              - date: 2026-11-01
                with: [Nobody]
            ---
            """)
        #expect(summary(parsed.diagnostics) == ["4:duplicate-key", "5:invalid-status", "6:yaml-tag", "7:yaml-tag", "9:unknown-contact"])
        #expect(parsed.application?.company == "X")
    }

    @Test("YAML syntax errors, unclosed front matter and bad bytes each give one error at their place")
    func brokenFiles() {
        #expect(summary(parseFile("---\ncompany: [X\nposition: Y\n---\n").diagnostics).map { $0.hasSuffix("yaml-syntax") } == [true])
        #expect(summary(parseFile("---\ncompany: X\nposition: Y\n").diagnostics) == ["1:unclosed-front-matter"])
        #expect(summary(parseFile("---").diagnostics) == ["1:unclosed-front-matter"])
        #expect(summary(parseFile("").diagnostics) == ["1:empty-file"])
        #expect(summary(parseFile("---\ncompany: X\nposition: Y\n---\nok\n\u{0}").diagnostics) == ["6:encoding"])
        let tabs = parseFile("---\ncompany: X\ncontacts:\n\t- name: A\n---\n")
        #expect(tabs.diagnostics.first?.message == "tabs cannot indent YAML; use spaces")
        #expect(tabs.isApplication)
    }

    @Test("invalid UTF-8 in the body is reported and the application still read")
    func invalidUTF8InBody() {
        var bytes = Array("---\ncompany: X\nposition: Y\n---\n- 2026-11-01 caf".utf8)
        bytes += [0xE9, 0x0A]
        let parsed = bytes.withUnsafeBytes { ApplicationFile.parse($0, path: "a.md", displayPath: "a.md") }
        #expect(summary(parsed.diagnostics) == ["5:encoding"])
        #expect(parsed.application?.log.count == 1)
    }

    @Test("an alias bomb is an error, not an out-of-memory")
    func aliasBomb() {
        var text = "---\ncompany: X\nposition: Y\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        text += "---\n"
        #expect(parseFile(text).diagnostics.map(\.id) == ["yaml-alias-limit"])
    }
}
