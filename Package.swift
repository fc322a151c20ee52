// swift-tools-version:6.0
import PackageDescription

// The pipeline, one module a stage:
//   CCmarkGFM (C library) → BegeleidMarkdown (the only Swift code calling cmark-gfm)
//   → BegeleidModel → BegeleidReader → BegeleidChecks → BegeleidProposals (profile + offer → proposal)
//   → BegeleidOverview (many sessions → what values come back where)
//   → BegeleidRender
//   → BegeleidPipeline (check and build, as a library) → BegeleidServe (live preview: watch + HTTP)
//   → BegeleidCLI → begeleid (main.swift)
let package = Package(
    name: "begeleid",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "begeleid", targets: ["begeleid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
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
                "BegeleidModel", "BegeleidPipeline", "BegeleidReader", "BegeleidRender", .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "BegeleidCLI",
            dependencies: [
                "BegeleidModel", "BegeleidPipeline", "BegeleidReader", "BegeleidRender", "BegeleidServe",
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
            ],
            exclude: ["Snapshots", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
