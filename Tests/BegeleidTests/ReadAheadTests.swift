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

    /// Notes no stamp vouches for are read before the cache is there (Checking.Pass.startReadingEarly), each as if the
    /// cache held no entry of it; once it is there, a read is taken only where that is so. Here the cache holds the
    /// first file as it is now, kept back by an error (its read is then the cache's findings, not the notes'): that file
    /// is read again the cache's way, and every batch gives the reads a pass that never read early gives.
    @Test func notesReadEarlyAreTakenOnlyWhereTheCacheHoldsNoEntryOfTheirHash() throws {
        let root = try IncrementalBuildTests().input()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = files(root)
        let first = try #require(files.first)
        var cache = BuildCache(key: "read-early")
        let kept = Diagnostic(.error, .frontMatterMissing, path: first, at: SourceLocation(line: 1, column: 1),
                              LocalizedText(nl: "uit de cache", en: "from the cache"))
        cache.entries[BuildCache.name(first)] = BuildCache.Entry(
            hash: BuildCache.hash(try Data(contentsOf: URL(fileURLWithPath: first))), slug: SessionFiles.slug(forPath: first),
            valid: false, findings: [BuildCache.Finding(kept)], files: [])
        // No stamps taken: no file is vouched for, so all four are read early.
        var early = Checking.Pass(files: files, strict: false, policy: .standard, cache: nil, vocabulary: nil)
        let begun = early.startReadingEarly()
        let again = early.startReadingEarly()
        #expect(begun && !again, "begun, once")
        early.use(cache)
        let handed = Handed()
        #expect(early.startReadingAhead { reads in handed.paths = reads.map(\.path) })
        var plain = Checking.Pass(files: files, strict: false, policy: .standard, cache: cache, vocabulary: nil)
        for batch in plain.batches {
            let expected = plain.check(batch)
            let read = early.check(batch)
            #expect(read.map(\.path) == expected.map(\.path))
            for (got, want) in zip(read, expected) {
                #expect(got.hash == want.hash && got.slug == want.slug && got.reused == want.reused)
                #expect(got.diagnostics == want.diagnostics)
                #expect(got.session == want.session && got.session != nil)
            }
        }
        let diagnostics = early.result(kept: KeptSessions()).diagnostics
        #expect(diagnostics == plain.result(kept: KeptSessions()).diagnostics)
        #expect(diagnostics.contains(kept), "the file the cache holds was read the cache's way")
        #expect(handed.paths == files)
        // Without stamps of the last build for more than a few files, nothing is read early.
        var many = Checking.Pass(files: Array(repeating: first, count: Checking.Pass.readAheadLimit + 1), strict: false,
                                 policy: .standard, cache: nil, vocabulary: nil)
        let manyBegun = many.startReadingEarly()
        #expect(!manyBegun)
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
