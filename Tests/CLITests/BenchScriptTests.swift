import Foundation
import Testing

@Suite("The benchmark script")
struct BenchScriptTests {
    @Test("runs on small journals and prints every target's figure and verdict",
          .enabled(if: ExternalTools.cmark != nil && ExternalTools.hyperfine != nil && ExternalTools.python != nil,
                   "needs cmark, hyperfine and python3 (make test-deps)"))
    func smallRun() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jobjournal-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        var environment = ProcessInfo.processInfo.environment
        environment["BENCH_SIZES"] = "20 200"
        environment["BENCH_RUNS"] = "2"
        environment["BENCH_DIR"] = work.path
        environment["JOBJOURNAL"] = executable.path
        // The user's cache folder, as far as the script can tell: it must stay untouched.
        let userCache = work.appendingPathComponent("user-cache")
        environment["XDG_CACHE_HOME"] = userCache.path
        let run = try runProgram(URL(fileURLWithPath: "/bin/sh"), ["scripts/bench.sh"], in: packageRoot,
                                 environment: environment, timeout: 300)
        #expect(run.status == 0, "bench.sh failed: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("machine: ") == true)
        let rows = lines.filter { $0.hasSuffix(" met") || $0.hasSuffix("NOT MET") }
        #expect(rows.count == 13, "rows: \(rows)")
        #expect(rows.contains { $0.hasPrefix("import linkedin, 20 rows, vs cp -r") })
        #expect(rows.contains { $0.hasPrefix("mail, scanning 20 messages in a Maildir") })
        #expect(rows.contains { $0.hasPrefix("mail, 20 messages, 20 applications") })
        #expect(rows.contains { $0.hasPrefix("report --format json, 20 applications") })
        #expect(rows.contains { $0.hasPrefix("stats --format json, 20 applications") && $0.contains(" vs report ") })
        #expect(rows.contains { $0.hasPrefix("check FILE, one application") })
        #expect(rows.contains { $0.hasPrefix("report growth 20 -> 200 (10x more)") })
        #expect(rows.contains { $0.hasPrefix("peak memory, report, 20 applications") && $0.contains(" MiB") })
        // The parse cache's rows, side by side with cmark.
        for row in ["due --format json, warm cache, 20 applications", "report --format json, warm cache, 20 applications",
                    "due --format json, one file edited, 20 applications"] {
            #expect(rows.contains { $0.hasPrefix(row) && $0.contains(" vs cmark ") }, "no row \(row)")
        }
        #expect(rows.contains { $0.hasPrefix("due --format json, no cache yet, 20 applications") && $0.contains(" vs no cache ") })
        #expect(rows.contains { $0.hasPrefix("peak memory, report, warm cache, 20 applications") && $0.contains("(caches ") })
        // The benchmark keeps its cache to itself, out of the user's cache folder.
        #expect(!FileManager.default.fileExists(atPath: userCache.path))
        // The journals are generated the same way every time.
        let again = work.appendingPathComponent("again")
        _ = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "scripts/generate-journal.py", "20", again.path], in: packageRoot)
        let first = try FileManager.default.subpathsOfDirectory(atPath: work.appendingPathComponent("journal-20").path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(first == (try FileManager.default.subpathsOfDirectory(atPath: again.path).filter { $0.hasSuffix(".md") }.sorted()))
        for path in first {
            let a = try Data(contentsOf: work.appendingPathComponent("journal-20").appendingPathComponent(path))
            let b = try Data(contentsOf: again.appendingPathComponent(path))
            #expect(a == b, "\(path) differs between two generations")
        }
    }
}
