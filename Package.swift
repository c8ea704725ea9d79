// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "confidant",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "confidant", targets: ["ConfidantCLI"]),
        .library(name: "Confidant", targets: ["Confidant", "Vault", "Age", "Sodium"]),
        .library(name: "ConfidantWeb", targets: ["ConfidantWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The page on loopback (`confidant web`): its FlyingSocks product, sockets on an event loop
        // with no dependencies of its own (docs/WEB.md says why not its HTTP server).
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CKeyutils", pkgConfig: "libkeyutils", providers: [.apt(["libkeyutils-dev"])]),
        .target(name: "Sodium", dependencies: ["CSodium", "CKeyutils"]),
        .target(name: "Age", dependencies: ["Sodium"]),
        .target(name: "Vault", dependencies: ["Sodium"]),
        // The name data's licences and provenance sit beside it (DraftCheck/Data/README.md).
        .target(
            name: "Confidant", dependencies: ["Vault", "Age", "CStemmer"],
            exclude: ["DraftCheck/Data/README.md", "DraftCheck/Data/GFDL-1.2", "DraftCheck/Data/LICENSE-nicknames"]),
        // The page in the browser: a second front end on the library, with no rule of its own.
        // Sockets and their event loop from FlyingSocks; the HTTP (small, bounded) is its own.
        .target(name: "ConfidantWeb", dependencies: ["Confidant", "Sodium", .product(name: "FlyingSocks", package: "FlyingFox")]),
        .executableTarget(
            name: "ConfidantCLI",
            dependencies: [
                "Confidant", "ConfidantWeb", "Sodium",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "confidant-bench-fixture", dependencies: ["Confidant", "Sodium"], path: "Benchmarks/Fixture"),
        .executableTarget(name: "confidant-bench-age", dependencies: ["Age"], path: "Benchmarks/AgeTool"),
        .executableTarget(
            name: "confidant-bench-codec", dependencies: ["Confidant", "Sodium"], path: "Benchmarks/Codec"),
        .testTarget(name: "SodiumTests", dependencies: ["Sodium"]),
        .testTarget(name: "AgeTests", dependencies: ["Age", "Sodium"], exclude: ["TestKit"]),
        .testTarget(name: "VaultTests", dependencies: ["Vault", "Sodium"]),
        .testTarget(name: "ConfidantTests", dependencies: ["Confidant"], exclude: ["DraftCheck/Corpus"]),
        .testTarget(name: "ConfidantWebTests", dependencies: ["ConfidantWeb", "Confidant"]),
        // The end-to-end tests run the `confidant` binary, so they depend on its target: `swift test`
        // alone builds it first.
        .testTarget(
            name: "ConfidantCLITests", dependencies: ["ConfidantCLI", "ConfidantWeb", "Confidant", "Sodium", "Vault", "Age"],
            // Read by path (ContractSnapshotTests), not bundled.
            exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
