import BegeleidModel
@testable import BegeleidPipeline
@testable import BegeleidRender
import Foundation
import Testing
import ZIPFoundation

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

    /// A session's rows name no row numbers (so they can be deflated once, wherever they land); an
    /// empty field before a filled one is an empty cell, which keeps the columns in place.
    @Test func rowsNameNoNumbersAndKeepTheirColumns() {
        let table = DataExports.tables()[0]
        let row = Workbook.row(["a", "", "", "12"], header: ["x", "y", "z", table.numeric.sorted()[0]], numeric: table.numeric)
        #expect(row == #"<row><c t="inlineStr"><is><t xml:space="preserve">a</t></is></c><c/><c/><c><v>12</v></c></row>"#)
        #expect(Workbook.row(["a", "", ""], header: [], numeric: []).hasSuffix("</c></row>"), "no empty cells after the last filled one")
    }

    /// The workbook put together from the sessions' deflated pieces, read back by another ZIP reader
    /// (ZIPFoundation, which checks every entry's CRC-32): each sheet is the XML made at once.
    @Test func piecesLaidEndToEndAreTheSheetMadeAtOnce() throws {
        let sessions = [Sessions.valid, Sessions.valid.replacing1("titel:", with: "titel: Tweede")]
            .compactMap { Sessions.read($0).session } + [try #require(Sessions.read(Sessions.valid).session)]
        let tables = DataExports.tables()
        let shares = sessions.map { DataShare($0, tables: tables) } + [DataShare.none(tables: tables)]
        let archive = try Archive(data: DataShare.workbook(shares, tables: tables), accessMode: .read)
        #expect(archive.map(\.path) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]
            + (1...5).map { "xl/worksheets/sheet\($0).xml" })
        for (index, table) in tables.enumerated() {
            let rows = sessions.flatMap { table.rows($0.publishable()) }
            let expected = Workbook.worksheetHead(header: table.header, rows: rows.count)
                + rows.map { Workbook.row($0, header: table.header, numeric: table.numeric) }.joined()
                + Workbook.worksheetTail(header: table.header, rows: rows.count)
            let entry = try #require(archive["xl/worksheets/sheet\(index + 1).xml"])
            var sheet = Data()
            _ = try archive.extract(entry) { sheet.append($0) }
            #expect(String(decoding: sheet, as: UTF8.self) == expected, "\(table.name)")
            #expect(index == 4 || rows.count > 1, "rows from more than one session")
        }
    }
}
