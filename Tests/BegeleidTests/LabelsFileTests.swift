import BegeleidModel
@testable import BegeleidPipeline
import BegeleidRender
import Foundation
import Testing

/// Issue 18: `.begeleid/labels-<taal>` keeps the shipped labels as a build read them from their YAML, for the next
/// build to take instead of reading the YAML again; only for the same shipped text, never one that does not read
/// whole, and never over a template folder's own labels.
@Suite("The kept labels", .serialized)
struct LabelsFileTests {
    @Test(arguments: Language.allCases)
    func readsBackWhatWasKeptForItsLanguageOnly(_ language: Language) throws {
        let shipped = try TemplateSet.load(directory: nil).labels(language)
        #expect(shipped.words.count > 100 && shipped.months.count == 12)
        let bytes = [UInt8](LabelsFile.encode(shipped))
        let read = try #require(LabelsFile.decode(bytes, language: language))
        #expect(read.words == shipped.words && read.months == shipped.months && read.language == language)
        let other = try #require(Language.allCases.first { $0 != language })
        #expect(LabelsFile.decode(bytes, language: other) == nil)
    }

    @Test func aFileCutShortOrWithMoreIsNotUsed() {
        let labels = Labels(language: .dutch, words: ["a": "Één", "b": ""], months: ["jan"])
        let bytes = [UInt8](LabelsFile.encode(labels))
        #expect(LabelsFile.decode(bytes, language: .dutch)?.words == labels.words)
        for length in 0..<bytes.count {
            #expect(LabelsFile.decode(Array(bytes[..<length]), language: .dutch) == nil, "cut at \(length)")
        }
        #expect(LabelsFile.decode(bytes + [0], language: .dutch) == nil)
    }

    @Test func aBuildTakesTheKeptLabelsButNotOverAFolderOfItsOwn() throws {
        let root = try Fixtures.input(["sessies/ringweg.md"])
        let kept = root.appendingPathComponent("Output/" + LabelsFile.path(.dutch))
        let report = root.appendingPathComponent("Output/sessies/ringweg/rapport.html")
        #expect(try Binary.run(["build"], in: root).status == 0)
        #expect(try String(contentsOf: kept, encoding: .isoLatin1).hasPrefix("begeleid-labels 1 "))
        let bytes = try Data(contentsOf: kept)
        let first = try Data(contentsOf: report)
        // Taken (the report made again from them is the same), and a file that does not read whole is read from the
        // YAML again and kept anew.
        for damage in [false, true] {
            if damage { try bytes.prefix(bytes.count - 3).write(to: kept) }
            try FileManager.default.removeItem(at: report)
            let run = try Binary.run(["build"], in: root)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try Data(contentsOf: report) == first)
            #expect(try Data(contentsOf: kept) == bytes)
        }
        // A template folder's own labels stand, the kept ones beside them.
        let folder = root.appendingPathComponent("Sjablonen/labels")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "summary: Kort gezegd\n".write(to: folder.appendingPathComponent("nl.yaml"), atomically: true, encoding: .utf8)
        let own = try Binary.run(["build", "--templates", "Sjablonen"], in: root)
        #expect(own.status == 0, "\(own.stderr)")
        #expect(try String(contentsOf: report, encoding: .utf8).contains("Kort gezegd"))
        #expect(try Data(contentsOf: kept) == bytes)
    }

    @Test func aPublicBuildKeepsNone() throws {
        let root = try Fixtures.input(["sessies/ringweg.md"])
        #expect(try Binary.run(["build", "--public"], in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Openbaar/index.html").path))
        for language in Language.allCases {
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Openbaar/" + LabelsFile.path(language)).path))
        }
    }
}
