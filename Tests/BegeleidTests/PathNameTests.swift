import BegeleidModel
import Foundation
import Testing

/// `Layout.fileName` and `Layout.stem` say what NSString says, by hand where the name is plain; `Names.slug`,
/// made from bytes, says what it said when it walked the name's scalars.
@Suite("Path names and slugs")
struct PathNameTests {
    @Test(arguments: ["Input/sessies/x.md", "/abs/Input/sessies/aa-en-maas-anpr-00060.md", "x.md", "a.b.md", ".verborgen",
                      "map/.verborgen.md", "naam.", "map/", "/", "", "Ëén/é.md", "a/b/c", "sessie.MD", "a//b.md",
                      "map.d/x", "map/x.", "map/.", "map/..", "..", "a/b/", "é", "map/Ëén.md.bak"])
    func asNSStringSaysIt(_ path: String) {
        #expect(Layout.fileName(path) == (path as NSString).lastPathComponent)
        #expect(Layout.stem(path) == ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
    }

    /// `Layout.join` against NSString's `appendingPathComponent`, for folders and names made of slashes, dots,
    /// tildes, letters and accented letters (empty ones too).
    @Test func joinsAsNSStringJoins() {
        let pieces = ["/", "/", "a", "b", ".", "..", "~", "é", "Ë", " ", "x.md", "//"]
        var random = SeededRandom(seed: 15)
        let make = { (random: inout SeededRandom) in
            (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
        var differing = 0
        for _ in 0..<5_000 {
            let (folder, name) = (make(&random), make(&random))
            if Layout.join(folder, name) != (folder as NSString).appendingPathComponent(name) { differing += 1 }
        }
        #expect(differing == 0)
        #expect(Layout.join("Output", ".begeleid/cache.json") == "Output/.begeleid/cache.json")
        #expect(Layout.join("/", "x") == "/x")
        #expect(Layout.join("a//", "x") == "a//x")
        #expect(Layout.join("a", "/x") == "a//x")
    }

    @Test func slugsOfNames() {
        #expect(Names.slug("Gemeente Zwolle") == "gemeente-zwolle")
        #expect(Names.slug("  Digital Twin: Ringweg (2026) ") == "digital-twin-ringweg-2026")
        #expect(Names.slug("Privacy--Gelijkwaardigheid") == "privacy-gelijkwaardigheid")
        #expect(Names.slug("Één café in ’s-Hertogenbosch") == "een-cafe-in-s-hertogenbosch")
        #expect(Names.slug("😀 Sensoren 😀 op boerderijen") == "sensoren-op-boerderijen")
        #expect(Names.slug("...") == "")
        #expect(Names.slug("") == "")
    }

    /// The old way: the folded name's scalars, each appended (what `slug` did before it read bytes).
    private static func slugByScalars(_ name: String) -> String {
        let folded = name.utf8.allSatisfy { $0 < 0x80 } ? name.lowercased()
            : name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    @Test func slugsAsByScalars() {
        let pieces = ["a", "Z", "q", "M", "0", "9", " ", "-", "_", ".", "/", ":", "é", "Ë", "ß", "ﬁ", "İ", "Ω", "½", "２", "Ａ",
                      "😀", "\u{301}", "ij", "Ĳ", "’", "\t", "ø", "Å", "ç", "ñ"]
        var random = SeededRandom(seed: 18)
        for _ in 0..<5_000 {
            let asciiOnly = Bool.random(using: &random)
            let name = (0..<Int.random(in: 0...14, using: &random)).map { _ in
                asciiOnly ? pieces[Int.random(in: 0..<12, using: &random)] : pieces.randomElement(using: &random)!
            }.joined()
            #expect(Names.slug(name) == Self.slugByScalars(name), "\(name.debugDescription)")
        }
    }
}
