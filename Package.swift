// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "jobjournal",
    products: [
        .executable(name: "jobjournal", targets: ["jobjournal"]),
        .executable(name: "jobjournal-bridge", targets: ["jobjournal-bridge"]),
        .library(
            name: "JobJournal",
            targets: [
                "JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook", "JobJournalReport",
                "JobJournalEdit", "JobJournalImport", "JobJournalLSP", "JobJournalMail",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Import and export only (docs/import.md says why each): spreadsheets, and LinkedIn's ZIP.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // TOML front matter (ply's files, `migrate`); its test-only dependency (Checkit) is
        // never fetched, so it resolves from this machine's copies alone.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // libcmark (Debian libcmark-dev) parses the Markdown body.
        .systemLibrary(name: "Ccmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // libyaml (Debian libyaml-dev) reads the front matter as events.
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // GMime (Debian libgmime-3.0-dev) decodes mail headers for `jobjournal mail`: addresses,
        // RFC 2047 words, dates. Only its header functions are used, so the static release build
        // needs no GIO or GPGME (docs/mail.md).
        .systemLibrary(name: "CGMime", pkgConfig: "gmime-3.0", providers: [.apt(["libgmime-3.0-dev", "libunistring-dev"])]),
        // jemalloc (Debian libjemalloc-dev) replaces malloc in the executable: libyaml and
        // libcmark allocate for every token and node, and glibc's malloc was a fifth of the
        // time of a large report. Its static archive lets the release build be one static
        // executable, which starts in half the time (docs/performance.md).
        .systemLibrary(name: "CJemalloc", providers: [.apt(["libjemalloc-dev"])]),
        // jemalloc's settings, as the C string it reads at start (one arena: docs/performance.md).
        .target(name: "CJemallocSettings"),
        // renameat2 and file leases, which Swift's Glibc module does not show: how a write
        // keeps from losing an editor's save (docs/reliability.md).
        .systemLibrary(name: "CLinux"),
        // SSE2 compares for the JSON writer's escape scan, which Swift's SIMD types do not
        // compile to here (docs/performance.md).
        .systemLibrary(name: "CByteScan"),
        // The library, in layers that depend only downward (docs/architecture.md).
        .target(name: "JobJournalCore"),
        .target(name: "JobJournalIO", dependencies: ["JobJournalCore", "CLinux"]),
        .target(name: "JobJournalParse", dependencies: ["JobJournalCore", "JobJournalIO", "Ccmark", "CYAML"]),
        .target(name: "JobJournalPlaybook", dependencies: ["JobJournalCore"]),
        .target(name: "JobJournalReport", dependencies: ["JobJournalCore", "JobJournalIO", "JobJournalPlaybook", "CByteScan"]),
        .target(name: "JobJournalEdit", dependencies: ["JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook"]),
        // Bringing a search in and taking it out: the only layer that links the CSV, ZIP and
        // TOML libraries, so the others stay as small as they were.
        .target(name: "JobJournalImport", dependencies: ["JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook", "JobJournalEdit", .product(name: "CSV", package: "CSV.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "TOMLKit", package: "TOMLKit")]),
        // The language server: JSON-RPC framing and the few protocol types it uses, written
        // here with Codable (docs/editors.md), over the same model and checks as the CLI.
        .target(name: "JobJournalLSP", dependencies: [
            "JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook", "JobJournalReport", "JobJournalEdit",
        ]),
        .target(name: "JobJournalMail", dependencies: ["JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook", "JobJournalReport", "JobJournalEdit", "CGMime"]),
        // Every command's options, help and work, on ArgumentParser; import, export, lsp and
        // mail do their work in jobjournal-bridge (Sources/JobJournalCLI/Bridge.swift).
        .target(name: "JobJournalCLI", dependencies: ["JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook", "JobJournalReport", "JobJournalEdit", "CJemalloc", "CJemallocSettings", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The command people run. It links none of Foundation, CSV.swift, ZIPFoundation or
        // GMime, so every command starts as fast as the six layers allow.
        .executableTarget(name: "jobjournal", dependencies: ["JobJournalCLI"]),
        // import, export, lsp and mail, started by jobjournal with the same arguments.
        .executableTarget(
            name: "jobjournal-bridge",
            dependencies: [
                "JobJournalCLI", "JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook", "JobJournalReport",
                "JobJournalEdit", "JobJournalImport", "JobJournalLSP", "JobJournalMail", "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(
            name: "JobJournalTests",
            dependencies: [
                "JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook", "JobJournalReport",
                "JobJournalEdit", "JobJournalImport", "JobJournalLSP", "JobJournalMail",
            ]),
        // Runs the built executables, so it depends on them to have them built first; FastPathTests
        // reads JobJournalCLI's fast path directly.
        .testTarget(name: "CLITests", dependencies: ["JobJournalCLI", "jobjournal", "jobjournal-bridge"], exclude: ["Golden", "Fixtures"]),
    ]
)
