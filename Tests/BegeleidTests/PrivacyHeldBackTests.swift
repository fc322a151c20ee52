import BegeleidPipeline
import Foundation
import Testing

/// The privacy corpus through the binary: notes held back by an error write
/// no report, but they are still read, reported and cached. Nothing they hide
/// (`LEK-…`) may reach the terminal (every format), the build cache or any
/// file of the output folder.
@Suite("Privacy: notes held back by an error print nothing private", .serialized)
struct PrivacyHeldBackTests {
    @Test func heldBackNotesLeakNowhere() throws {
        let corpus = PrivacyAndSafetyTests.privacyCorpus
        #expect(corpus.count == Fixtures.expectedCounts["privacy"])
        let root = try Fixtures.input(corpus.map { "privacy/\($0)" })
        defer { try? FileManager.default.removeItem(at: root) }
        let sessions = root.appendingPathComponent("Input/sessies")
        let heldBack = corpus.filter { Checking.run(files: [sessions.appendingPathComponent($0).path], strict: false).valid.isEmpty }
        #expect(heldBack.count >= 10, "the corpus holds notes with errors: \(heldBack)")

        let build = try Binary.run(["build", "--format", "human"], in: root)
        #expect(build.status == 1, "some notes have errors: \(build.stderr)")
        for name in heldBack {
            #expect(build.stderr.contains("Input/sessies/\(name):"), "\(name) is reported")
        }
        #expect(!(build.stdout + build.stderr).contains("LEK-"), "private text in the terminal (build --format human)")
        for format in ["compiler", "human", "json"] {
            let check = try Binary.run(["check", "--format", format], in: root)
            #expect(check.status == 1, "\(format): \(check.stderr)")
            #expect((check.stdout + check.stderr).count > 1000, "\(format): findings are printed")
            #expect(!(check.stdout + check.stderr).contains("LEK-"), "private text in the terminal (check --format \(format))")
        }
        let output = Fixtures.contents(of: root.appendingPathComponent("Output"))
        let cache = try #require(output[".begeleid/cache.json"], "the build finished and wrote its cache")
        #expect(String(decoding: cache, as: UTF8.self).contains("notes-heading-misplaced"), "the cache holds the findings")
        for (name, data) in output {
            #expect(!String(decoding: data, as: UTF8.self).contains("LEK-"), "private text in Output/\(name)")
        }
        for name in heldBack {
            #expect(output["sessies/\((name as NSString).deletingPathExtension)/rapport.html"] == nil, "\(name) has no report")
        }
    }
}
