import Foundation
import Testing

/// The same input gives the same bytes, in every process: Swift seeds its
/// hashing per process, so anything that follows a dictionary's order shows
/// up only between two runs of the binary (it did, in the value map).
@Suite("Determinism across processes")
struct DeterminismTests {
    @Test func twoBuildsOfAGeneratedCorpusAreByteIdentical() throws {
        let folder = Fixtures.temporaryFolder("determinism")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = Fixtures.repository.appendingPathComponent("scripts/corpus.py").path
        let generator = try Python.run("import runpy, sys; sys.argv[0] = 'corpus.py'; runpy.run_path('\(script)', run_name='__main__')",
                                       arguments: ["300", folder.path, "--seed", "7"])
        #expect(generator.status == 0, "\(generator.stderr)")
        var outputs: [[String: Data]] = []
        for run in ["Een", "Twee"] {
            let build = try Binary.run(["build", "--input", "Input", "--output", run], in: folder)
            #expect(build.status == 0, "\(build.stderr.prefix(1000))")
            outputs.append(Fixtures.contents(of: folder.appendingPathComponent(run)))
        }
        #expect(outputs[0].count > 300 * 4)
        // (The notes' stamps say when the notes were written, not what they say: the one file that differs by design.)
        let differing = outputs[0].keys.filter { outputs[0][$0] != outputs[1][$0] && $0 != Fixtures.stamps }.sorted()
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }
}
