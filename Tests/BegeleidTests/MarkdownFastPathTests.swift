@testable import BegeleidMarkdown
import Foundation
import Testing

/// Issue 18: a fragment that is one line of ordinary words is rendered to inline HTML, plain text and CommonMark without
/// cmark-gfm (`Markdown.plainLineQuotes`). Held here to cmark-gfm itself on generated fragments made
/// of what could make a difference (list and heading starts, autolinks, entities, quotes, emphasis,
/// spaces at either end, digits, accents, NBSP).
@Suite("Plain fragments as cmark-gfm renders them")
struct MarkdownFastPathTests {
    private static let pieces = [
        "Privacy", "data", " ", "  ", "é", "\u{A0}", ",", ".", ";", "'", "(", ")", "?", "%", "/", "-", "+", "\"", "1", "12", "www",
        "WwW", "http", ":", "@", "&", "<", ">", "*", "_", "#", "|", "~", "!", "[", "]", "`", "\\", "\t", "ß", "🙂", "a.b",
    ]

    @Test func plainFragmentsAsCmarkRendersThem() {
        var random = SeededRandom(seed: 40)
        var taken = 0
        for _ in 0..<30_000 {
            let fragment = (0..<(1 + random.next(below: 8))).map { _ in Self.pieces[random.next(below: Self.pieces.count)] }.joined()
            guard let fast = Markdown.plainInlineHTML(fragment) else { continue }
            taken += 1
            var html = Markdown.html(fragment)
            while html.hasSuffix("\n") { html.removeLast() }
            #expect("<p>" + fast + "</p>" == html, "\(fragment.debugDescription)")
        }
        #expect(taken > 3_000, "the fast path is taken often enough to be tested")
        #expect(Markdown.plainInlineHTML("zie www.example.nl") == nil && Markdown.plainInlineHTML("1. punt") == nil)
        #expect(Markdown.plainInlineHTML("Gebruik \"kentekens\" niet") == "Gebruik &quot;kentekens&quot; niet")
    }

    @Test func plainTextAndCommonMarkAsCmarkRendersThem() {
        var random = SeededRandom(seed: 41)
        var taken = 0
        for _ in 0..<30_000 {
            let fragment = (0..<(1 + random.next(below: 8))).map { _ in Self.pieces[random.next(below: Self.pieces.count)] }.joined()
            #expect(Markdown.plainText(fragment) == Markdown.parsedPlainText(fragment), "\(fragment.debugDescription)")
            #expect(Markdown.commonMark(fragment) == Markdown.parsedCommonMark(fragment), "\(fragment.debugDescription)")
            if Markdown.plainLineQuotes(fragment) != nil { taken += 1 }
        }
        #expect(taken > 3_000, "the fast path is taken often enough to be tested")
    }

    /// The rule `plainLineQuotes` documents, written over sets of bytes: the table it looks bytes up in gives the
    /// same answers, on every ASCII character alone, after a letter and before one, and on the generated fragments.
    private static func referenceQuotes(_ fragment: String) -> Int? {
        let bytes = Array(fragment.utf8)
        let ordinary = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ,;'()?%/-+\".".utf8)
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20,
              !Set("0123456789-+".utf8).contains(first) else { return nil }
        guard bytes.allSatisfy({ $0 >= 0x80 || ordinary.contains($0) }) else { return nil }
        let lowered = bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        if lowered.count >= 4, (0...(lowered.count - 4)).contains(where: { Array(lowered[$0..<($0 + 4)]) == Array("www.".utf8) }) {
            return nil
        }
        return bytes.filter { $0 == UInt8(ascii: "\"") }.count
    }

    @Test func plainLinesAsTheRuleSays() {
        var fragments = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        fragments += fragments.map { "a\($0)b" }
        var random = SeededRandom(seed: 42)
        for _ in 0..<20_000 {
            fragments.append((0..<(1 + random.next(below: 8))).map { _ in Self.pieces[random.next(below: Self.pieces.count)] }.joined())
        }
        for fragment in fragments {
            #expect(Markdown.plainLineQuotes(fragment) == Self.referenceQuotes(fragment), "\(fragment.debugDescription)")
        }
    }
}
