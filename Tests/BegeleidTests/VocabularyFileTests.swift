import BegeleidModel
@testable import BegeleidPipeline
import BegeleidRender
import Foundation
import Testing

/// Issue 18: `.begeleid/woordenlijst` keeps the vocabulary of values as a build read it from its YAML, for the next
/// build to take instead of reading the YAML again; only for the same text, and never one that does not read whole.
@Suite("The kept vocabulary", .serialized)
struct VocabularyFileTests {
    static let shipped = try! TemplateSet.load(directory: nil).vocabularySource

    @Test func readsBackWhatWasKeptForTheSameTextOnly() throws {
        let vocabulary = try #require(Vocabulary.builtIn).vocabulary
        #expect(vocabulary.entries.contains { !$0.others.isEmpty } && vocabulary.entries.contains { !$0.altai.isEmpty })
        let bytes = [UInt8](VocabularyFile.encode(vocabulary, source: Self.shipped))
        #expect(VocabularyFile.decode(bytes, source: Self.shipped) == vocabulary)
        // Another text, or the same text at another path, is not what the file was kept for.
        #expect(VocabularyFile.decode(bytes, source: (Self.shipped.text + "\n", Self.shipped.path)) == nil)
        #expect(VocabularyFile.decode(bytes, source: (Self.shipped.text, "Sjablonen/waardenlijst.yaml")) == nil)
    }

    @Test func aFileCutShortOrWithMoreIsNotUsed() {
        let vocabulary = ValueVocabulary(entries: [
            .init(dutch: "Één", english: "One"),
            .init(dutch: "Rust", english: "Calm", others: ["Kalmte", "Stilte"], altai: [.privacy, .fairness]),
        ])
        let bytes = [UInt8](VocabularyFile.encode(vocabulary, source: Self.shipped))
        #expect(VocabularyFile.decode(bytes, source: Self.shipped) == vocabulary)
        for length in 0..<bytes.count {
            #expect(VocabularyFile.decode(Array(bytes[..<length]), source: Self.shipped) == nil, "cut at \(length)")
        }
        #expect(VocabularyFile.decode(bytes + [0], source: Self.shipped) == nil)
        // An ALTAI requirement past the list's end, a name that is not UTF-8, a count larger than the file.
        let altai = bytes.count - 4
        var past = bytes
        past[altai] = UInt8(AltaiRequirement.allCases.count)
        #expect(VocabularyFile.decode(past, source: Self.shipped) == nil)
        let head = VocabularyFile.head(for: Self.shipped).count
        var notText = bytes
        notText[head + 8] = 0xFF
        #expect(VocabularyFile.decode(notText, source: Self.shipped) == nil)
        var many = bytes
        many[head + 3] = 0x7F
        #expect(VocabularyFile.decode(many, source: Self.shipped) == nil)
    }

    private func vocabulary(_ root: URL, _ text: String) throws {
        let folder = root.appendingPathComponent("Sjablonen")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("waardenlijst.yaml"), atomically: true, encoding: .utf8)
    }

    /// The name the overview counts the session's value `privacy` under.
    private func overviewName(_ root: URL) throws -> String? {
        let table = try String(contentsOf: root.appendingPathComponent("Output/data/waarden.csv"), encoding: .utf8)
        let rows: [[Substring]] = table.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let row = rows.first { fields in fields.count > 7 && fields[5] == "privacy" }
        return row.map { String($0[7]) }
    }

    @Test func aBuildTakesTheKeptVocabularyOnlyWhileItsTextStaysTheSame() throws {
        let root = try Fixtures.input(["sessies/ringweg.md"])
        let kept = root.appendingPathComponent("Output/.begeleid/woordenlijst")
        try vocabulary(root, "- nl: Levenssfeer\n  en: Private life\n  ook: [Privacy]\n")
        for _ in 0..<2 {
            let run = try Binary.run(["build", "--templates", "Sjablonen"], in: root)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try overviewName(root) == "Levenssfeer")
            #expect(try String(contentsOf: kept, encoding: .utf8).hasPrefix("begeleid-woordenlijst 1 "))
        }
        try vocabulary(root, "- nl: Persoonlijke levenssfeer\n  en: Private life\n  ook: [Privacy]\n")
        #expect(try Binary.run(["build", "--templates", "Sjablonen"], in: root).status == 0)
        #expect(try overviewName(root) == "Persoonlijke levenssfeer")
        // A kept file that does not read whole is read from the YAML again (and kept anew).
        let bytes = try Data(contentsOf: kept)
        try bytes.prefix(bytes.firstIndex(of: UInt8(ascii: "\n"))! + 3).write(to: kept)
        #expect(try Binary.run(["build", "--templates", "Sjablonen"], in: root).status == 0)
        #expect(try overviewName(root) == "Persoonlijke levenssfeer")
        #expect(try Data(contentsOf: kept) == bytes)
    }

    @Test func aVocabularyWithFindingsIsNotKeptAndToldEachTime() throws {
        let root = try Fixtures.input(["sessies/ringweg.md"])
        try vocabulary(root, "- nl: Levenssfeer\n  ook: [Privacy]\n")
        for _ in 0..<2 {
            let run = try Binary.run(["build", "--templates", "Sjablonen"], in: root)
            #expect(run.stderr.contains("Sjablonen/waardenlijst.yaml:1:3: error:"), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/.begeleid/woordenlijst").path))
        }
    }

    @Test func aPublicBuildKeepsNone() throws {
        let root = try Fixtures.input(["sessies/ringweg.md"])
        let run = try Binary.run(["build", "--public"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Openbaar/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Openbaar/.begeleid/woordenlijst").path))
    }
}
