@testable import BegeleidMustache
import Testing

/// Where our escaping differs from swift-mustache's on purpose: it escapes every special byte, also one that
/// a mark joins into a larger grapheme cluster. swift-mustache looked at characters, so `\u{600}<img …>`
/// (U+0600 joins the `<` after it) reached rapport.html and overzicht.html as a tag.
@Suite struct TemplateEscapingTests {
    static func html(_ text: String) -> String {
        var output: [UInt8] = []
        Escaping.appendHTML(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static func markdown(_ text: String) -> String {
        var output: [UInt8] = []
        Escaping.appendMarkdown(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @Test func aJoinedSpecialCharacterIsEscapedToo() {
        #expect(Self.html("Extra \u{600}<img src=x onerror=alert(1)>") == "Extra \u{600}&lt;img src=x onerror=alert(1)&gt;")
        #expect(Self.html("a<\u{338}b & \u{301}\"'") == "a&lt;\u{338}b &amp; \u{301}&quot;&#39;")
        #expect(Self.markdown("\u{600}<img src=x> *\u{301}") == "\u{600}\\<img src=x\\> \\*\u{301}")
        // With a newline outside ASCII the slower way is taken: it escapes by scalar just the same.
        #expect(Self.markdown("\u{600}<b>\u{2028}[x]\u{338}\r\ny") == "\u{600}\\<b\\> \\[x\\]\u{338} y")
    }

    @Test func noSpecialByteSurvivesInGeneratedTexts() {
        var random = SeededRandom(seed: 600)
        let pieces = ["<", ">", "&", "\"", "'", "*", "[", "#", "\u{600}", "\u{301}", "\u{338}", "\u{200D}", "é", "x", "\u{2028}", "\r\n"]
        for _ in 0..<2000 {
            let text = (0..<random.next(below: 10)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            let html = Self.html(text)
            #expect(!html.utf8.contains(0x3C) && !html.utf8.contains(0x3E) && !html.utf8.contains(0x22) && !html.utf8.contains(0x27),
                    "\(text.debugDescription) → \(html.debugDescription)")
            // In Markdown every < is behind a backslash.
            let markdown = Array(Self.markdown(text).utf8)
            for (index, byte) in markdown.enumerated() where byte == 0x3C {
                #expect(index > 0 && markdown[index - 1] == 0x5C, "\(text.debugDescription)")
            }
        }
    }
}
