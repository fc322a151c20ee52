import BegeleidModel
@testable import BegeleidRender
import Foundation
import Testing

/// The value map's SVG drawn once for both its uses, its escaping byte by
/// byte, and label wrapping on bytes equal to wrapping by `Character`.
@Suite("Value map SVG")
struct ValueMapSVGTests {
    /// Numbers are written without a String between (issue 18, `appendDecimal`): the same digits as `String(_:)` gives.
    @Test func digitsAsStringWritesThem() {
        var random = SeededRandom(seed: 11)
        let values = Array(-1_100...1_100) + [Int.min, Int.max, Int.min + 1, 9, 10, 99, 100, 999_999, 1_000_000]
            + (0..<2_000).map { _ in random.next(below: Int.max) - random.next(below: Int.max) }
        for value in values {
            var out: [UInt8] = []
            out.appendDecimal(value)
            #expect(out == Array(String(value).utf8), "\(value)")
        }
        // The stamps' numbers (`StampFile`) are written the same way: times and sizes as Int64, inodes and devices
        // as UInt64.
        for value: UInt64 in [0, 9, 10, UInt64.max, UInt64(Int64.max) + 1] + (0..<500).map({ _ in random.next() }) {
            var out: [UInt8] = []
            out.appendDecimal(value)
            #expect(out == Array(String(value).utf8), "\(value)")
        }
        for value: Int64 in [Int64.min, Int64.max, -1, 0] {
            var out: [UInt8] = []
            out.appendDecimal(value)
            #expect(out == Array(String(value).utf8), "\(value)")
        }
        for tenths in -300...300 {
            let value = Double(tenths) / 10
            let whole = Int((value * 10).rounded())
            let reference = String(whole / 10) + (whole % 10 == 0 ? "" : "." + String(abs(whole % 10)))
            #expect(ValueMapSVG.number(value) == reference, "\(value)")
        }
    }

    @Test func theFileIsTheInlineDrawingAfterADeclaration() {
        let session = ValueMapTests.largeSession()
        let map = ValueMap(session: session, labels: ValueMapTests.labels)
        #expect(map.svg(standalone: true) == ValueMapSVG.render(map.layout, title: map.title, description: map.description, standalone: true))
        #expect(map.svg(standalone: false) == ValueMapSVG.render(map.layout, title: map.title, description: map.description, standalone: false))
        #expect(map.svg(standalone: true) == ValueMapSVG.declaration + map.svg(standalone: false))
        #expect(map.file == Data(map.svg(standalone: true).utf8))
    }

    @Test func escapingHoldsWhereMarksJoinASpecialCharacterIntoOneCharacter() {
        #expect(ValueMapSVG.escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        #expect(ValueMapSVG.escape("tab\there, bell\u{7} and\r\nnewline") == "tab\there, bell and newline", "a line end is a space: an option typed over two lines read “tenzijde” in its title")
        // U+0600 (prepended) and U+0301 (combining) make one `Character` with the `<`: still escaped.
        #expect(ValueMapSVG.escape("\u{600}<img src=x onerror=alert(1)//") == "\u{600}&lt;img src=x onerror=alert(1)//")
        #expect(ValueMapSVG.escape("<\u{301}script>&\u{301}") == "&lt;\u{301}script&gt;&amp;\u{301}")
        #expect(ValueMapSVG.escape("Privacy — één ★") == "Privacy — één ★")
    }

    /// Text the byte path takes gives the same lines as the `Character` path; other text is left to the latter.
    @Test func wrappingOnBytesEqualsWrappingByCharacter() {
        let pieces = ["a", "b", "lang", "Onuitsprekelijkheidsgevoelens", "é", "één", "ß", "ʼ", "−", "★", "—", "…", "€", "\u{A0}", "\u{85}", " ", "  ",
                      "\t", "\r\n", "\n", "-", "&", "<", "\u{1}", "\u{7F}", "e\u{301}", "\u{600}", "👍🏽", "👨‍👩‍👧", "🇳🇱", "\u{2003}", "한", "\u{200D}", "x\u{300}"]
        var random = SeededRandom(seed: 4)
        var onBytes = 0
        for round in 0..<3_000 {
            let text = (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let limit = [2, 3, 5, 13, 27, 40][round % 6]
            if let lines = ValueMapLayout.wrapBytes(text, limit: limit) {
                onBytes += 1
                #expect(lines == ValueMapLayout.wrapCharacters(text, limit: limit), "\(text.debugDescription) at \(limit)")
            }
        }
        #expect(onBytes > 200, "only \(onBytes) texts took the byte path")
        #expect(ValueMapLayout.wrapBytes("− Minder files op de ringweg", limit: 13) != nil)
        #expect(ValueMapLayout.wrapBytes("e\u{301}", limit: 13) == nil)
    }
}
