import Foundation
import Testing

/// Issue 18, item 6: the CSV tables and the workbook of `data/` stay as the last build wrote them when no
/// counted session's share of them changed (BuildCache.Kept, `tables`), and are made again when one did,
/// when the synonyms or the sessions counted changed, or when a table is no longer the file that build wrote.
extension IncrementalBuildTests {
    private static let tables = ["sessies.csv", "effecten.csv", "waarden.csv", "handelingsopties.csv", "opvolging.csv", "gegevens.xlsx"]

    /// Each table's inode: a table written again (beside its place, then renamed) has a new one.
    private func identities(_ root: URL) throws -> [UInt64] {
        try Self.tables.map { name in
            let path = root.appendingPathComponent("Output/data/\(name)").path
            return try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
        }
    }

    private func change(_ root: URL, _ name: String, _ change: (String) -> String) throws {
        let notes = root.appendingPathComponent("Input/sessies/\(name).md")
        try change(String(contentsOf: notes, encoding: .utf8)).write(to: notes, atomically: true, encoding: .utf8)
    }

    /// `data/` of the incremental build equals a full build's of the same notes.
    private func expectDataOfAFullBuild(_ root: URL, _ comment: Comment) throws {
        let full = root.appendingPathComponent("Vol")
        try? FileManager.default.removeItem(at: full)
        #expect(try Binary.run(["build", "--output", "Vol"], in: root).status == 0)
        let data = Fixtures.contents(of: root.appendingPathComponent("Output/data"))
        #expect(data.count == Self.tables.count + 2 && data == Fixtures.contents(of: full.appendingPathComponent("data")), comment)
    }

    @Test func theTablesStayWhenNoShareOfThemChanged() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)
        let first = try identities(root)

        // The case told otherwise: the report changes, no row of `data/` does.
        try change(root, "breda-sentimentmeter") { $0.replacing1("## Casus\n\n", with: "## Casus\n\nEen zin vooraf. ") }
        #expect(try Binary.run(["build"], in: root).status == 0)
        #expect(try String(contentsOf: root.appendingPathComponent("Output/sessies/breda-sentimentmeter/rapport.md"), encoding: .utf8)
            .contains("Een zin vooraf."))
        #expect(try identities(root) == first, "no table written again")
        try expectDataOfAFullBuild(root, "the case changed")

        // An effect worded otherwise: its row changes, every table is made again.
        try change(root, "breda-sentimentmeter") { $0.replacing1("- Een kleine groep luidruchtige", with: "- Een kleine groep zeer luidruchtige") }
        #expect(try Binary.run(["build"], in: root).status == 0)
        let second = try identities(root)
        #expect(zip(second, first).allSatisfy { $0 != $1 })
        #expect(try String(contentsOf: root.appendingPathComponent("Output/data/effecten.csv"), encoding: .utf8)
            .contains("Een kleine groep zeer luidruchtige"))
        try expectDataOfAFullBuild(root, "an effect changed")
    }

    @Test func theTablesFollowSynonymsCountedSessionsAndHandEdits() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)

        // Other synonyms: the shares are made again under them.
        try "Vertrouwen: [betrouwbaarheid]\n".write(to: root.appendingPathComponent("Input/waarden.yaml"), atomically: true, encoding: .utf8)
        var before = try identities(root)
        #expect(try Binary.run(["build"], in: root).status == 0)
        #expect(try identities(root) != before, "the synonyms changed")
        try expectDataOfAFullBuild(root, "the synonyms changed")

        // A session made a concept is no longer counted.
        before = try identities(root)
        try change(root, "breda-sentimentmeter") { $0.replacing1("openbaar: false", with: "openbaar: false\nstatus: concept") }
        #expect(try Binary.run(["build"], in: root).status == 0)
        #expect(try identities(root) != before, "a session no longer counted")
        try expectDataOfAFullBuild(root, "a session made a concept")

        // A table edited by hand in place, its size and modification time as they were: its change time
        // tells, and the tables are made again.
        before = try identities(root)
        let table = root.appendingPathComponent("Output/data/waarden.csv")
        let modified = try #require(FileManager.default.attributesOfItem(atPath: table.path)[.modificationDate] as? Date)
        let handle = try FileHandle(forWritingTo: table)
        try handle.seek(toOffset: 10)
        try handle.write(contentsOf: Data("#".utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: table.path)
        try change(root, "breda-sentimentmeter") { $0.replacing1("## Casus\n\n", with: "## Casus\n\nNog een zin. ") }
        #expect(try Binary.run(["build"], in: root).status == 0)
        #expect(try identities(root) != before, "a table edited by hand")
        try expectDataOfAFullBuild(root, "a table edited by hand")

        // A table removed: made again.
        try FileManager.default.removeItem(at: root.appendingPathComponent("Output/data/gegevens.xlsx"))
        #expect(try Binary.run(["build"], in: root).status == 0)
        try expectDataOfAFullBuild(root, "the workbook removed")
    }
}
