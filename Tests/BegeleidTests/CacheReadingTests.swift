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

    /// Generated files against JSONDecoder: texts of every length with quotes, backslashes, escapes, non-ASCII and
    /// (now and then) bytes that are not UTF-8 or control characters not escaped, at every place in the eight-byte steps of
    /// the string scan; members spelt with escapes (`"for\u006dat"` is `format`), unknown members with such keys and
    /// values. Read the same, or refused by both.
    @Test func generatedFilesAreReadAsJSONDecoderReadsThem() {
        let pieces: [[UInt8]] = [Array("a".utf8), Array("bc".utf8), Array("defghij".utf8), Array(#"\""#.utf8), Array(#"\\"#.utf8),
                                 Array(#"\n"#.utf8), Array(#"\u00e9"#.utf8), Array(#"\/"#.utf8), Array("é".utf8), Array("😀".utf8),
                                 Array("“”".utf8), Array(" ".utf8), Array("12345678".utf8), Array(#"\ud83d\ude00"#.utf8)]
        var random = SeededRandom(seed: 15)
        let text = { (random: inout SeededRandom, broken: Bool) -> [UInt8] in
            var bytes = Array((0..<random.next(below: 9)).map { _ in pieces[random.next(below: pieces.count)] }.joined())
            // (Broken: a byte that is not UTF-8, or a control character not escaped.)
            if broken { bytes.insert([0xFF, 0xC3, 0x80, 0x01, 0x0A, 0x1F][random.next(below: 6)], at: random.next(below: bytes.count + 1)) }
            return [UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")]
        }
        let member = { (name: String, random: inout SeededRandom) -> [UInt8] in
            // A member's name as written, or with one of its letters as an escape.
            guard random.next(below: 4) == 0 else { return Array("\"\(name)\"".utf8) }
            let letters = Array(name.utf8)
            let at = random.next(below: letters.count)
            let escape = Array(String(format: "\\u%04x", Int(letters[at])).utf8)
            return [UInt8(ascii: "\"")] + letters[..<at] + escape + letters[(at + 1)...] + [UInt8(ascii: "\"")]
        }
        var same = 0, refused = 0, differing = 0
        for round in 0..<1_500 {
            let broken = round % 5 == 0
            var file: [UInt8] = Array(#"{"entries":{"#.utf8)
            for index in 0..<random.next(below: 3) {
                if index > 0 { file.append(UInt8(ascii: ",")) }
                // (Each entry's name its own: of a name written twice, JSONDecoder keeps the first, the reader the last;
                // the cache's writer writes each once, from a dictionary.)
                file += Array("\"\(index)".utf8) + text(&random, false).dropFirst() + Array(":{".utf8)
                file += member("files", &random) + Array(":[".utf8) + text(&random, false) + Array("],".utf8)
                file += member("findings", &random) + Array(#":[{"code":"value-parked","column":3,"#.utf8)
                file += member("dutch", &random) + Array(":".utf8) + text(&random, broken && random.next(below: 2) == 0) + Array(",".utf8)
                file += member("english", &random) + Array(":".utf8) + text(&random, false)
                file += Array(#","line":4,"severity":"warning"}],"hash":"1","slug":"a","valid":true"#.utf8)
                if random.next(below: 2) == 0 {
                    file += Array(",".utf8) + text(&random, broken) + Array(":".utf8) + text(&random, false)
                }
                file += Array("}".utf8)
            }
            file += Array("},".utf8) + member("format", &random) + Array(":7,".utf8) + member("key", &random) + Array(":".utf8)
            file += text(&random, false) + Array("}".utf8)
            let data = Data(file)
            let byHand = BuildCache(json: data)
            let decoded = try? JSONDecoder().decode(BuildCache.self, from: data)
            switch (byHand, decoded) {
            case (nil, nil): refused += 1
            case let (byHand?, decoded?) where Data(byHand.encodedParts().joined()) == Data(decoded.encodedParts().joined()): same += 1
            default: differing += 1
            }
        }
        #expect(differing == 0)
        #expect(same > 500 && refused > 100, "\(same) read, \(refused) refused")
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
