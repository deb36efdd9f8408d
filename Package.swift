// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "jobjournal",
    products: [
        .executable(name: "jobjournal", targets: ["jobjournal"]),
        .library(name: "JobJournal", targets: ["JobJournal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libcmark (Debian libcmark-dev) parses the Markdown body.
        .systemLibrary(name: "Ccmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // libyaml (Debian libyaml-dev) reads the front matter as events.
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // jemalloc (Debian libjemalloc-dev) replaces malloc in the executable: libyaml and
        // libcmark allocate for every token and node, and glibc's malloc was a fifth of the
        // time of a large report. Its static archive lets the release build be one static
        // executable, which starts in half the time (docs/performance.md).
        .systemLibrary(name: "CJemalloc", providers: [.apt(["libjemalloc-dev"])]),
        // renameat2 and file leases, which Swift's Glibc module does not show: how a write
        // keeps from losing an editor's save (docs/reliability.md).
        .systemLibrary(name: "CLinux"),
        .target(name: "JobJournal", dependencies: ["Ccmark", "CYAML", "CLinux"]),
        .executableTarget(
            name: "jobjournal",
            dependencies: [
                "JobJournal",
                "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "JobJournalTests", dependencies: ["JobJournal"]),
        // Runs the built executable, so it depends on it to have it built first.
        .testTarget(name: "CLITests", dependencies: ["jobjournal"], exclude: ["Golden"]),
    ]
)
