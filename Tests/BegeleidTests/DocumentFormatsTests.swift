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

    /// Issue 20: page 1 reads as a cover, with the key facts and the start of
    /// the report. What this asserts: pdftotext of page 1 alone holds the
    /// title, the key facts side by side (label and value on one line) and the
    /// first section's heading and its text; and a pdftoppm render of page 1
    /// has ink down to at least 70 % of its height above the page number
    /// (so the page is filled, not a title block over white space). It does
    /// not judge the page's look beyond that.
    @Test func pageOneIsACoverWithTheStartOfTheReport() throws {
        let (root, session) = try Self.build()
        let pdf = root.appendingPathComponent("Output/sessies/ringweg/rapport.pdf").path
        let script = """
            import subprocess, sys, json
            text = subprocess.run(['pdftotext', '-layout', '-f', '1', '-l', '1', '-enc', 'UTF-8', sys.argv[1], '-'],
                                  capture_output=True, text=True, check=True).stdout
            image = subprocess.run(['pdftoppm', '-f', '1', '-l', '1', '-r', '30', '-gray', sys.argv[1]],
                                   capture_output=True, check=True).stdout
            # PGM: "P5\\n<w> <h>\\n255\\n" then one byte per pixel.
            header, rest = image.split(b'\\n', 1)
            size, rest = rest.split(b'\\n', 1)
            depth, pixels = rest.split(b'\\n', 1)
            width, height = map(int, size.split())
            rows = [pixels[y * width:(y + 1) * width] for y in range(height)]
            inked = [y for y, row in enumerate(rows) if min(row) < 160]
            print(json.dumps({"text": text, "height": height, "inked": inked}))
            """
        let run = try Python.run(script, arguments: [pdf])
        #expect(run.status == 0, "pdftotext/pdftoppm: \(run.stderr) (make test installs poppler-utils)")
        let result = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let text = result["text"] as? String ?? ""
        #expect(Self.flat(text).contains(Self.flat(session.meta.title)), "the title on page 1")
        let lines = text.split(separator: "\n").map { Self.flat(String($0)) }
        #expect(lines.contains { $0.hasPrefix("Technologie") && $0.contains(session.meta.technology) }, "key facts as label and value on one line")
        #expect(lines.contains { $0.hasPrefix("Datum") && $0.contains("12 maart 2026") })
        #expect(lines.contains("Deelnemers"), "the first section's heading on page 1")
        #expect(lines.contains { $0.contains("Samenvatting") }, "and the report goes on on page 1")
        let height = Double(result["height"] as? Int ?? 1)
        let inked = (result["inked"] as? [Int] ?? []).map(Double.init)
        // The last inked row is the page number at the foot; the one before it is the body's end.
        let body = inked.filter { $0 < height * 0.9 }
        #expect((body.max() ?? 0) > height * 0.7, "page 1 is filled: body ink down to \(body.max() ?? 0) of \(height) rows")
    }

    /// The Word report numbers its pages (a PAGE field in the footer, from
    /// the reference document) and has the value map where the HTML has it:
    /// right after the key figures, before the case.
    @Test func theWordFileNumbersItsPagesAndPlacesTheValueMap() throws {
        let (root, _) = try Self.build()
        let docx = root.appendingPathComponent("Output/sessies/ringweg/rapport.docx").path
        let script = """
            import sys, zipfile, re, json
            z = zipfile.ZipFile(sys.argv[1])
            footers = [z.read(n).decode() for n in z.namelist() if re.match(r'word/footer[0-9]*\\.xml', n)]
            document = z.read('word/document.xml').decode()
            paragraphs = re.findall(r'<w:p[ >].*?</w:p>', document, re.S)
            order = []
            for p in paragraphs:
                if '<w:drawing' in p: order.append('<image>')
                texts = ''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', p))
                if re.search(r'w:val="Heading1"', p): order.append(texts)
            print(json.dumps({"page": any('PAGE' in f for f in footers), "references": 'footerReference' in document, "order": order}))
            """
        let run = try Python.run(script, arguments: [docx])
        #expect(run.status == 0, "\(run.stderr)")
        let result = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(result["page"] as? Bool == true && result["references"] as? Bool == true, "a PAGE field in a footer the document uses")
        let order = result["order"] as? [String] ?? []
        let map = order.firstIndex(of: "<image>"), figures = order.firstIndex(of: "Kerncijfers"), options = order.firstIndex(of: "Handelingsopties")
        #expect(map != nil && figures != nil && options != nil && figures! < map! && map! < options!, "\(order)")
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
