import BegeleidModel
import BegeleidPipeline
import Foundation
import Testing

/// Version 2 sessions through the writers and the binary: golden files of a
/// concept and of sessions with every new part (Dutch and English), and what
/// a concept never is (published, counted, cited).
@Suite("Format version 2: reports and builds", .serialized)
struct VersionTwoBuildTests {
    static let files = ["chatbot-concept", "ringweg-v2", "chatbot-en"].map {
        Fixtures.folder.appendingPathComponent("v2/\($0).md").path
    }

    @Test(arguments: files)
    func goldenFiles(_ path: String) throws {
        let result = Checking.run(files: [path], strict: false)
        #expect(result.diagnostics.errorCount == 0, "\(result.diagnostics)")
        let session = try #require(result.valid.first)
        for file in try Fixtures.renderer.sessionFiles(session) {
            Snapshot.assert(String(decoding: file.data, as: UTF8.self), named: "v2/\(session.slug)/\(file.name)")
        }
    }

    @Test func aConceptSaysSoAndShowsItsGapsWhereTheyAre() throws {
        let session = try #require(Checking.run(files: [Self.files[0]], strict: false).valid.first)
        let files = try Fixtures.renderer.sessionFiles(session)
        let html = String(decoding: files[0].data, as: UTF8.self)
        let markdown = String(decoding: files[1].data, as: UTF8.self)
        let json = try JSONSerialization.jsonObject(with: files[2].data) as? [String: Any]
        #expect(html.contains("<p class=\"notice draft\" role=\"note\">Concept: deze aantekeningen zijn nog niet af."))
        #expect(markdown.contains("> **Concept: deze aantekeningen zijn nog niet af."))
        #expect(json?["status"] as? String == "draft")
        // Each gap in its place: the effect without a value, the value not yet listed, the value without options,
        // the empty direction, the effect without polarity and the option without direction.
        #expect(html.contains("Fouten in antwoorden\n<div class=\"meta-line\"><span class=\"grp\">Waarden:</span> <span class=\"tags-list\"></span><span class=\"gap\">nog geen waarde</span>"))
        #expect(html.contains("<h3>menselijk contact <span class=\"gap-badge\">nog niet onder Waarden</span></h3>"))
        #expect(html.contains("<h3 id=\"richting-human\">Mens (gedrag)</h3>\n<p class=\"meta-line gap\">Nog geen handelingsopties.</p>"))
        #expect(html.contains("<h3 id=\"niet-ingedeeld\">Nog niet ingedeeld (positief of negatief)</h3>"))
        #expect(html.contains("<h3 id=\"zonder-richting\">Nog zonder richting</h3>"))
        let values = json?["values"] as? [[String: Any]] ?? []
        #expect(values.contains { $0["name"] as? String == "menselijk contact" && $0["listed"] as? Bool == false })
    }

    @Test func aConceptIsListedButNeverPublishedCountedOrCited() throws {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        for path in Self.files {
            var text = try String(contentsOfFile: path, encoding: .utf8)
            // All three consent to publishing: only the concept must still stay out.
            text = text.replacingOccurrences(of: "\n---\n\n", with: "\nopenbaar: true\n---\n\n")
            try text.write(to: sessions.appendingPathComponent((path as NSString).lastPathComponent), atomically: true, encoding: .utf8)
        }
        let run = try Binary.run(["build"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("concept (niet gepubliceerd, geciteerd of meegeteld): chatbot-concept"))
        let output = root.appendingPathComponent("Output")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("sessies/chatbot-concept/rapport.html"))
        #expect(index.contains("<span class=\"tag draft\">concept</span>"))
        for data in ["data/sessies.json", "data/sessies.csv", "data/waarden.csv", "data/effecten.csv", "data/handelingsopties.csv", "overzicht.html"] {
            let text = try String(contentsOf: output.appendingPathComponent(data), encoding: .utf8)
            #expect(!text.contains("chatbot-concept") && !text.contains("AI-chatbot voor de klantenservice"), "\(data) counts the concept")
            #expect(text.contains("ringweg-v2") || text.contains("Digital twin"), "\(data) lost a definitive session")
        }
        let published = try Binary.run(["build", "--public", "--output", "Openbaar"], in: root)
        #expect(published.status == 0, "\(published.stderr)")
        let folder = root.appendingPathComponent("Openbaar")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("sessies/chatbot-concept").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("sessies/ringweg-v2/rapport.html").path))
        let publicIndex = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!publicIndex.contains("chatbot-concept"))
    }

    /// The concept banner and the new parts reach PDF and Word too (WeasyPrint, pandoc: `make test` installs them).
    @Test func pdfAndWordSayConceptAndCarryTheNewParts() throws {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        for path in Self.files.prefix(2) {
            try FileManager.default.copyItem(atPath: path, toPath: sessions.appendingPathComponent((path as NSString).lastPathComponent).path)
        }
        let formats = ExtraFormats(pdf: true, docx: true, referenceDocx: Fixtures.repository.appendingPathComponent("Templates/referentie.docx").path)
        _ = try Building.run(
            Building.Options(input: root.appendingPathComponent("Input").path, output: root.appendingPathComponent("Output").path,
                             strict: false, language: .dutch, formats: formats),
            renderer: Fixtures.renderer)
        let script = """
            import subprocess, sys
            from docx import Document
            pdf = subprocess.run(['pdftotext', '-enc', 'UTF-8', sys.argv[1], '-'], capture_output=True, text=True, check=True).stdout
            word = "\\n".join(p.text for p in Document(sys.argv[2]).paragraphs)
            print(" ".join(pdf.split()))
            print("=====")
            print(" ".join(word.split()))
            """
        for (slug, expected) in [("chatbot-concept", ["Concept: deze aantekeningen zijn nog niet af", "nog geen waarde", "Vraagstelling"]),
                                 ("ringweg-v2", ["Vraagstelling", "Overgang naar kernwaarden", "prioriteit", "uiterlijk", "Reflectie",
                                                 "Opdrachtgever"])] {
            let folder = root.appendingPathComponent("Output/sessies/\(slug)")
            let run = try Python.run(script, arguments: [folder.appendingPathComponent("rapport.pdf").path,
                                                         folder.appendingPathComponent("rapport.docx").path])
            #expect(run.status == 0, "\(run.stderr)")
            let parts = run.stdout.components(separatedBy: "=====")
            #expect(parts.count == 2)
            for text in expected {
                #expect(parts.first?.contains(text) == true, "PDF of \(slug) lacks “\(text)”")
                #expect(parts.last?.contains(text) == true, "Word file of \(slug) lacks “\(text)”")
            }
        }
    }
}
