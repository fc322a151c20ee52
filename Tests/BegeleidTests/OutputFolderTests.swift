@testable import BegeleidPipeline
import Foundation
import Testing

/// Issue 14, items 6, 7, 8 and 11, through the real binary: a foreign folder
/// is not overwritten, links planted in the output folder are not followed,
/// links without a scheme become text in every format, and a named report is
/// withdrawn when its notes turn anonymous and have an error.
@Suite("The output folder: begeleid's own, written without following links")
struct OutputFolderTests {
    /// An `Input/` with the valid session, in a fresh folder.
    static func project(_ name: String = #function) throws -> URL {
        let root = Fixtures.temporaryFolder(name)
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try Data(Sessions.valid.utf8).write(to: sessions.appendingPathComponent("ringweg.md"))
        return root
    }

    static func build(_ root: URL, _ arguments: [String] = []) throws -> Binary.Run {
        try Binary.run(["build", "--input", "Input"] + arguments, in: root, timeout: 300)
    }

    @Test func aForeignFolderIsRefusedUnlessForced() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("mijn eigen site".utf8).write(to: site.appendingPathComponent("index.html"))
        try Data("van iemand anders".utf8).write(to: site.appendingPathComponent("data/.sessies.json.1.tmp"))
        let before = Fixtures.contents(of: site)
        let refused = try Self.build(root, ["--output", "site"])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"))
        #expect(Fixtures.contents(of: site) == before, "nothing written, nothing swept")
        let forced = try Self.build(root, ["--output", "site", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(Fixtures.contents(of: site)["index.html"] != before["index.html"])
        // Adopted, the folder carries the marker: the next build needs no --force.
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(".begeleid/uitvoer").path))
        #expect(try Self.build(root, ["--output", "site"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("data/.sessies.json.1.tmp").path),
                "a folder adopted now held no leftovers of ours: its files are not swept")
    }

    @Test func anEmptyFolderOrOneWithOnlyAReadmeIsAdopted() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("# Output\n".utf8).write(to: output.appendingPathComponent("README.md"))
        try Data().write(to: output.appendingPathComponent(".gitkeep"))
        let run = try Self.build(root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("sessies/ringweg/rapport.html").path))
        #expect(try String(contentsOf: output.appendingPathComponent("README.md"), encoding: .utf8) == "# Output\n")
        let empty = root.appendingPathComponent("Leeg")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try Self.build(root, ["--output", "Leeg"]).status == 0)
    }

    @Test func outputInsideOrAroundTheInputIsRefused() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = Fixtures.contents(of: root)
        for output in ["Input", "Input/sessies/uit", ".", root.path, "Input/../Input"] {
            let run = try Self.build(root, ["--output", output, "--force"])
            #expect(run.status == 2, "--output \(output): \(run.stderr)")
            #expect(run.stderr.contains("invoermap"), "--output \(output): \(run.stderr)")
        }
        #expect(Fixtures.contents(of: root) == before, "nothing was written")
        let voorstel = try Binary.run(["voorstel", "--input", "Input", "--output", "Input"], in: root)
        #expect(voorstel.status == 2)
    }

    @Test func linksPlantedInTheOutputFolderAreNotFollowed() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.build(root).status == 0)
        let output = root.appendingPathComponent("Output")
        // Elsewhere: a folder and a file a link points at, which a build must never write.
        let elsewhere = root.appendingPathComponent("elders")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let victim = root.appendingPathComponent("slachtoffer.txt")
        try Data("onaangeroerd".utf8).write(to: victim)
        let manager = FileManager.default
        // A linked `sessies/<slug>` folder and a report that is a link (the temporary name: see the next test).
        let slugFolder = output.appendingPathComponent("sessies/ringweg")
        try manager.removeItem(at: slugFolder)
        try manager.createSymbolicLink(at: slugFolder, withDestinationURL: elsewhere)
        let index = output.appendingPathComponent("index.html")
        try manager.removeItem(at: index)
        try manager.createSymbolicLink(at: index, withDestinationURL: victim)
        try Data(Sessions.valid.replacing1("titel: Digital twin", with: "titel: Nieuwe digital twin").utf8)
            .write(to: root.appendingPathComponent("Input/sessies/ringweg.md"))
        try manager.removeItem(at: output.appendingPathComponent(".begeleid/cache.json"))
        let run = try Self.build(root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "onaangeroerd")
        #expect(try manager.contentsOfDirectory(atPath: elsewhere.path).isEmpty, "nothing written through the linked folder")
        let kind = { (url: URL) in try manager.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType }
        #expect(try kind(slugFolder) == .typeDirectory, "the linked folder was replaced by a folder")
        #expect(try kind(index) == .typeRegular, "the linked report was replaced, not written through")
        #expect(try String(contentsOf: slugFolder.appendingPathComponent("rapport.md"), encoding: .utf8).contains("Nieuwe digital twin"))
    }

    /// The temporary name (`.NAME.<pid>.tmp`) is predictable: a link planted there is removed, not written through.
    @Test func aLinkAtTheTemporaryNameIsNotFollowed() throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let victim = root.appendingPathComponent("slachtoffer.txt")
        try Data("onaangeroerd".utf8).write(to: victim)
        let output = root.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let target = output.appendingPathComponent("index.html").path
        try FileManager.default.createSymbolicLink(atPath: OutputWriter.temporaryPath(for: target), withDestinationPath: victim.path)
        try OutputWriter(root: output.path).write(Data("nieuw".utf8), to: "index.html")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "onaangeroerd")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "nieuw")
    }

    @Test func linksWithoutASchemeBecomeTextInEveryFormat() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let links = "Zie [de UNC-share](\\\\\\\\host\\\\share\\\\x.docx), [een host](//host.example/x), [een bestand](/etc/passwd), "
            + "![een beeld](//host.example/y.png) en [het web](https://example.org/ok)."
        try Data(Sessions.valid.replacing1("De gemeente bouwt een digitaal model van het verkeer.", with: links).utf8)
            .write(to: root.appendingPathComponent("Input/sessies/ringweg.md"))
        let run = try Self.build(root, ["--docx"])
        #expect(run.status == 0, "\(run.stderr)")
        let folder = root.appendingPathComponent("Output/sessies/ringweg")
        let html = try String(contentsOf: folder.appendingPathComponent("rapport.html"), encoding: .utf8)
        let markdown = try String(contentsOf: folder.appendingPathComponent("rapport.md"), encoding: .utf8)
        let json = try String(contentsOf: folder.appendingPathComponent("sessie.json"), encoding: .utf8)
        #expect(html.contains("href=\"https://example.org/ok\""), "a web link stays a link")
        #expect(html.contains("de UNC-share") && html.contains("een bestand"), "the text stays")
        for (name, text) in [("html", html), ("md", markdown), ("json", json)] {
            for target in ["host\\share", "\\\\\\\\host", "//host.example", "/etc/passwd"] {
                #expect(!text.contains(target), "\(name) still links to \(target)")
            }
        }
        // Word: no hyperlink but the web one in the document's relationships.
        let relations = try Python.run("""
            import sys, zipfile
            print(zipfile.ZipFile(sys.argv[1]).read('word/_rels/document.xml.rels').decode())
            """, arguments: [folder.appendingPathComponent("rapport.docx").path])
        #expect(relations.status == 0, "\(relations.stderr)")
        #expect(relations.stdout.contains("https://example.org/ok"))
        for target in ["host", "passwd", "file:"] {
            #expect(!relations.stdout.replacingOccurrences(of: "example.org", with: "").contains(target), "docx links to \(target)")
        }
    }

    @Test func aNamedReportIsWithdrawnWhenTheNotesTurnAnonymousWithAnError() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("Input/sessies/ringweg.md")
        let named = Sessions.valid.replacing1("fase: voorafgaand", with: "fase: voorafgaand\nnamen: openbaar\ndeelnemers:\n  - rol: bewoner\n    naam: Anna Zichtbaar")
        try Data(named.utf8).write(to: notes)
        #expect(try Self.build(root).status == 0)
        let report = root.appendingPathComponent("Output/sessies/ringweg/rapport.html")
        #expect(try String(contentsOf: report, encoding: .utf8).contains("Anna Zichtbaar"))
        // With an error but still `namen: openbaar`: the earlier report stays (the earlier-report rule).
        let broken = named.replacing1("→ privacy\n### Omgeving", with: "→ privasie\n### Omgeving")
        try Data(broken.utf8).write(to: notes)
        #expect(try Self.build(root).status == 1)
        #expect(FileManager.default.fileExists(atPath: report.path))
        // Anonymous now, and an error: the names go, report and all.
        try Data(broken.replacing1("namen: openbaar", with: "namen: anoniem").utf8).write(to: notes)
        let run = try Self.build(root)
        #expect(run.status == 1)
        let output = Fixtures.contents(of: root.appendingPathComponent("Output"))
        #expect(!FileManager.default.fileExists(atPath: report.path))
        let leaks = output.filter { String(decoding: $0.value, as: UTF8.self).contains("Anna Zichtbaar") }.map(\.key)
        #expect(leaks.isEmpty, "\(leaks)")
        // The index, kept while the notes had an error and the report showed names, is made again without it.
        #expect(output["index.html"].map { !String(decoding: $0, as: UTF8.self).contains("sessies/ringweg/") } == true)
    }
}
