// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "jobjournal",
    products: [
        .executable(name: "jobjournal", targets: ["jobjournal"]),
        .library(
            name: "JobJournal",
            targets: [
                "JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook", "JobJournalReport",
                "JobJournalEdit", "JobJournalMail",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        // The library, in layers that depend only downward (docs/architecture.md).
        .target(name: "JobJournalCore"),
        .target(name: "JobJournalIO", dependencies: ["JobJournalCore"]),
        .target(name: "JobJournalParse", dependencies: ["JobJournalCore", "JobJournalIO", "Ccmark", "CYAML"]),
        .target(name: "JobJournalPlaybook", dependencies: ["JobJournalCore"]),
        .target(name: "JobJournalReport", dependencies: ["JobJournalCore", "JobJournalIO", "JobJournalPlaybook"]),
        .target(name: "JobJournalEdit", dependencies: ["JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook"]),
        .target(name: "JobJournalMail", dependencies: ["JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook", "JobJournalReport", "JobJournalEdit", "CGMime"]),
        .executableTarget(
            name: "jobjournal",
            dependencies: [
                "JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook", "JobJournalReport",
                "JobJournalEdit", "JobJournalMail", "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(
            name: "JobJournalTests",
            dependencies: [
                "JobJournalCore", "JobJournalIO", "JobJournalParse", "JobJournalPlaybook", "JobJournalReport",
                "JobJournalEdit", "JobJournalMail",
            ]),
        // Runs the built executable, so it depends on it to have it built first.
        .testTarget(name: "CLITests", dependencies: ["jobjournal"], exclude: ["Golden"]),
    ]
)
