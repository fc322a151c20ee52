import BegeleidModel
@testable import BegeleidPipeline
import Foundation
import Testing

/// The cache file (BuildCache+Binary): what is written comes back field by field, an entry kept as it was is
/// copied as the bytes it was, and a file cut short, damaged or of another kind is no cache (a full build), never a
/// crash or a hang.
@Suite("Cache file reading")
struct CacheReadingTests {
    static func finding(_ index: Int, suggestion: String? = nil) -> BuildCache.Finding {
        var finding = BuildCache.Finding(Diagnostic(
            index == 1 ? .error : .warning, index == 1 ? .frontMatterMissing : .valueParked, path: "x.md",
            at: SourceLocation(line: index + 1, column: 2), LocalizedText(nl: "“\(index)” <geparkeerd>\n", en: "parked/\u{1}é😀"),
            suggestion: suggestion))
        if index == 2 { (finding.endLine, finding.endColumn) = (7, 12) }
        return finding
    }

    /// Three entries, each optional part present in one and absent in another, and the end's three parts.
    static var chosen: BuildCache {
        var cache = BuildCache(key: "k\"é/")
        for (index, name) in ["b.md", "a \"x\"/é.md", "c.md"].enumerated() {
            var summary: BuildCache.Summary?
            if index != 1 {
                var made = BuildCache.Summary(Session(slug: "", path: "", meta: SessionMeta(title: "T\(index)", organisations: [], technology: "", date: "2026-0\(index + 1)-01")),
                                              notes: [], notesKey: "n\(index)")
                (made.status, made.isPublic, made.follows) = (index == 0 ? .final : .draft, index == 2, index == 2 ? "b" : nil)
                made.notes = index == 2 ? [finding(2, suggestion: "Vertrouwen")] : []
                summary = made
            }
            cache.entries[name] = BuildCache.Entry(
                hash: "h\(index)", slug: "s\(index)", valid: index != 1, findings: (0...index).map { finding($0) },
                files: (0..<index + 1).map { "sessies/s\(index)/\($0).html" }, dependsOn: index == 2 ? ["a": "1", "b": ""] : nil,
                summary: summary, digest: index == 0 ? "d/\"1" : nil, share: index == 2 ? "s\\2" : nil)
        }
        cache.pages = BuildCache.Kept(files: ["index.html", "reeksen/x/voortgang.html"], key: "p\u{0}")
        cache.sessies = BuildCache.Sessies(lengths: [3, 0, 120_000], names: ["b.md", "c.md", "a \"x\"/é.md"])
        cache.tables = BuildCache.Kept(files: ["data/effecten.csv"], key: "t")
        return cache
    }

    static func bytes(_ cache: BuildCache) -> [UInt8] {
        Array(cache.encodedParts().joined())
    }

    @Test func whatIsWrittenComesBackFieldByField() throws {
        let cache = Self.chosen
        let read = try #require(BuildCache(bytes: Self.bytes(cache)))
        #expect(read.format == BuildCache.currentFormat && read.key == cache.key)
        #expect(read.entries.keys.sorted() == cache.entries.keys.sorted())
        for (name, entry) in cache.entries {
            let back = try #require(read.entries[name])
            #expect(back.hash == entry.hash && back.slug == entry.slug && back.valid == entry.valid)
            #expect(back.findings == entry.findings && back.files == entry.files && back.dependsOn == entry.dependsOn)
            #expect(back.summary == entry.summary && back.digest == entry.digest && back.share == entry.share)
        }
        #expect(read.pages == cache.pages && read.sessies == cache.sessies && read.tables == cache.tables)
        #expect(read.entries["c.md"]?.summary?.notes.first?.suggestion == "Vertrouwen")
        #expect(read.entries["a \"x\"/é.md"]?.findings.map(\.endLine) == [nil, nil])
        var empty = BuildCache(key: "")
        empty.format = 3
        let none = try #require(BuildCache(bytes: Self.bytes(empty)))
        #expect(none.entries.isEmpty && none.format == 3 && none.pages == nil && none.sessies == nil && none.tables == nil)
    }

    /// Generated caches (every control character, quotes, slashes, non-ASCII, optionals absent and present): read back,
    /// written again, the same bytes; entries kept as they were are copied as the bytes they were.
    @Test func generatedCachesComeBackAsTheyWereWritten() throws {
        var random = SeededRandom(seed: 6)
        let pieces = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
            + ["\"", "\\", "/", "\u{7F}", "é", "e\u{301}", "😀", "\u{2028}", "\u{FEFF}", "a", "Z", "_", "0", " ", "sessies/x.md"]
        func text(_ most: Int = 6) -> String {
            (0..<random.next(below: most + 1)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
        }
        func number() -> Int { [0, 1, 63, 64, 127, 128, 300, 100_000, -1, Int.max, Int.min][random.next(below: 11)] }
        func finding() -> BuildCache.Finding {
            var finding = BuildCache.Finding(Diagnostic(
                [.error, .warning, .note][random.next(below: 3)], DiagnosticCode.allCases[random.next(below: DiagnosticCode.allCases.count)],
                path: "x.md", at: SourceLocation(line: number(), column: number()),
                LocalizedText(nl: text(), en: text()), suggestion: random.next(below: 2) == 0 ? nil : text()))
            if random.next(below: 2) == 0 { (finding.endLine, finding.endColumn) = (number(), number()) }
            if random.next(below: 4) == 0 { finding.endColumn = nil }
            return finding
        }
        var copied = 0
        for _ in 0..<300 {
            var generated = BuildCache(key: text())
            for _ in 0..<random.next(below: 4) {
                var summary: BuildCache.Summary?
                if random.next(below: 2) == 0 {
                    var made = BuildCache.Summary(Session(slug: "", path: "", meta: SessionMeta(title: "", organisations: [], technology: "", date: "")),
                                                  notes: [], notesKey: text())
                    (made.title, made.date, made.follows) = (text(), text(), random.next(below: 2) == 0 ? nil : text())
                    (made.status, made.isPublic) = (random.next(below: 2) == 0 ? .draft : .final, random.next(below: 2) == 0)
                    made.notes = (0..<random.next(below: 3)).map { _ in finding() }
                    summary = made
                }
                let dependsOn = random.next(below: 3) == 0 ? nil
                    : Dictionary((0..<random.next(below: 4)).map { _ in (text(4), text(4)) }, uniquingKeysWith: { first, _ in first })
                generated.entries[text()] = BuildCache.Entry(
                    hash: text(), slug: text(), valid: random.next(below: 2) == 0, findings: (0..<random.next(below: 3)).map { _ in finding() },
                    files: (0..<random.next(below: 4)).map { _ in text() }, dependsOn: dependsOn, summary: summary,
                    digest: random.next(below: 2) == 0 ? nil : text(), share: random.next(below: 2) == 0 ? nil : text())
            }
            if random.next(below: 2) == 0 {
                generated.pages = BuildCache.Kept(files: (0..<random.next(below: 4)).map { _ in text() }, key: text())
            }
            if random.next(below: 2) == 0 {
                generated.tables = BuildCache.Kept(files: (0..<random.next(below: 4)).map { _ in text() }, key: text())
            }
            if random.next(below: 2) == 0 {
                let count = random.next(below: 4)
                generated.sessies = BuildCache.Sessies(lengths: (0..<count).map { _ in number() }, names: (0..<count).map { _ in text() })
            }
            let written = Self.bytes(generated)
            let read = try #require(BuildCache(bytes: written))
            #expect(Self.bytes(read) == written)
            #expect(read.pages == generated.pages && read.sessies == generated.sessies && read.tables == generated.tables)
            for (name, entry) in generated.entries {
                #expect(read.entries[name]?.findings == entry.findings && read.entries[name]?.summary == entry.summary)
            }
            // Entries kept as they were are copied from the file they were read from: the same bytes.
            let verbatim = Array(read.encodedEntries(verbatim: Set(read.entries.keys), from: read.raw).joined())
            #expect(verbatim == Array(generated.encodedEntries().joined()))
            if !read.entries.isEmpty { copied += 1 }
        }
        #expect(copied > 100)
    }

    /// Every prefix of a file, a byte more, bytes changed at random, a bit of the flags no version sets, the
    /// JSON of the former format: no cache (or, for a changed byte, some cache), never a crash.
    @Test func aDamagedFileIsNoCache() throws {
        let bytes = Self.bytes(Self.chosen)
        for end in 0..<bytes.count {
            #expect(BuildCache(bytes: Array(bytes.prefix(end))) == nil)
        }
        #expect(BuildCache(bytes: bytes + [0]) == nil)
        var random = SeededRandom(seed: 18)
        var read = 0
        for _ in 0..<3_000 {
            var damaged = bytes
            damaged[random.next(below: damaged.count)] = UInt8(random.next(below: 256))
            if BuildCache(bytes: damaged) != nil { read += 1 }
        }
        #expect(read < 3_000)
        // The end's flags are the last byte of a cache without its three parts.
        var bare = BuildCache(key: "k")
        bare.entries["a.md"] = BuildCache.Entry(hash: "1", slug: "a", valid: true, findings: [], files: [])
        var flagged = Self.bytes(bare)
        #expect(BuildCache(bytes: flagged) != nil)
        flagged[flagged.count - 1] = 0b1000
        #expect(BuildCache(bytes: flagged) == nil)
        let json = #"{"entries":{},"format":8,"key":"k"}"#
        #expect(BuildCache(bytes: Array(json.utf8)) == nil)
    }
}
