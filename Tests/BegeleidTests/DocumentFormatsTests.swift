import BegeleidModel
import BegeleidPipeline
import Foundation
import Testing

/// PDF (WeasyPrint) and Word (pandoc), read back with pdftotext and
/// python-docx. `make test` installs the tools; without them these fail
/// with the command that installs them.
@Suite("PDF and Word", .serialized)
struct DocumentFormatsTests {
    static func build() throws -> (root: URL, session: Session) {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.folder.appendingPathComponent("sessies/ringweg.md"), to: sessions.appendingPathComponent("ringweg.md"))
        let formats = ExtraFormats(pdf: true, docx: true, referenceDocx: Fixtures.repository.appendingPathComponent("Templates/referentie.docx").path)
        let result = try Building.run(
            Building.Options(input: root.appendingPathComponent("Input").path, output: root.appendingPathComponent("Output").path,
                             strict: false, language: .dutch, formats: formats),
            renderer: Fixtures.renderer)
        return (root, try #require(result.checking.valid.first))
    }

    /// Text with every run of white space made one space (PDF lines wrap where they like).
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func thePDFHoldsTheTitleEveryValueAndEveryOption() throws {
        let (root, session) = try Self.build()
        let pdf = root.appendingPathComponent("Output/sessies/ringweg/rapport.pdf").path
        let run = try Python.run("import subprocess, sys; sys.stdout.write(subprocess.run(['pdftotext', '-enc', 'UTF-8', sys.argv[1], '-'], capture_output=True, text=True, check=True).stdout)",
                                 arguments: [pdf])
        #expect(run.status == 0, "pdftotext: \(run.stderr) (make test installs poppler-utils)")
        let text = Self.flat(run.stdout)
        #expect(text.contains(Self.flat(session.meta.title)))
        for value in session.values { #expect(text.contains(value.name), "value \(value.name)") }
        for option in session.options {
            let plain = Self.flat(option.text.markdown.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "`", with: ""))
            #expect(text.contains(plain), "option \(plain)")
        }
        #expect(text.range(of: #"\b1 ?/ ?[0-9]+\b"#, options: .regularExpression) != nil, "page numbers from the print CSS")
        #expect(!text.contains("Geheime Bewoner"), "no names in the PDF either")
    }

    @Test func theWordFileHasHeadingsListsTablesAndItsLanguage() throws {
        let (root, _) = try Self.build()
        let docx = root.appendingPathComponent("Output/sessies/ringweg/rapport.docx").path
        let script = """
            import json, sys, zipfile, re
            from docx import Document
            d = Document(sys.argv[1])
            styles = [p.style.name for p in d.paragraphs]
            headings = [p.text for p in d.paragraphs if p.style.name == 'Heading 1']
            lists = sum(1 for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None)
            langs = re.findall(r'w:lang [^>]*w:val="([^"]+)"', zipfile.ZipFile(sys.argv[1]).read('word/styles.xml').decode())
            print(json.dumps({"title": [p.text for p in d.paragraphs if p.style.name == 'Title'], "headings": headings,
                              "lists": lists, "tables": len(d.tables), "tableStyles": sorted({t.style.name for t in d.tables}),
                              "languages": langs, "text": "\\n".join(p.text for p in d.paragraphs)}))
            """
        let run = try Python.run(script, arguments: [docx])
        #expect(run.status == 0, "python-docx: \(run.stderr) (make test installs python-docx)")
        let result = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(result["title"] as? [String] == ["Digital twin voor de doorstroming op de ringweg"])
        let headings = result["headings"] as? [String] ?? []
        for heading in ["Casus", "Actoren", "Effecten", "Waarden", "Handelingsopties"] { #expect(headings.contains(heading), "\(heading)") }
        #expect((result["lists"] as? Int ?? 0) > 10)
        #expect((result["tables"] as? Int ?? 0) >= 2)
        #expect(result["tableStyles"] as? [String] == ["Table"])
        #expect((result["languages"] as? [String])?.contains("nl-NL") == true)
        #expect(!(result["text"] as? String ?? "").contains("Geheime Bewoner"))
    }

    @Test func aProposalAsPDFAndWord() throws {
        let root = Fixtures.temporaryFolder()
        let input = root.appendingPathComponent("Input")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("organisaties"), withIntermediateDirectories: true)
        try Proposals.offer.write(to: input.appendingPathComponent("aanbod.yaml"), atomically: true, encoding: .utf8)
        try Proposals.profile.write(to: input.appendingPathComponent("organisaties/gemeente-epe.yaml"), atomically: true, encoding: .utf8)
        let formats = ExtraFormats(pdf: true, docx: true, referenceDocx: Fixtures.repository.appendingPathComponent("Templates/referentie.docx").path)
        let result = try Proposing.run(
            Proposing.Options(input: input.path, output: root.appendingPathComponent("Output").path, strict: false, formats: formats),
            sessions: [], renderer: Fixtures.renderer)
        #expect(result.written.contains("voorstellen/gemeente-epe/voorstel.pdf") && result.written.contains("voorstellen/gemeente-epe/voorstel.docx"))
        let folder = root.appendingPathComponent("Output/voorstellen/gemeente-epe")
        let pdf = try Python.run("import subprocess, sys; sys.stdout.write(subprocess.run(['pdftotext', '-enc', 'UTF-8', sys.argv[1], '-'], capture_output=True, text=True, check=True).stdout)",
                                 arguments: [folder.appendingPathComponent("voorstel.pdf").path])
        let text = Self.flat(pdf.stdout)
        for expected in ["Voorstel op maat voor Gemeente Epe", "Beste Joost Smit,", "€ 3.631,82", "Voor akkoord"] {
            #expect(text.contains(expected), "\(expected) in the PDF")
        }
        let docx = try Python.run("""
            import sys
            from docx import Document
            d = Document(sys.argv[1])
            print([p.text for p in d.paragraphs if p.style.name == 'Title'][0])
            print(len(d.tables))
            """, arguments: [folder.appendingPathComponent("voorstel.docx").path])
        #expect(docx.stdout.hasPrefix("Voorstel op maat voor Gemeente Epe\n"), "\(docx.stdout)\(docx.stderr)")
        #expect((Int(docx.stdout.split(separator: "\n").last ?? "") ?? 0) >= 4, "series, programme, invitees, planning, investment tables")
    }

    /// A build asked for a PDF where WeasyPrint cannot be found: exit 2, and the command that installs it.
    /// The child gets an environment of its own (an empty PATH); this process's stays as it is.
    @Test func aMissingConverterIsNamedWithItsInstallCommand() throws {
        let root = try Fixtures.input(["sessies/ringweg.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = "/nonexistent"
        let run = try Binary.run(["build", "--pdf"], in: root, environment: environment)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("weasyprint") && run.stderr.contains("apt-get install weasyprint"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/sessies/ringweg/rapport.html").path), "nothing is built")
        #expect(ProcessInfo.processInfo.environment["PATH"] != "/nonexistent")
    }
}
