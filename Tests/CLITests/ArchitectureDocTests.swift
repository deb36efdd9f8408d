import Foundation
import Testing

/// docs/architecture.md is the map of the code: its table of targets must say what
/// Package.swift says, target for target and dependency for dependency.
@Suite("docs/architecture.md matches Package.swift")
struct ArchitectureDocTests {
    /// Each library target of Package.swift with the library targets it depends on, and the
    /// packages whose products it links (as `package NAME`).
    static func packageTargets() throws -> [String: Set<String>] {
        let manifest = try String(contentsOf: packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        var targets: [String: Set<String>] = [:]
        let pattern = try NSRegularExpression(pattern: #"\.target\(name: "(\w+)"(?:, dependencies: \[([^\]]*)\])?\)"#)
        for match in pattern.matches(in: manifest, range: NSRange(manifest.startIndex..., in: manifest)) {
            let name = String(manifest[Range(match.range(at: 1), in: manifest)!])
            var dependencies: Set<String> = []
            if let range = Range(match.range(at: 2), in: manifest) {
                for word in manifest[range].split(separator: ",") {
                    let dependency = word.trimmingCharacters(in: CharacterSet(charactersIn: " \"\n"))
                    if dependency.hasPrefix("JobJournal") { dependencies.insert(dependency) }
                    // A package's product: `.product(name: "CSV", package: "CSV.swift")` is named by its package.
                    if dependency.hasPrefix("package: ") {
                        dependencies.insert("package " + dependency.dropFirst("package: ".count).trimmingCharacters(in: CharacterSet(charactersIn: "\")")))
                    }
                }
            }
            // C targets (a setting for jemalloc) are not layers; the table lists the layers.
            if name.hasPrefix("JobJournal") { targets[name] = dependencies }
        }
        return targets
    }

    /// Each row of the "What may import what" table: the target and the layers it names.
    static func documentedTargets() throws -> [String: Set<String>] {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        var targets: [String: Set<String>] = [:]
        for line in doc.split(separator: "\n") where line.hasPrefix("| `JobJournal") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            // `Core, IO, Parse, Edit; packages CSV.swift, ZIPFoundation`: layers (C libraries
            // aside), then the packages whose products the target links.
            let parts = cells[2].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            var dependencies: Set<String> = []
            if parts[0] != "nothing" {
                for word in parts[0].split(separator: ",") {
                    let layer = word.trimmingCharacters(in: .whitespaces)
                    if !(layer.hasPrefix("C") && layer != "Core") { dependencies.insert("JobJournal" + layer) }
                }
            }
            for part in parts.dropFirst() where part.hasPrefix("packages ") {
                for word in part.dropFirst("packages ".count).split(separator: ",") {
                    dependencies.insert("package " + word.trimmingCharacters(in: .whitespaces))
                }
            }
            targets[name] = dependencies
        }
        return targets
    }

    @Test("every library target is in the table with exactly its dependencies")
    func tableMatchesManifest() throws {
        let manifest = try Self.packageTargets()
        // Every library folder in Sources is a target the manifest names.
        let folders = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Sources").path)
            .filter { $0.hasPrefix("JobJournal") }
        #expect(Set(manifest.keys) == Set(folders))
        #expect(try Self.documentedTargets() == manifest)
    }

    @Test("each target's folder exists")
    func foldersExist() throws {
        for name in try Self.packageTargets().keys {
            var isFolder: ObjCBool = false
            let path = packageRoot.appendingPathComponent("Sources/\(name)").path
            #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue, "\(path)")
        }
    }
}
