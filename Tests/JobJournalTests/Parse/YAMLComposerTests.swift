import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

// MARK: Helpers

/// The composed root of `text`, failing the test when there is none or an error.
private func root(_ text: String, firstLine: Int = 1, limits: YAMLComposer.Limits = .default) throws -> YAMLNode {
    try #require(try YAMLComposer.compose(text, firstLine: firstLine, limits: limits).get())
}

/// The error composing `text` gives, nil when it composes.
private func failure(_ text: String, firstLine: Int = 1, limits: YAMLComposer.Limits = .default) -> YAMLError? {
    if case .failure(let error) = YAMLComposer.compose(text, firstLine: firstLine, limits: limits) { return error }
    return nil
}

/// The error composing raw bytes gives, nil when they compose.
private func failure(bytes: [UInt8], firstLine: Int = 1) -> YAMLError? {
    let result = bytes.withUnsafeBytes { YAMLComposer.compose($0, firstLine: firstLine) }
    if case .failure(let error) = result { return error }
    return nil
}

/// The value of `key` in a mapping node.
private func value(_ node: YAMLNode, _ key: String) throws -> YAMLNode {
    let pairs = try #require(node.mapping, "not a mapping")
    return try #require(pairs.first { $0.key.text == key }?.value, "no key \(key)")
}

/// A compact rendering of a tree's content (not its locations), to compare trees.
private func outline(_ node: YAMLNode) -> String {
    let tag = node.tag.map { "<\($0)>" } ?? ""
    switch node.kind {
    case .scalar(let s): return tag + s.value
    case .sequence(let items): return tag + "[" + items.map(outline).joined(separator: ", ") + "]"
    case .mapping(let pairs): return tag + "{" + pairs.map { outline($0.key) + ": " + outline($0.value) }.joined(separator: ", ") + "}"
    }
}

private func at(_ line: Int, _ column: Int) -> JobJournalCore.SourceLocation { JobJournalCore.SourceLocation(line: line, column: column) }

// MARK: Scalars

@Suite("YAMLComposer: scalars")
struct YAMLComposerScalarTests {
    @Test func plainScalarKeepsItsTextAndStyle() throws {
        let company = try value(root("company: Acme Corp"), "company")
        #expect(company.scalar == YAMLScalar("Acme Corp", style: .plain))
    }

    @Test func singleQuotedScalarUnescapesDoubledQuotes() throws {
        let node = try value(root("title: 'It''s a job'"), "title")
        #expect(node.scalar == YAMLScalar("It's a job", style: .singleQuoted))
    }

    @Test func doubleQuotedScalarUnescapesBackslashes() throws {
        let node = try value(root(#"note: "tab\there \"quoted\" \u00e9""#), "note")
        #expect(node.scalar == YAMLScalar("tab\there \"quoted\" é", style: .doubleQuoted))
    }

    @Test func literalBlockScalarKeepsLineBreaks() throws {
        let node = try value(root("notes: |\n  first line\n  second line\n"), "notes")
        #expect(node.scalar == YAMLScalar("first line\nsecond line\n", style: .literal))
    }

    @Test func foldedBlockScalarJoinsLines() throws {
        let node = try value(root("notes: >\n  first line\n  second line\n"), "notes")
        #expect(node.scalar == YAMLScalar("first line second line\n", style: .folded))
    }

    @Test func emptyValueIsANullPlainScalar() throws {
        let node = try value(root("salary:\nstatus: applied"), "salary")
        #expect(node.scalar == YAMLScalar("", style: .plain))
        #expect(node.isNull)
    }

    @Test func nonASCIITextSurvives() throws {
        #expect(try value(root("city: Zürich 東京"), "city").text == "Zürich 東京")
    }
}

// MARK: Collections

@Suite("YAMLComposer: collections")
struct YAMLComposerCollectionTests {
    @Test func blockMappingKeepsPairsInOrder() throws {
        let node = try root("company: Acme\nrole: Engineer\nstatus: applied\n")
        #expect(node.isFlow == false)
        #expect(node.mapping?.map { $0.key.text } == ["company", "role", "status"])
        #expect(node.mapping?.map { $0.value.text } == ["Acme", "Engineer", "applied"])
    }

    @Test func blockSequence() throws {
        let tags = try value(root("tags:\n  - remote\n  - swift\n"), "tags")
        #expect(tags.isFlow == false)
        #expect(tags.sequence?.map { $0.text } == ["remote", "swift"])
    }

    @Test func flowSequenceAndFlowMappingAreMarkedFlow() throws {
        let node = try root("tags: [remote, swift]\ncontact: {name: Ann, mail: ann@example.com}")
        let tags = try value(node, "tags")
        let contact = try value(node, "contact")
        #expect(tags.isFlow && contact.isFlow)
        #expect(outline(tags) == "[remote, swift]")
        #expect(outline(contact) == "{name: Ann, mail: ann@example.com}")
    }

    @Test func nestedStructures() throws {
        let text = """
            interviews:
              - date: 2024-03-01
                with: [Ann, Bob]
                notes: |
                  went well
              - date: 2024-03-08
                with: []
            offer: {base: 100, extras: {bonus: 10}}
            """
        #expect(outline(try root(text)) == """
            {interviews: [{date: 2024-03-01, with: [Ann, Bob], notes: went well\n}, \
            {date: 2024-03-08, with: []}], offer: {base: 100, extras: {bonus: 10}}}
            """)
    }

    @Test func commentsAreIgnored() throws {
        let text = "# the company\ncompany: Acme # inline\n# between\nrole: Dev\n  # indented comment\n"
        #expect(outline(try root(text)) == "{company: Acme, role: Dev}")
    }

    @Test func mergeKeyStaysAnOrdinaryPair() throws {
        let node = try root("base: &base {a: 1}\nderived:\n  <<: *base\n  b: 2")
        let derived = try value(node, "derived")
        #expect(derived.mapping?.first?.key.text == "<<")
        #expect(derived.mapping?.first?.value.isAlias == true)
    }

    @Test func duplicateKeysAreKeptForTheDecoderToJudge() throws {
        #expect(outline(try root("a: 1\na: 2")) == "{a: 1, a: 2}")
    }
}

// MARK: Locations

@Suite("YAMLComposer: locations")
struct YAMLComposerLocationTests {
    @Test func linesAndColumnsAreOneBased() throws {
        let node = try root("company: Acme\nrole:   Dev\n")
        #expect(node.location == at(1, 1))
        #expect(node.mapping?[1].key.location == at(2, 1))
        #expect(node.mapping?[1].value.location == at(2, 9))
    }

    @Test func firstLineOffsetsEveryLine() throws {
        // The third line of the text is line 4 of a file whose front matter starts on line 2.
        let node = try root("a: 1\nb: 2\nc: [x, y]\n", firstLine: 2)
        let c = try value(node, "c")
        #expect(c.location == at(4, 4))
        #expect(c.sequence?[1].location == at(4, 8))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        #expect(try value(root("é: [ü, x]"), "é").sequence?[1].location == at(1, 8))
    }

    @Test func crlfTextComposesLikeLFText() throws {
        let node = try root("company: Acme\r\ntags:\r\n  - a\r\n  - b\r\nnotes: |\r\n  one\r\n  two\r\n")
        #expect(outline(node) == "{company: Acme, tags: [a, b], notes: one\ntwo\n}")
        #expect(try value(node, "tags").sequence?[1].location == at(4, 5))
    }

    @Test("a scalar ends just after its last character, a flow list after its bracket")
    func endsOfScalarsAndFlowCollections() throws {
        let node = try root("a: Acme Corp  # a comment\nb: 'q'\nc: [x, y]\nd: two\n  lines\ne:\n", firstLine: 2)
        #expect(try value(node, "a").end == at(2, 13))
        #expect(try value(node, "b").end == at(3, 7))
        #expect(try value(node, "c").end == at(4, 10))
        #expect(try value(node, "d").end == at(6, 8))
        // An empty value sits right after its colon.
        #expect(try value(node, "e").location == at(7, 3))
        #expect(try value(node, "e").end == at(7, 3))
    }

    @Test("a block scalar ends at the start of the line after its content")
    func endOfBlockScalar() throws {
        let node = try root("notes: |\n  one\n  two\n\nnext: 1\n")
        #expect(try value(node, "notes").end == at(5, 1))
    }

    @Test func theBufferAPIUsesTheGivenFirstLine() throws {
        let bytes = Array("a: 1\nb: oops: x\n".utf8)
        let result = bytes.withUnsafeBytes { YAMLComposer.compose($0, firstLine: 10) }
        guard case .failure(let error) = result else {
            Issue.record("expected an error")
            return
        }
        #expect(error.location == at(11, 8))
    }
}

// MARK: Tags, anchors and aliases

@Suite("YAMLComposer: tags, anchors and aliases")
struct YAMLComposerTagAndAliasTests {
    @Test func secondaryTagHandleIsResolved() throws {
        #expect(try value(root("logo: !!binary aGVsbG8="), "logo").tag == "tag:yaml.org,2002:binary")
    }

    @Test func localTagIsKeptAsWritten() throws {
        #expect(try value(root("when: !foo next week"), "when").tag == "!foo")
        #expect(try value(root("list: !foo [1]"), "list").tag == "!foo")
    }

    @Test func noTagAndTheNonSpecificTagAreNil() throws {
        let node = try root("a: plain\nb: ! bang\nc: 'quoted'")
        #expect(try value(node, "a").tag == nil)
        #expect(try value(node, "b").tag == nil)
        #expect(try value(node, "c").tag == nil)
    }

    @Test func aliasIsACopyOfTheAnchoredNodeMarkedAsAlias() throws {
        let node = try root("home: &addr {city: Berlin, zip: 10115}\nwork: *addr\n")
        let home = try value(node, "home")
        let work = try value(node, "work")
        #expect(home.isAlias == false)
        #expect(work.isAlias == true)
        #expect(outline(work) == outline(home))
        #expect(work.isFlow)
        #expect(work.location == at(2, 7))  // the alias's own place
        #expect(work.mapping?[0].value.location == at(1, 20))  // its content stays where written
    }

    @Test("an anchor is recorded on the node that carries it, scalar or collection")
    func anchorsAreRecorded() throws {
        let node = try root("a: &x 1\nb: &list [1]\nc: *x\nd: 2\n")
        #expect(try value(node, "a").hasAnchor)
        #expect(try value(node, "b").hasAnchor)
        #expect(try !value(node, "d").hasAnchor)
        #expect(try value(node, "c").end == at(3, 6))
    }

    @Test func scalarAliasKeepsStyleAndTag() throws {
        let node = try root("a: &x !foo 'text'\nb: *x")
        let b = try value(node, "b")
        #expect(b.isAlias)
        #expect(b.scalar == YAMLScalar("text", style: .singleQuoted))
        #expect(b.tag == "!foo")
    }

    @Test func aRedefinedAnchorNamesItsLatestNode() throws {
        #expect(try value(root("a: &x 1\nb: &x 2\nc: *x"), "c").text == "2")
    }

    @Test func unknownAliasIsASyntaxError() throws {
        let error = try #require(failure("a: 1\nb: *nowhere\n"))
        #expect(error.id == "yaml-syntax")
        #expect(error.location == at(2, 4))
        #expect(error.message.contains("*nowhere"))
    }

    @Test func aliasInsideItsOwnAnchorIsAnError() throws {
        let error = try #require(failure("a: &loop [1, *loop]"))
        #expect(error.id == "yaml-syntax")
        #expect(error.location == at(1, 14))
    }
}

// MARK: Hostile input

@Suite("YAMLComposer: limits on hostile input")
struct YAMLComposerLimitTests {
    static let billionLaughs = """
        a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
        """

    @Test func billionLaughsStopsAtTheAliasLimitQuickly() throws {
        let clock = ContinuousClock()
        var error: YAMLError?
        let elapsed = clock.measure { error = failure(Self.billionLaughs) }
        let found = try #require(error)
        #expect(found.id == "yaml-alias-limit")
        #expect(found.message.contains("100000"))
        #expect(found.location.line == 6)  // 9^5 values first pass 100,000 in the line of `f`
        #expect(elapsed < .milliseconds(500))
    }

    @Test func aliasesWithinTheLimitAreFine() throws {
        let node = try root("a: &a [1, 2]\nb: [*a, *a, *a]")
        #expect(outline(try value(node, "b")) == "[[1, 2], [1, 2], [1, 2]]")
    }

    @Test func aliasLimitIsConfigurable() throws {
        let limits = YAMLComposer.Limits(maxDepth: 200, maxExpandedNodes: 15)
        // root, a, [1, 2, 3] (4 values), b, *a (4 more) = 11; c, *a = 16.
        let error = try #require(failure("a: &a [1, 2, 3]\nb: *a\nc: *a", limits: limits))
        #expect(error.id == "yaml-alias-limit")
        #expect(error.location == at(3, 4))
    }

    @Test func deepFlowNestingStopsAtTheDepthLimit() throws {
        let text = "key: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        let error = try #require(failure(text))
        #expect(error.id == "yaml-depth-limit")
        // The mapping is level 1, so the 200th `[` (column 5 + 200) is the 201st level.
        #expect(error.location == at(1, 205))
    }

    @Test func unclosedDeepFlowNestingStopsAtTheDepthLimitToo() throws {
        let error = try #require(failure(String(repeating: "[", count: 20_000)))
        #expect(error.id == "yaml-depth-limit")
        #expect(error.location == at(1, 201))
    }

    @Test func deepBlockSequenceNestingStopsAtTheDepthLimit() throws {
        let error = try #require(failure(String(repeating: "- ", count: 20_000) + "x"))
        #expect(error.id == "yaml-depth-limit")
        #expect(error.location == at(1, 401))
    }

    @Test func deepBlockMappingNestingStopsAtTheDepthLimit() throws {
        var text = ""
        for level in 0..<1_000 { text += String(repeating: " ", count: level) + "k:\n" }
        let error = try #require(failure(text))
        #expect(error.id == "yaml-depth-limit")
        #expect(error.location == at(201, 201))
    }

    @Test func nestingUpToTheLimitIsAllowed() throws {
        let limits = YAMLComposer.Limits(maxDepth: 3, maxExpandedNodes: 100)
        #expect(failure("[[[x]]]", limits: limits) == nil)
        #expect(failure("[[[[x]]]]", limits: limits)?.location == at(1, 4))
    }

    @Test func aliasesCannotSmuggleDepthPastTheLimit() throws {
        let limits = YAMLComposer.Limits(maxDepth: 4, maxExpandedNodes: 100)
        let error = try #require(failure("a: &deep [[x]]\nb: [[*deep]]", limits: limits))
        #expect(error.id == "yaml-depth-limit")
        #expect(error.location == at(2, 6))
    }
}

// MARK: Errors

@Suite("YAMLComposer: errors")
struct YAMLComposerErrorTests {
    @Test func mappingValueInsideAPlainValue() throws {
        let error = try #require(failure("company: Acme\nrole: Dev: Senior\n", firstLine: 2))
        #expect(error.id == "yaml-syntax")
        #expect(error.message == "mapping values are not allowed in this context")
        #expect(error.location == at(3, 10))
    }

    @Test func unclosedFlowSequencePointsAtItsBracket() throws {
        let error = try #require(failure("a: 1\nkey: [unclosed\n"))
        #expect(error.id == "yaml-syntax")
        #expect(error.message == "did not find expected ',' or ']' before the end of the front matter (while parsing a flow sequence)")
        #expect(error.location == at(2, 6))
    }

    @Test func errorInsideAnOpenFlowSequenceNamesWhereItStarts() throws {
        let error = try #require(failure("key: [a, b\nnext: 1\n"))
        #expect(error.message == "did not find expected ',' or ']' (while parsing a flow sequence that starts on line 1)")
        #expect(error.location == at(2, 5))
    }

    @Test func keyWithoutColonPointsAtTheKey() throws {
        let error = try #require(failure("company: Acme\nrole\nstatus: applied\n"))
        #expect(error.id == "yaml-syntax")
        #expect(error.message == "could not find expected ':' (while scanning a simple key)")
        #expect(error.location == at(2, 1))
    }

    @Test func messagesAreLowerCaseWithoutFinalPeriod() throws {
        for text in ["a: b: c", "a: [1", "- a\nb: 1", "a: !e!x 1", "a: &\n", "x: @y", "a: 'x"] {
            let error = try #require(failure(text))
            #expect(error.id == "yaml-syntax")
            #expect(!error.message.hasSuffix("."))
            #expect(error.message.first?.isLowercase == true)
        }
    }

    @Test func unterminatedQuotePointsAtTheQuote() throws {
        let error = try #require(failure("a: 1\nb: \"never closed\nc: 3\n"))
        #expect(error.id == "yaml-syntax")
        #expect(error.location == at(2, 4))
    }

    @Test func tabIndentationGetsAFriendlyMessage() throws {
        let error = try #require(failure("company: Acme\ncontact:\n\tname: Ann\n", firstLine: 2))
        #expect(error.id == "yaml-syntax")
        #expect(error.message == "tabs cannot indent YAML; use spaces")
        #expect(error.location == at(4, 1))
    }

    @Test func tabAfterSpacesInIndentationIsFoundToo() throws {
        let error = try #require(failure("contact:\n  name: Ann\n  \tmail: ann@example.com\n"))
        #expect(error.message == "tabs cannot indent YAML; use spaces")
        #expect(error.location == at(3, 3))
    }

    @Test func invalidUTF8IsAnErrorWithALocation() throws {
        let error = try #require(failure(bytes: Array("a: 1\nb: x".utf8) + [0xFF, 0xFE] + Array("\n".utf8), firstLine: 2))
        #expect(error.id == "yaml-syntax")
        #expect(error.message.contains("UTF-8"))
        #expect(error.location == at(3, 5))
    }

    @Test func truncatedUTF8AtTheEndIsAnError() throws {
        let error = try #require(failure(bytes: Array("a: é".utf8).dropLast()))
        #expect(error.id == "yaml-syntax")
        #expect(error.location == at(1, 4))
    }

    @Test func nulByteIsAnErrorWithALocation() throws {
        let error = try #require(failure(bytes: Array("a: 1\nb: x".utf8) + [0] + Array("y\n".utf8)))
        #expect(error.id == "yaml-syntax")
        #expect(error.message == "control characters are not allowed (U+0000)")
        #expect(error.location == at(2, 5))
    }

    @Test func otherControlCharactersAreErrors() throws {
        #expect(failure("a: \u{1}")?.id == "yaml-syntax")
        #expect(failure("a: \u{7F}")?.id == "yaml-syntax")
    }
}

// MARK: Documents

@Suite("YAMLComposer: documents")
struct YAMLComposerDocumentTests {
    @Test func emptyTextIsNil() throws {
        #expect(try YAMLComposer.compose("").get() == nil)
        #expect(try YAMLComposer.compose("\n\n  \n").get() == nil)
    }

    @Test func commentOnlyTextIsNil() throws {
        #expect(try YAMLComposer.compose("# nothing yet\n  # still nothing\n").get() == nil)
    }

    @Test func anExplicitEmptyDocumentIsNil() throws {
        #expect(try YAMLComposer.compose("---\n# nothing\n").get() == nil)
    }

    @Test func aSingleScalarDocumentIsItsRoot() throws {
        #expect(try root("just text").scalar == YAMLScalar("just text"))
    }

    @Test func documentEndMarkerFollowedByCommentsIsOneDocument() throws {
        #expect(outline(try root("a: 1\n...\n# done\n")) == "{a: 1}")
    }

    @Test func secondDocumentAfterSeparatorIsAnError() throws {
        let error = try #require(failure("a: 1\n---\nb: 2\n"))
        #expect(error.id == "yaml-multiple-documents")
        #expect(error.location == at(2, 1))
    }

    @Test func textAfterDocumentEndIsAnError() throws {
        let error = try #require(failure("a: 1\n...\nb: 2\n"))
        #expect(error.id == "yaml-multiple-documents")
        #expect(error.location == at(3, 1))
    }
}
