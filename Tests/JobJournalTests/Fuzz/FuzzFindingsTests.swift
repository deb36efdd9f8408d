import Foundation
import Testing
@testable import JobJournalCore
@testable import JobJournalIO
@testable import JobJournalParse
@testable import JobJournalPlaybook
@testable import JobJournalReport
@testable import JobJournalEdit

/// The fuzzer's seed corpus and every input it found a problem with, run again through the
/// same pipeline and checks as the fuzz target (`OneFilePipeline`). Fuzz/findings/README.md
/// says what each finding was and how it was fixed.
@Suite("Fuzz findings and seeds stay fixed")
struct FuzzFindingsTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(in folder: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: fuzzFolder.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent != "README.md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func check(_ input: URL) throws {
        let bytes = try Data(contentsOf: input)
        let clock = ContinuousClock()
        var broken: [String] = []
        let elapsed = clock.measure {
            broken = bytes.withUnsafeBytes { OneFilePipeline.run($0) }
        }
        #expect(broken.isEmpty, "\(input.lastPathComponent): \(broken.joined(separator: "\n"))")
        #expect(elapsed < .seconds(5), "\(input.lastPathComponent) took \(elapsed)")
    }

    @Test("every finding passes the fuzz target's checks")
    func findings() throws {
        let inputs = try Self.inputs(in: "findings")
        #expect(!inputs.isEmpty)
        for input in inputs { try Self.check(input) }
    }

    @Test("every seed passes the fuzz target's checks")
    func seeds() throws {
        let inputs = try Self.inputs(in: "corpus")
        #expect(inputs.count > 20)
        for input in inputs { try Self.check(input) }
    }
}

/// The fuzz target's checks are only worth their runs if they catch what they look for.
@Suite("The fuzz target's checks")
struct OneFilePipelineCheckTests {
    @Test("a tag the HTML renderer does not write is caught; its own tags pass")
    func html() {
        #expect(OneFilePipeline.htmlProblems("<!DOCTYPE html><p class=\"x\"><strong>A</strong></p>").isEmpty)
        #expect(OneFilePipeline.htmlProblems("<p>&lt;script&gt;</p>").isEmpty)
        #expect(OneFilePipeline.htmlProblems("<p><script>alert(1)</script></p>").count == 2)
        #expect(OneFilePipeline.htmlProblems("<td><img src=x onerror=y></td>").count == 1)
    }

    @Test("a Markdown row with a cell too many is caught; escaped pipes are text")
    func markdown() {
        #expect(OneFilePipeline.markdownProblems("| a | b |\n|---|---|\n| x \\| y | z |\n").isEmpty)
        #expect(OneFilePipeline.markdownProblems("| a | b |\n|---|---|\n| x | y | z |\n").count == 1)
        #expect(OneFilePipeline.markdownProblems("| a | b |\n|---|---|\n| x \\\\| y | z |\n").count == 1)
    }

    @Test("a long, unfolded, bare-LF or injected iCalendar line is caught")
    func calendar() {
        let good = "BEGIN:VCALENDAR\r\nSUMMARY:A\r\n long text\r\nEND:VCALENDAR\r\n"
        #expect(OneFilePipeline.calendarProblems(good).isEmpty)
        #expect(OneFilePipeline.calendarProblems("SUMMARY:" + String(repeating: "x", count: 70) + "\r\n").count == 1)
        #expect(OneFilePipeline.calendarProblems("SUMMARY:A\nATTACH:x\r\n").count == 1)
        #expect(OneFilePipeline.calendarProblems("SUMMARY:A\r\nATTACH:http://x\r\n").count == 1)
        #expect(OneFilePipeline.calendarProblems("SUMMARY:A\u{1B}[2J\r\n").count == 1)
    }

    @Test("raw control characters are caught; the renderers' line breaks are not")
    func controls() {
        #expect(!OneFilePipeline.isRawControl("\n"))
        #expect(["\u{0}", "\u{1B}", "\t", "\r", "\u{7F}", "\u{85}", "\u{9B}"].allSatisfy(OneFilePipeline.isRawControl))
        #expect(!["a", " ", "\u{A0}", "é", "\u{2028}"].contains(where: OneFilePipeline.isRawControl))
    }
}
