// swift-tools-version:6.1
import PackageDescription

// The pipeline, one module a stage:
//   CCmarkGFM (C library) → BegeleidMarkdown (the only Swift code calling cmark-gfm)
//   → BegeleidModel → BegeleidReader → BegeleidChecks → BegeleidProposals (profile + offer → proposal)
//   → BegeleidOverview (many sessions → what values come back where)
//   → BegeleidRender
//   → BegeleidPipeline (check and build, as a library) → BegeleidServe (live preview: watch + HTTP)
//   → BegeleidCLI → begeleid (main.swift)
//
// The live preview runs on Hummingbird 2 (HummingbirdCore + hummingbird-websocket) over SwiftNIO:
// NIO's HTTP/1 decoder is bounded and linear, and a channel pipeline lets the preview put its own
// guards (request size and time limits, Host and Origin checks) in front of it. FlyingFox 0.27.1,
// the server before, read request lines in quadratic time with no limit or timeout (issue 14).
// swift-nio, swift-log and swift-http-types are named only to import their modules; Hummingbird
// brings the same versions. Hummingbird's traits are off: the preview needs no swift-configuration.
let package = Package(
    name: "begeleid",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "begeleid", targets: ["begeleid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The commit `--version` names (a C file that includes a header `make build` writes, when present).
        .target(name: "CBegeleidCommit"),
        .target(name: "BegeleidMarkdown", dependencies: ["CCmarkGFM"]),
        .target(name: "BegeleidModel"),
        .target(
            name: "BegeleidReader",
            dependencies: ["BegeleidModel", "BegeleidMarkdown", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "BegeleidChecks", dependencies: ["BegeleidModel"]),
        .target(name: "BegeleidProposals", dependencies: ["BegeleidModel"]),
        .target(name: "BegeleidOverview", dependencies: ["BegeleidModel"]),
        .target(
            name: "BegeleidRender",
            dependencies: [
                "BegeleidModel", "BegeleidMarkdown", "BegeleidReader", "BegeleidProposals", "BegeleidOverview",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "BegeleidPipeline",
            dependencies: [
                "BegeleidModel", "BegeleidReader", "BegeleidChecks", "BegeleidProposals", "BegeleidOverview", "BegeleidRender",
            ]
        ),
        .target(
            name: "BegeleidServe",
            dependencies: [
                "BegeleidModel", "BegeleidPipeline", "BegeleidReader", "BegeleidRender",
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(
            name: "BegeleidCLI",
            dependencies: [
                "BegeleidModel", "BegeleidPipeline", "BegeleidReader", "BegeleidRender", "BegeleidServe", "CBegeleidCommit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "begeleid", dependencies: ["BegeleidCLI"]),
        // The fuzz target (`make fuzz`, docs/fuzzing.md): one input through the readers,
        // checks and renderers; in the ordinary build a tool that replays files.
        .target(
            name: "BegeleidFuzzing",
            dependencies: ["BegeleidModel", "BegeleidReader", "BegeleidChecks", "BegeleidProposals", "BegeleidRender"]
        ),
        .executableTarget(name: "begeleid-fuzz", dependencies: ["BegeleidFuzzing"], path: "Sources/BegeleidFuzz"),
        .testTarget(
            name: "BegeleidTests",
            dependencies: [
                "BegeleidModel", "BegeleidMarkdown", "BegeleidReader", "BegeleidChecks", "BegeleidProposals",
                "BegeleidOverview", "BegeleidRender", "BegeleidPipeline", "BegeleidServe", "BegeleidCLI", "BegeleidFuzzing",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            exclude: ["Snapshots", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
