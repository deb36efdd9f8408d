import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

@Suite("Drafted messages follow the article")
struct DraftTests {
    static let acme = """
        ---
        company: Acme
        position: Field Engineer
        contacts:
          - name: Robert Jones
            salutation: Mr. Jones
            prefers: email
          - name: Ann Lee
            prefers: card
        interviews:
          - date: 2026-11-19
            with: [Robert Jones, Ann Lee]
            round: 1
            next-step: 2026-11-23
        references:
          - name: Dana Smith
        offer:
          verbal: 2026-11-25
        ---

        ### 2026-11-19 Interview

        - Resonated: The plans for Europe; big ones.
        - Clarify: I should have said I speak French
        - Interested in: the Benelux accounts
        """

    func drafts(_ kind: DueAction.Kind, today: String = "2026-11-19", to: String? = nil, interview: String? = nil) throws -> [Draft] {
        try Drafting.drafts(Drafting.Request(kind: kind, interview: interview.map(day), to: to, today: day(today), signature: "Jane Doe"),
                            for: application(Self.acme))
    }

    @Test("a thank-you per interviewer: salutation, thanks for the position, what resonated, the next step")
    func thankYou() throws {
        let notes = try drafts(.thankYou)
        #expect(notes.count == 2)
        let jones = notes[0]
        #expect(jones.subject == "Great Meeting You Today")
        #expect(jones.paragraphs[0] == "Dear Mr. Jones,")
        #expect(jones.paragraphs[1].hasPrefix("Thank you for the opportunity to meet with you today to discuss the Field Engineer position at Acme. I especially enjoyed hearing about the plans for Europe, and"))
        #expect(jones.paragraphs[2] == "I also wanted to clarify one point from our conversation. I should have said I speak French.")
        #expect(jones.paragraphs[3].hasPrefix("As we discussed, I look forward to hearing back from you on Monday, and I hope to be selected for the next round"))
        #expect(jones.paragraphs.last == "Jane Doe")
    }

    @Test("never a first name: a contact without a salutation gets a placeholder; a card gets no subject")
    func noFirstName() throws {
        let lee = try drafts(.thankYou)[1]
        #expect(lee.paragraphs[0] == "Dear [salutation for Ann Lee],")
        #expect(lee.subject == nil)
        #expect(lee.title == "Thank-you card to [Ann Lee]")
        #expect(lee.lines.first == "(By card.)")
    }

    @Test("days read as a letter says them, from the day of writing")
    func days() throws {
        #expect(try drafts(.thankYou, today: "2026-11-20")[0].subject == "Thanks For Meeting With Me Yesterday")
        let later = try drafts(.thankYou, today: "2026-11-21", to: "jones")
        #expect(later.count == 1)
        #expect(later[0].paragraphs[1].hasPrefix("Thank you for the opportunity to meet with you on Thursday, November 19, to discuss"))
        #expect(later[0].paragraphs[3].contains("from you on Monday,"))
        #expect(try drafts(.thankYou, today: "2026-12-01", to: "jones")[0].paragraphs[3].contains("on Monday, November 23,"))
    }

    @Test("the status inquiry re-introduces, names the interview day, the position and the day expected")
    func statusInquiry() throws {
        let draft = try #require(try drafts(.statusInquiry, today: "2026-11-26").first)
        #expect(draft.paragraphs[1] == "My name is Jane Doe, and I interviewed with you on Thursday, November 19, for the Field Engineer position at Acme. I was anticipating hearing from you by Monday, November 23, and I am writing to inquire about the status of the hiring process. Has the next step been postponed, and if so, am I still being considered as a candidate?")
    }

    @Test("the check-in asks the article's one question")
    func checkIn() throws {
        let draft = try #require(try drafts(.checkIn, today: "2026-11-30").first)
        #expect(draft.paragraphs[1].hasSuffix("Do you need anything else from me to help you make the hiring decision?"))
    }

    @Test("the reference briefing lists what the interviewers were interested in")
    func referenceBrief() throws {
        let draft = try #require(try drafts(.briefReferences, today: "2026-11-20").first)
        #expect(draft.paragraphs[0] == "Hi Dana,")
        #expect(draft.paragraphs[2] == "Mr. Jones and [Ann Lee] were particularly interested in:\n- the Benelux accounts")
        #expect(draft.lines.contains("- the Benelux accounts"))
    }

    @Test("the offer request asks for the terms the letter should spell out")
    func offerRequest() throws {
        let draft = try #require(try drafts(.requestWrittenOffer, today: "2026-11-26").first)
        #expect(draft.paragraphs[1].contains("salary, benefits, reimbursement of expenses, and any conditions"))
    }

    @Test("by default, the interview the playbook calls the latest: of two on one day, the one --interview picks")
    func latestInterview() throws {
        let two = Self.acme.replacingOccurrences(of: "references:", with: "  - date: 2026-11-19\n    with: [Ann Lee]\nreferences:")
        let app = try application(two)
        func to(_ interview: String?) throws -> [String] {
            try Drafting.drafts(.init(kind: .thankYou, interview: interview.map(day), today: day("2026-11-20")), for: app).map(\.to)
        }
        #expect(try to(nil) == ["[Ann Lee]"])
        #expect(try to(nil) == to("2026-11-19"))
    }

    @Test("says what is missing to draft from")
    func problems() throws {
        #expect(throws: DraftProblem.self) { try drafts(.thankYou, today: "2026-11-18") }
        #expect(throws: DraftProblem.self) { try drafts(.thankYou, interview: "2026-11-20") }
        #expect(throws: DraftProblem.self) { try drafts(.thankYou, to: "nobody") }
        #expect(throws: DraftProblem.self) { try drafts(.briefReferences, to: "nobody") }
    }
}

@Suite("check looks over the drafts under ## Drafts")
struct DraftLintTests {
    static func file(_ drafts: String) -> ParsedFile {
        parseFile("""
            ---
            company: Acme
            position: Field Engineer
            contacts:
              - name: Robert Jones
                salutation: Mr. Jones
            references:
              - name: Dana Smith
            ---

            ## Drafts

            """ + drafts)
    }

    @Test("a good thank-you, a reference briefing and a Markdown link pass")
    func clean() {
        let warnings = DraftLint.warnings(for: Self.file("""
            ### Thank-you note to Mr. Jones

            Dear Mr. Jones,

            Thank you for the opportunity to interview for the Field Engineer position. I look forward to hearing back on Monday. See [my site](https://x.example).

            ### Briefing

            Hi Dana,

            I interviewed for the Field Engineer position.
            """))
        #expect(warnings.isEmpty, "\(warnings.map(DiagnosticFormat.gnu))")
    }

    @Test("a first name, a full name, a misspelt name and a stranger are warned about at the salutation's line",
          arguments: [("Robert", "by name"), ("Robert Jones", "by name"), ("Mr. Jnoes", "misspelling of 'Mr. Jones'"), ("Mr. Smith", "not the salutation")])
    func salutations(name: String, says: String) {
        let warnings = DraftLint.warnings(for: Self.file("### Note\n\nDear \(name),\n\nField Engineer. I look forward to it.\n"))
        #expect(summary(warnings) == ["14:draft-salutation"])
        #expect(warnings.first?.message.contains(says) == true)
    }

    @Test("no position and no next step in a thank-you are warned about at its heading; placeholders at their line")
    func positionAndNextStep() {
        let warnings = DraftLint.warnings(for: Self.file("### Thank-you note to Mr. Jones\n\nDear Mr. Jones,\n\nThank you for your time.\n[Your name]\n"))
        #expect(summary(warnings) == ["12:draft-position", "12:draft-next-step", "17:draft-placeholder"])
    }
}
