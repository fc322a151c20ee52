@testable import BegeleidMarkdown
import Foundation
import Testing

/// Parses on many threads at once give what one parse gives (`InlineParsing`): without the lock,
/// cmark-gfm's global table of special characters lost `~` and `w` from under a parse now and then,
/// and struck text or a bare web address came out plain.
@Suite("cmark-gfm on many threads")
struct MarkdownThreadTests {
    @Test func parsesOnManyThreadsAgree() {
        let fragments = ["~~weg~~ en www.example.nl", "Zie ~oud~ en mail@example.nl", "| a | b |\n|---|---|\n| ~x~ | www.y.nl |"]
        let expected = fragments.map(Markdown.html)
        #expect(expected[0].contains("<del>") && expected[0].contains("<a href"))
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 4_000) { index in
            let which = index % fragments.count
            if Markdown.html(fragments[which]) != expected[which] { results.mismatch() }
        }
        #expect(results.mismatches == 0)
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var mismatches: Int { lock.withLock { count } }
        func mismatch() { lock.withLock { count += 1 } }
    }
}
