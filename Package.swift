// swift-tools-version:6.1
import PackageDescription

// The pipeline, one module a stage, around the model: the data flows as drawn; each module imports
// BegeleidModel and only the modules its target below names.
//
//   file bytes ─► BegeleidReader ─► Session ─► BegeleidChecks ─► findings (per file, then across files)
//                 (Yams; BegeleidMarkdown, the only caller of CCmarkGFM)
//   sessions ─┬─► BegeleidProposals (+ profile, offer) ─► Proposal ─┐
//             ├─► BegeleidOverview ─► Overview ────────────────────┼─► BegeleidRender (BegeleidMustache) ─► files
//             └────────────────────────────────────────────────────┘
//
//   BegeleidPipeline: the one entry point (Pipeline: build, propose, check, templates, preview pages)
//     and the stages in order: Check/ (read + rules), Build/ (collect → check → write reports →
//     across files → aggregate → cache), Output/ (the output folder, its lock, atomic writes)
//   BegeleidLanguageServer (`begeleid lsp`): the same check path inside an editor.
//   BegeleidServe (live preview) and BegeleidCLI (commands) see only BegeleidPipeline and the model;
//   begeleid (main.swift) runs BegeleidCLI. BegeleidFuzzing runs one input through the same check path.
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
        // zlib (Debian's zlib1g-dev, which the Swift toolchain needs too): the workbook's sheets deflated a session at a time.
        .systemLibrary(name: "CBegeleidZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
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
        // The Mustache renderer: templates parsed once at load, rendered over a closed value type (issue 18).
        .target(name: "BegeleidMustache", dependencies: ["BegeleidModel"]),
        .target(
            name: "BegeleidRender",
            dependencies: [
                "BegeleidModel", "BegeleidMarkdown", "BegeleidReader", "BegeleidProposals", "BegeleidOverview", "BegeleidMustache",
                "CBegeleidZlib",
                .product(name: "Yams", package: "Yams"),
            ],
            // `Templates` is a link to the top-level Templates/ (SwiftPM takes no folder outside the target).
            resources: [.embedInCode("Templates"), .embedInCode("Exports/sessie.schema.json"), .embedInCode("Exports/voorstel.schema.json")]
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
                "BegeleidModel", "BegeleidPipeline",
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // `begeleid lsp`: the protocol's types, JSON-RPC framing and dispatch, one feature a file (issue 19).
        .target(name: "BegeleidLanguageServer", dependencies: ["BegeleidModel", "BegeleidReader", "BegeleidPipeline"]),
        .target(
            name: "BegeleidCLI",
            dependencies: [
                "BegeleidModel", "BegeleidPipeline", "BegeleidServe", "BegeleidLanguageServer", "CBegeleidCommit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.embedInCode("Scaffolds")]
        ),
        // The binary's allocator on Linux: Debian's jemalloc, linked ahead of glibc, with its configuration (allocator.c).
        // Only the `begeleid` binary: the tests run on glibc's malloc, and the fuzz target on AddressSanitizer's.
        .target(name: "CBegeleidAllocator", linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]),
        .executableTarget(name: "begeleid", dependencies: ["BegeleidCLI", "CBegeleidAllocator"]),
        // The fuzz target (`make fuzz`, docs/fuzzing.md): one input through the readers,
        // checks and renderers; in the ordinary build a tool that replays files.
        .target(
            name: "BegeleidFuzzing",
            dependencies: ["BegeleidModel", "BegeleidReader", "BegeleidChecks", "BegeleidProposals", "BegeleidRender", "BegeleidPipeline"]
        ),
        .executableTarget(name: "begeleid-fuzz", dependencies: ["BegeleidFuzzing"], path: "Sources/BegeleidFuzz"),
        .testTarget(
            name: "BegeleidTests",
            dependencies: [
                "BegeleidModel", "BegeleidMarkdown", "BegeleidReader", "BegeleidChecks", "BegeleidProposals",
                "BegeleidOverview", "BegeleidRender", "BegeleidPipeline", "BegeleidServe", "BegeleidCLI", "BegeleidFuzzing",
                "BegeleidLanguageServer", "BegeleidMustache",
                // The oracle of the differential test: swift-mustache, the renderer before (TemplateDifferentialTests).
                .product(name: "Mustache", package: "swift-mustache"),
                // Reads the workbook back, entry by entry (WorkbookTests): a ZIP reader that is not the writer.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            exclude: ["Snapshots", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
