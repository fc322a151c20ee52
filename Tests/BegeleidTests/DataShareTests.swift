import BegeleidModel
@testable import BegeleidPipeline
@testable import BegeleidRender
import Foundation
import Testing

/// Issue 18, item 5: each session's share of `data/` (DataShare) as the cache keeps it, and
/// `data/` put together from the shares: the same bytes as the tables and workbook made at once.
@Suite("Shares of data/")
struct DataShareTests {
    /// The chain of three follow-ups (opvolging rows) and a session with a formula, as built.
    @Test func aBuildPutsTogetherWhatTheRendererMakesAtOnce() throws {
        let data = try WorkbookTests.build()
        let input = data.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Input")
        // As the data shows them: outlines (what a build keeps), names redacted.
        let sessions = Checking.validSessions(in: input.path).filter { $0.meta.status == .final }.map { $0.outlineOnly.publishable() }
        #expect(sessions.count == 4)
        let renderer = Fixtures.renderer
        #expect(try Data(contentsOf: data.appendingPathComponent("gegevens.xlsx")) == renderer.workbook(sessions, synonyms: ValueSynonyms()))
        for table in renderer.dataTables(synonyms: ValueSynonyms()) {
            #expect(try Data(contentsOf: data.appendingPathComponent(table.name)) == Data(table.text(sessions).utf8), "\(table.name)")
        }
        #expect(try String(contentsOf: data.appendingPathComponent("opvolging.csv"), encoding: .utf8).contains("ringweg-terugblik"))
    }

    @Test func aShareRoundTripsAndIsRefusedUnderOtherSynonyms() throws {
        let session = try #require(Sessions.read(Sessions.valid).session)
        let tables = DataExports.tables()
        let share = DataShare(session, tables: tables)
        #expect(share.parts.count == 5 && share.parts[1].rows == session.effects.count && share.parts[1].rows > 0)
        let bytes = share.encoded(fingerprint: "abc")
        #expect(DataShare(decoding: bytes, fingerprint: "abc", count: 5) == share)
        #expect(DataShare(decoding: bytes, fingerprint: "abd", count: 5) == nil)
        #expect(DataShare(decoding: bytes.dropLast(), fingerprint: "abc", count: 5) == nil)
        #expect(DataShare(decoding: bytes + Data([0]), fingerprint: "abc", count: 5) == nil)
        var synonyms = ValueSynonyms()
        synonyms.add("Privacy", to: "Vertrouwen")
        #expect(DataShare.fingerprint(synonyms: synonyms) != DataShare.fingerprint(synonyms: ValueSynonyms()))
    }

    /// Open row numbers are filled in where the rows land: `<row r="…">` and each cell reference.
    @Test func rowNumbersAreFilledInWhereTheRowsLand() {
        let table = DataExports.tables()[0]
        let open = Workbook.row(["a", "12"], number: nil, header: table.header, numeric: table.numeric)
            + Workbook.row(["b"], number: nil, header: table.header, numeric: table.numeric)
        var last = 8
        let numbered = String(decoding: DataShare.numbered(Data(open.utf8), after: &last), as: UTF8.self)
        #expect(last == 10)
        #expect(numbered == Workbook.row(["a", "12"], number: 9, header: table.header, numeric: table.numeric)
            + Workbook.row(["b"], number: 10, header: table.header, numeric: table.numeric))
        #expect(numbered.contains(#"<row r="9"><c r="A9""#) && numbered.contains(#"<c r="B9""#) && numbered.contains(#"<row r="10"><c r="A10""#))
    }
}
