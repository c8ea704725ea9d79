// swift-tools-version:6.0
// libFuzzer targets for Confidant's parsers (make fuzz). A package of its own, because a fuzz
// target only links with -sanitize=fuzzer and must stay out of the ordinary build.
import PackageDescription

let fuzzTarget = { (name: String) in
    Target.executableTarget(
        name: name, dependencies: ["FuzzDriver", .product(name: "Confidant", package: "main")], path: "Sources/\(name)")
}

let package = Package(
    name: "confidant-fuzz",
    dependencies: [.package(name: "main", path: "..")],
    targets: [.target(name: "FuzzDriver")] + ["fuzz-vault", "fuzz-age", "fuzz-export", "fuzz-import", "fuzz-draft", "fuzz-merge"].map(fuzzTarget)
        + [
            // The page on loopback, fed raw HTTP through a real socket.
            .executableTarget(
                name: "fuzz-web",
                dependencies: [
                    "FuzzDriver", .product(name: "Confidant", package: "main"), .product(name: "ConfidantWeb", package: "main"),
                ], path: "Sources/fuzz-web")
        ],
    swiftLanguageModes: [.v6]
)
