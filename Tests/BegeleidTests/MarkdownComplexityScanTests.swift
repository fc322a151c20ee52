@testable import BegeleidMarkdown
import Testing

/// Issue 18: `MarkdownComplexity.firstExcess` looks each byte up in a table and passes over those it does not count
/// (a `switch` on every byte of every note was 1 % of a full build). Its answers are those of the scan as first
/// written (`reference`), on generated texts that pass and nearly pass each limit. It also passes over eight bytes
/// at a time where none of them can count.
struct MarkdownComplexityScanTests {
    /// The scan as it was first written: a `switch` on every byte.
    private func reference(_ text: String) -> MarkdownComplexity.Excess? {
        let bytes = Array(text.utf8)
        var angles = 0, brackets = 0, pipes = 0
        var line = 1
        var lineStart = 0
        var lineIsBlank = true
        func excess(_ index: Int, _ character: Character, _ count: Int, _ limit: Int, perLine: Bool) -> MarkdownComplexity.Excess {
            let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
            return MarkdownComplexity.Excess(line: line, column: column, character: character, count: count, limit: limit, perLine: perLine)
        }
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if bytes[index] == UInt8(ascii: "\n"), index > 0, bytes[index - 1] == UInt8(ascii: "\r") {
                    lineStart = index + 1
                    continue
                }
                if lineIsBlank { (angles, brackets) = (0, 0) }
                line += 1
                lineStart = index + 1
                pipes = 0
                lineIsBlank = true
                continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                continue
            case UInt8(ascii: "|"):
                pipes += 1
                if pipes > MarkdownComplexity.pipesPerLine { return excess(index, "|", pipes, MarkdownComplexity.pipesPerLine, perLine: true) }
            case UInt8(ascii: "<"):
                angles += 1
                if angles > MarkdownComplexity.perParagraph { return excess(index, "<", angles, MarkdownComplexity.perParagraph, perLine: false) }
            case UInt8(ascii: "["):
                brackets += 1
                if brackets > MarkdownComplexity.perParagraph { return excess(index, "[", brackets, MarkdownComplexity.perParagraph, perLine: false) }
            default:
                break
            }
            lineIsBlank = false
        }
        return nil
    }

    @Test func theScanIsTheOneFirstWritten() {
        // Runs of each counted sign near their limits, line ends of every kind, lines blank but for spaces and
        // tabs, and characters of several bytes before the place (its column is counted in characters).
        // Runs of text longer than eight bytes, so that the scan's eight-byte steps end at every offset before a sign.
        let pieces = ["<", "[", "|", "\n", "\r", "\r\n", "\n\n", " ", "\t", " \t \n", "a", "é", "e\u{301}", "👍🏽", "woord ",
                      "een zin van meer dan acht bytes, ", "zeven\t ", "x|y<z[w\r\nv"]
        var random = SeededRandom(seed: 1_000)
        var found = 0
        for round in 0..<2_000 {
            var text = ""
            for _ in 0..<(1 + random.next(below: 12)) {
                let piece = pieces[random.next(below: pieces.count)]
                // Long runs of the counted signs, so that about half of the texts pass a limit.
                let counted = piece == "<" || piece == "[" || piece == "|"
                text += String(repeating: piece, count: counted ? random.next(below: piece == "|" ? 450 : 900) : 1 + random.next(below: 3))
            }
            let expected = reference(text)
            #expect(MarkdownComplexity.firstExcess(in: text) == expected, "round \(round)")
            if expected != nil { found += 1 }
        }
        // The texts reach every branch: some pass a limit, most do not.
        #expect(found > 200 && found < 1_800, "\(found) of 2,000 texts pass a limit")
    }
}
