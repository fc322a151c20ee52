@testable import BegeleidPipeline
import Foundation
import Testing

/// `cache.json` is read by hand (JSONReader, BuildCache+Reading): what JSONDecoder reads it reads the
/// same, what JSONDecoder refuses it refuses (no cache: a full build), and no text makes it crash or hang.
@Suite("Cache file reading")
struct CacheReadingTests {
    static let file = #"""
    {"entries":{"a.md":{"files":["sessies\/a\/rapport.html"],"findings":[{"code":"value-parked","column":3,"dutch":"\u00e9\ud83d\ude00\n\"","english":"e","line":4,"severity":"warning","suggestion":null}],"hash":"1","slug":"a","valid":true,"extra":[1,2.5e3,{"x":null},true,false,"y"],"summary":null}},
     "format" : 7 , "key":"k", "pages":null}
    """#

    @Test func whatJSONDecoderReadsIsReadTheSame() throws {
        let data = Data(Self.file.utf8)
        let byHand = try #require(BuildCache(json: data))
        let decoded = try JSONDecoder().decode(BuildCache.self, from: data)
        #expect(Data(byHand.encodedParts().joined()) == Data(decoded.encodedParts().joined()))
        #expect(byHand.entries["a.md"]?.findings.first?.dutch == "é😀\n\"")
        #expect(byHand.entries["a.md"]?.files == ["sessies/a/rapport.html"] && byHand.format == 7 && byHand.pages == nil)
    }

    @Test(arguments: [
        #"{"entries":{},"format":7}"#,                       // no key
        #"{"entries":{},"format":"7","key":"k"}"#,          // a number as text
        #"{"entries":{},"format":7.5,"key":"k"}"#,          // not a whole number
        #"{"entries":{},"format":7,"key":"k"} x"#,           // more after the object
        #"{"entries":{},"format":7,"key":"\ud83d"}"#,       // half a surrogate pair
        #"{"entries":{},"format":7,"key":"a\qb"}"#,         // no such escape
        "{\"entries\":{},\"format\":7,\"key\":\"a\u{1}b\"}", // a control character unescaped
        #"{"entries":{"a.md":{"files":[],"findings":[],"hash":"1","slug":"a"}},"format":7,"key":"k"}"#, // no "valid"
        #"{"entries":{"a.md":{"files":[],"findings":[{"code":"no-such-code","column":1,"dutch":"","english":"","line":1,"severity":"error"}],"hash":"1","slug":"a","valid":true}},"format":7,"key":"k"}"#,
    ])
    func whatJSONDecoderRefusesIsRefused(_ text: String) {
        #expect(BuildCache(json: Data(text.utf8)) == nil)
        #expect((try? JSONDecoder().decode(BuildCache.self, from: Data(text.utf8))) == nil)
    }

    /// Bytes that are not UTF-8 inside a text (where JSONDecoder fails the whole file): refused, also where
    /// the replacement character would be as long as what it replaced (an unfinished four-byte sequence).
    @Test(arguments: [[0xC3, 0x28], [0xF0, 0x9F, 0x98], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF]] as [[UInt8]])
    func textThatIsNotUTF8IsRefused(_ bytes: [UInt8]) {
        let data = Data(#"{"entries":{},"format":7,"key":"a"#.utf8) + Data(bytes) + Data(#"b"}"#.utf8)
        #expect(BuildCache(json: data) == nil)
        #expect((try? JSONDecoder().decode(BuildCache.self, from: data)) == nil)
        #expect(BuildCache(json: Data(#"{"entries":{},"format":7,"key":"aé😀b"}"#.utf8))?.key == "aé😀b")
    }

    /// Every prefix of a valid file, and the file with bytes changed at random: refused or read, never a crash.
    @Test func aDamagedFileIsNoCache() {
        let data = Data(Self.file.utf8)
        for end in 0..<data.count {
            #expect(BuildCache(json: data.prefix(end)) == nil)
        }
        var random = SeededRandom(seed: 18)
        var read = 0
        for _ in 0..<3_000 {
            var damaged = data
            damaged[random.next(below: damaged.count)] = UInt8(random.next(below: 256))
            if BuildCache(json: damaged) != nil { read += 1 }
        }
        #expect(read < 3_000)
    }
}
