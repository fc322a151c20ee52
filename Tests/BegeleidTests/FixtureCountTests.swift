import Foundation
import Testing

/// Every fixture folder that a parameterized test loops over holds exactly the
/// files it should: a renamed, moved or emptied folder fails here instead of
/// leaving those tests with no cases ("passing" on nothing).
@Suite("Fixtures: every corpus is there")
struct FixtureCountTests {
    @Test(arguments: Fixtures.expectedCounts.keys.sorted())
    func folderHoldsItsFixtures(_ folder: String) {
        let files = Fixtures.files(in: folder)
        #expect(files.count == Fixtures.expectedCounts[folder], "Fixtures/\(folder): \(files)")
    }

    @Test func theLoopsSeeThem() {
        #expect(Fixtures.sessionFiles.count == 2)
        #expect(PrivacyAndSafetyTests.privacyCorpus.count == 34)
        #expect(PrivacyAndSafetyTests.hostile.allSatisfy { FileManager.default.fileExists(atPath: Fixtures.folder.appendingPathComponent($0).path) })
    }
}
