import BegeleidFuzzing
import Foundation
import Testing

/// Every input the fuzzer once crashed on (`Tests/Corpus/fuzz-regressions/*.bin`,
/// docs/fuzzing.md) runs again through the fuzz target's own code path. A
/// regression crashes the test run, as it crashed the fuzzer.
@Suite("Fuzz regressions: inputs that once crashed the fuzz target")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/fuzz-regressions")

    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".bin") }.sorted()

    /// As many as are in the folder (a renamed folder must not leave `runsThrough` with nothing to run).
    static let expectedCount = 2

    @Test func thereAreRegressions() {
        #expect(Self.inputs.count == Self.expectedCount, "\(Self.inputs): update expectedCount when adding one")
    }

    @Test(arguments: inputs) func runsThrough(_ name: String) throws {
        let data = try #require(FileManager.default.contents(atPath: Self.folder.appendingPathComponent(name).path))
        let outcome = FuzzOneInput.run([UInt8](data))
        #expect(outcome != nil || data.isEmpty)
    }

    @Test func selectorsPickTheirReader() {
        for kind in FuzzOneInput.Kind.allCases {
            #expect(FuzzOneInput.kind(of: FuzzOneInput.selector(for: kind)) == kind)
        }
    }

    /// The seeds reach the renderers: a valid session renders, an offer and
    /// profiles make proposals (so that the fuzzer does not fuzz only the error path).
    @Test func seedsReachTheRenderers() throws {
        let session = try Self.run(UInt8(ascii: "0"), "Tests/BegeleidTests/Fixtures/sessies/ringweg.md")
        #expect(session?.kind == .session && session?.errors == 0 && (session?.rendered ?? 0) > 0)
        let template = try Self.run(UInt8(ascii: "4"), "Templates/rapport.html.mustache")
        #expect(template?.kind == .template && template?.errors == 0 && (template?.rendered ?? 0) > 0)
        #expect(FuzzOneInput.run(Array("4{{<parent}}{{/parent}}".utf8))?.errors == 1)
        let profile = try Self.run(UInt8(ascii: "5"), "Input/organisaties/gemeente-deventer.yaml")
        #expect(profile?.kind == .profile && profile?.errors == 0 && (profile?.rendered ?? 0) > 0)
        let offer = try Self.run(UInt8(ascii: "6"), "Input/aanbod.yaml")
        #expect(offer?.kind == .offer && offer?.errors == 0 && (offer?.rendered ?? 0) > 0)
        let synonyms = try Self.run(UInt8(ascii: "7"), "Input/waarden.yaml")
        #expect(synonyms?.kind == .synonyms && synonyms?.errors == 0 && (synonyms?.rendered ?? 0) > 0)
    }

    /// The file at `path` (from the repository) behind the byte `selector`.
    private static func run(_ selector: UInt8, _ path: String) throws -> FuzzOneInput.Outcome? {
        let repository = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try #require(FileManager.default.contents(atPath: repository.appendingPathComponent(path).path))
        return FuzzOneInput.run([selector] + [UInt8](data))
    }
}
