import Foundation
import Testing

/// Issue 18, item 6: the index and the overview of the last build stay as they are when nothing
/// they show changed (BuildCache.Kept, `pages`), and are made again when anything they show did.
extension IncrementalBuildTests {
    private func text(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Marks both pages by hand: a page that still says "hand" after a build was not written again.
    private func mark(_ root: URL) throws {
        for page in ["Output/index.html", "Output/overzicht.html"] {
            try "hand".write(to: root.appendingPathComponent(page), atomically: true, encoding: .utf8)
        }
    }

    private func edit(_ root: URL, _ name: String, _ change: (String) -> String) throws {
        let notes = root.appendingPathComponent("Input/sessies/\(name).md")
        try change(String(contentsOf: notes, encoding: .utf8)).write(to: notes, atomically: true, encoding: .utf8)
    }

    @Test func theIndexAndOverviewStayWhenNothingTheyShowChanged() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)
        try mark(root)
        // An effect worded otherwise: the session's report changes, not what the index or overview show of it.
        try edit(root, "breda-sentimentmeter") { $0.replacing1("- Een kleine groep luidruchtige", with: "- Een kleine groep zeer luidruchtige") }
        let kept = try Binary.run(["build"], in: root)
        #expect(kept.status == 0 && kept.stdout == "4 sessies gebouwd (3 ongewijzigd); overzicht: Output/index.html\n", "\(kept.stderr)")
        #expect(try text(root, "Output/index.html") == "hand" && text(root, "Output/overzicht.html") == "hand")
        #expect(try text(root, "Output/sessies/breda-sentimentmeter/rapport.md").contains("Een kleine groep zeer luidruchtige"))

        // A title changed: both pages are made again, and show it.
        try edit(root, "breda-sentimentmeter") { $0.replacing1("titel: ", with: "titel: Herzien ") }
        #expect(try Binary.run(["build"], in: root).status == 0)
        #expect(try text(root, "Output/index.html").contains("Herzien Sentimentmeter"))
        #expect(try text(root, "Output/overzicht.html") != "hand")

        // A page removed by hand is made again; then the output equals a full build's.
        try FileManager.default.removeItem(at: root.appendingPathComponent("Output/overzicht.html"))
        #expect(try Binary.run(["build"], in: root).status == 0)
        #expect(try Binary.run(["build", "--output", "Vol"], in: root).status == 0)
        let incremental = Fixtures.contents(of: root.appendingPathComponent("Output")).filter { !$0.key.hasPrefix(".begeleid/") }
        let full = Fixtures.contents(of: root.appendingPathComponent("Vol")).filter { !$0.key.hasPrefix(".begeleid/") }
        #expect(incremental["overzicht.html"] != nil && incremental == full)
    }

    /// What else the pages show: an option's text (the overview lists options), the project's list of
    /// values (the overview counts under it), notes with errors (the index lists their earlier report, the
    /// overview counts them): changed, or their earlier report gone. Unchanged, the pages stay.
    @Test func theIndexAndOverviewFollowOptionsValuesAndErrors() throws {
        let root = try input()
        #expect(try Binary.run(["build"], in: root).status == 0)
        try mark(root)
        try edit(root, "breda-sentimentmeter") { $0.replacing1("- Steekproefsgewijs handmatig", with: "- Wekelijks handmatig") }
        #expect(try Binary.run(["build"], in: root).status == 0)
        #expect(try text(root, "Output/overzicht.html") != "hand", "an option's text changed")

        try mark(root)
        let values = root.appendingPathComponent("Input/waarden.yaml")
        try "Vertrouwen: [betrouwbaarheid]\n".write(to: values, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["build"], in: root).status == 0)
        #expect(try text(root, "Output/overzicht.html") != "hand", "the list of values changed")

        try mark(root)
        try edit(root, "breda-sentimentmeter") { $0.replacing1("titel: ", with: "titel: [") }
        let failed = try Binary.run(["build"], in: root)
        #expect(failed.status != 0)
        #expect(try text(root, "Output/index.html") != "hand", "notes with errors: the index is made again")
        #expect(try text(root, "Output/index.html").contains("sessies/breda-sentimentmeter/"), "the earlier report is listed")

        // Nothing changed since: both pages stay (a note with errors made every later build make them again).
        try mark(root)
        #expect(try Binary.run(["build"], in: root).status != 0)
        #expect(try text(root, "Output/index.html") == "hand" && text(root, "Output/overzicht.html") == "hand",
                "nothing changed: the pages stay")
        // Still with errors, changed again (a note typed with an error in `watch`): their earlier report shows no
        // names, so no change of the notes withdraws it, and the pages stay. (One that shows names: OutputFolderTests.)
        try edit(root, "breda-sentimentmeter") { $0 + "\nNog een regel.\n" }
        #expect(try Binary.run(["build"], in: root).status != 0)
        #expect(try text(root, "Output/index.html") == "hand" && text(root, "Output/overzicht.html") == "hand",
                "notes with errors changed, their earlier report anonymous: the pages stay")
        // The earlier report gone: the index is made again, and no longer lists it.
        try FileManager.default.removeItem(at: root.appendingPathComponent("Output/sessies/breda-sentimentmeter"))
        #expect(try Binary.run(["build"], in: root).status != 0)
        let index = try text(root, "Output/index.html")
        #expect(index != "hand" && !index.contains("sessies/breda-sentimentmeter/"), "the earlier report gone: the index follows")
    }
}
