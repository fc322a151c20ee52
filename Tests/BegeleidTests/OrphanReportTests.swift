import BegeleidPipeline
import Foundation
import Testing

/// Found by a blind tester: a note renamed during `watch`, or a copy deleted, left its report in Output/sessies/ after
/// every build (not in the index, but there to be sent on). The report of notes gone is removed; that of notes with
/// errors stays (the index lists it as an earlier version).
@Suite(.serialized)
struct OrphanReportTests {
    /// A blind tester built notes with a name in the text, then filled in `deelnemers` with it: the error came, and the
    /// earlier report with the name stayed, listed in the index as an earlier version. It goes.
    @Test func theEarlierReportOfNotesThatNowNameAParticipantGoes() throws {
        let root = try FollowUpTests.input("keten", ["ringweg-start": [("## Casus\n", "## Casus\nZoe Quartelmaan opende.\n")]])
        let options = FollowUpTests.buildOptions(root)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        let report = root.appendingPathComponent("Output/sessies/ringweg-start/rapport.html")
        #expect(try String(contentsOf: report, encoding: .utf8).contains("Zoe Quartelmaan"), "no name known yet: published")
        let outline = root.appendingPathComponent("Output/.begeleid/schetsen/ringweg-start.md.bin")
        #expect(FileManager.default.fileExists(atPath: outline.path))
        let notes = root.appendingPathComponent("Input/sessies/ringweg-start.md")
        let text = try String(contentsOf: notes, encoding: .utf8)
        try text.replacing1("  - rol: bewoner\n    organisatie: Wijkraad Zuid\n", with: "  - rol: bewoner\n    naam: Zoe Quartelmaan\n")
            .write(to: notes, atomically: true, encoding: .utf8)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        #expect(!FileManager.default.fileExists(atPath: report.path))
        // And the outline the cache kept of the last good build (the title with a name was in it: a retest).
        #expect(!FileManager.default.fileExists(atPath: outline.path))
        let index = try String(contentsOf: root.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(!index.contains("sessies/ringweg-start/rapport.html"), "no link to the report")
        // Another error (a date) keeps the earlier report, as before.
        try text.write(to: notes, atomically: true, encoding: .utf8)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        try text.replacing1("datum: 2026-03-12", with: "datum: 2026-13-12").write(to: notes, atomically: true, encoding: .utf8)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        #expect(FileManager.default.fileExists(atPath: report.path))
    }

    @Test func theReportOfNotesGoneIsRemovedThatOfNotesWithErrorsStays() throws {
        let root = try FollowUpTests.input("keten")
        let options = FollowUpTests.buildOptions(root)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        let sessions = root.appendingPathComponent("Output/sessies")
        let notes = root.appendingPathComponent("Input/sessies")
        let folders = { try FileManager.default.contentsOfDirectory(atPath: sessions.path).sorted() }
        #expect(try folders() == ["ringweg-evaluatie", "ringweg-start", "ringweg-terugblik"])
        // Renamed: the old name's report goes, the new one's comes (a rebuild with the cache).
        try FileManager.default.moveItem(at: notes.appendingPathComponent("ringweg-terugblik.md"),
                                         to: notes.appendingPathComponent("ringweg-na-een-jaar.md"))
        _ = try Building.run(options, renderer: Fixtures.renderer)
        #expect(try folders() == ["ringweg-evaluatie", "ringweg-na-een-jaar", "ringweg-start"])
        // So does the outline the cache kept of the old name (it stayed in Output/.begeleid/schetsen/).
        let outlines = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Output/.begeleid/schetsen").path)
        #expect(outlines.sorted() == ["ringweg-evaluatie.md.bin", "ringweg-na-een-jaar.md.bin", "ringweg-start.md.bin"])
        // Notes with an error keep their earlier report.
        let start = notes.appendingPathComponent("ringweg-start.md")
        let text = try String(contentsOf: start, encoding: .utf8)
        try text.replacing1("datum: 2026-03-12", with: "datum: 2026-13-12").write(to: start, atomically: true, encoding: .utf8)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        #expect(try folders().contains("ringweg-start"))
        // The overview says that notes with errors are not counted (a policy adviser saw the index list a session the
        // overview and the tables left out, unsaid).
        let overview = try String(contentsOf: root.appendingPathComponent("Output/overzicht.html"), encoding: .utf8)
        #expect(overview.contains("Niet meegeteld: 1 bestand met aantekeningen die nu fouten bevatten; begeleid check noemt het."))
        // (Not every one is in the index: only an earlier report is; the sentence said the index showed them all.)
        #expect(!overview.contains("de index toont ze gemarkeerd"))
        // Without the cache (a first build in the folder), a folder of notes gone goes too; a folder that is no report stays.
        try FileManager.default.removeItem(at: notes.appendingPathComponent("ringweg-na-een-jaar.md"))
        try FileManager.default.createDirectory(at: sessions.appendingPathComponent("eigen-map"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: root.appendingPathComponent("Output/.begeleid/cache.json"))
        _ = try Building.run(options, renderer: Fixtures.renderer)
        let left = try folders()
        let state = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Output/.begeleid").path)
        #expect(left == ["eigen-map", "ringweg-evaluatie", "ringweg-start"], "\(left) \(state)")
    }
}
