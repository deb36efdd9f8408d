import Foundation
import Testing
@testable import JobJournal

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
