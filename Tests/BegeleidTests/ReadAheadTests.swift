@testable import BegeleidPipeline
import BegeleidModel
import BegeleidReader
import Foundation
import Testing

/// A build with a cache reads ahead the few notes the cache cannot vouch for (Checking.Pass.startReadingAhead):
/// each batch then gives the reads it would have made itself, and more than a few are left to their batches.
@Suite("Reading ahead the notes the cache cannot vouch for")
struct ReadAheadTests {
    /// The notes files of `root`'s `Input/sessies`, in the order a build takes them.
    private func files(_ root: URL) -> [String] {
        SessionFiles.collect([root.appendingPathComponent("Input/sessies").path]).files
    }

    @Test func eachBatchGivesTheReadsItWouldHaveMade() throws {
        let root = try IncrementalBuildTests().input()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = files(root)
        #expect(files.count == 4)
        // A cache that knows none of the files: none is vouched for, so all four are read ahead.
        let cache = BuildCache(key: "read-ahead")
        var ahead = Checking.Pass(files: files, strict: false, policy: .standard, cache: cache, vocabulary: nil)
        // What is read ahead is handed over as soon as it is read (a build begins those reports then).
        let handed = Handed()
        let begun = ahead.startReadingAhead { reads in handed.paths = reads.map(\.path) }
        let again = ahead.startReadingAhead()
        #expect(begun && !again, "begun, once")
        var plain = Checking.Pass(files: files, strict: false, policy: .standard, cache: cache, vocabulary: nil)
        for batch in plain.batches {
            let expected = plain.check(batch)
            let read = ahead.check(batch)
            #expect(read.map(\.path) == expected.map(\.path) && !read.isEmpty)
            for (got, want) in zip(read, expected) {
                #expect(got.hash == want.hash && got.slug == want.slug && got.reused == want.reused)
                #expect(got.diagnostics == want.diagnostics)
                #expect(got.session == want.session && got.session != nil)
            }
        }
        #expect(ahead.result(kept: KeptSessions()).diagnostics == plain.result(kept: KeptSessions()).diagnostics)
        #expect(handed.paths == files, "every file read ahead was handed over before its batch was checked")
    }

    private final class Handed: @unchecked Sendable {
        var paths: [String] = []
    }

    @Test func moreThanAFewOrNoCacheAreLeftToTheirBatches() throws {
        let root = try IncrementalBuildTests().input()
        defer { try? FileManager.default.removeItem(at: root) }
        let sessions = root.appendingPathComponent("Input/sessies")
        let source = sessions.appendingPathComponent("breda-sentimentmeter.md")
        var without = Checking.Pass(files: files(root), strict: false, policy: .standard, cache: nil, vocabulary: nil)
        let withoutBegun = without.startReadingAhead()
        #expect(!withoutBegun, "a build without a cache reads every file in its batch")
        for index in 0..<(Checking.Pass.readAheadLimit + 1 - files(root).count) {
            try FileManager.default.copyItem(at: source, to: sessions.appendingPathComponent("kopie-\(index).md"))
        }
        #expect(files(root).count == Checking.Pass.readAheadLimit + 1)
        var many = Checking.Pass(files: files(root), strict: false, policy: .standard, cache: BuildCache(key: "read-ahead"),
                                 vocabulary: nil)
        let manyBegun = many.startReadingAhead()
        #expect(!manyBegun)
        try FileManager.default.removeItem(at: sessions.appendingPathComponent("kopie-0.md"))
        var few = Checking.Pass(files: files(root), strict: false, policy: .standard, cache: BuildCache(key: "read-ahead"),
                                vocabulary: nil)
        let fewBegun = few.startReadingAhead()
        #expect(fewBegun, "as many as the limit are read ahead")
    }
}
