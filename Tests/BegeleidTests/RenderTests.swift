@testable import BegeleidRender
import BegeleidModel
import BegeleidMustache
import BegeleidPipeline
import Foundation
import Testing

@Suite("Writers: golden HTML, Markdown and JSON")
struct RenderTests {
    @Test(arguments: Fixtures.sessionFiles)
    func goldenFiles(_ path: String) throws {
        let result = Checking.run(files: [path], strict: false)
        #expect(result.diagnostics.errorCount == 0, "\(result.diagnostics)")
        let session = try #require(result.valid.first)
        for file in try Fixtures.renderer.sessionFiles(session) {
            Snapshot.assert(file.data, named: "\(session.slug)/\(file.name)")
        }
    }

    @Test func goldenIndex() {
        let result = Checking.run(files: Fixtures.sessionFiles, strict: false)
        #expect(result.valid.count == 2)
        Snapshot.assert(Fixtures.renderer.index(result.valid, language: .dutch), named: "index.html")
    }

    /// Golden files are bytes: another Unicode normal form, or another line ending, is a difference.
    /// Found by a blind tester: a concept just made with `begeleid new` (no title yet) was an empty link on the index.
    @Test func aSessionWithoutATitleIsListedAsTheReportNamesIt() {
        var session = Sessions.session(Sessions.valid)
        session.meta.title = ""
        let index = String(decoding: Fixtures.renderer.index([session], language: .dutch), as: UTF8.self)
        #expect(index.contains("rapport.html\">(nog zonder titel)</a>"))
    }

    /// Found by a blind tester: a concept's empty Effecten and Waarden were bare headings, where the case, the actors
    /// and each direction say “Nog geen …”.
    @Test func aConceptWithoutEffectsOrValuesSaysSoWhereTheyWillBe() throws {
        let session = Sessions.session("---\ntitel: Nieuw\nstatus: concept\n---\n\n## Casus\nEen begin.\n")
        let files = try Fixtures.renderer.sessionFiles(session)
        let html = String(decoding: try #require(files.first { $0.name == "rapport.html" }).data, as: UTF8.self)
        let markdown = String(decoding: try #require(files.first { $0.name == "rapport.md" }).data, as: UTF8.self)
        #expect(html.contains("<h2 id=\"effecten\">Effecten</h2>\n<p class=\"meta-line gap\">Nog geen effecten.</p>"))
        #expect(html.contains("<h2 id=\"waarden\">Waarden</h2>\n<p class=\"meta-line gap\">Nog geen waarden.</p>"))
        #expect(markdown.contains("## Effecten\n\n*Nog geen effecten.*\n") && markdown.contains("## Waarden\n\n*Nog geen waarden.*\n"))
    }

    @Test func goldenFilesCompareBytes() {
        let composed = Data("Privé\n".utf8)
        let decomposed = Data("Prive\u{301}\n".utf8)
        #expect("Privé\n" == "Prive\u{301}\n", "Swift strings call these equal")
        let message = Snapshot.mismatch(composed, decomposed)
        #expect(message?.contains("1 - Privé") == true && message?.contains("first difference at byte 4") == true, "\(message ?? "equal")")
        #expect(Snapshot.mismatch(Data("a\n".utf8), Data("a\r\n".utf8)) != nil)
        #expect(Snapshot.mismatch(composed, composed) == nil)
    }

    @Test func reportLanguageFollowsTaal() throws {
        let result = Checking.run(files: Fixtures.sessionFiles, strict: false)
        for session in result.valid {
            let html = String(decoding: try Fixtures.renderer.sessionFiles(session)[0].data, as: UTF8.self)
            let lang = session.meta.language.rawValue
            #expect(html.contains("<html lang=\"\(lang)\">"))
            #expect(html.contains(session.meta.language == .dutch ? "Kernwaarden" : "Core values"))
        }
    }

    @Test func reportHoldsItsPartsInOrder() throws {
        let result = Checking.run(files: Fixtures.sessionFiles.filter { $0.hasSuffix("ringweg.md") }, strict: false)
        let session = try #require(result.valid.first)
        let html = String(decoding: try Fixtures.renderer.sessionFiles(session)[0].data, as: UTF8.self)
        let headings = ["<h1>", "Deelnemers", "Samenvatting", "Kerncijfers", "Casus", "Actoren", "Positieve effecten",
                        "Negatieve effecten", "Waarden", "Geparkeerde waarden", "Handelingsopties", "Waarden en richtingen", "Vervolg"]
        var position = html.startIndex
        for heading in headings {
            let range = try #require(html.range(of: heading, range: position..<html.endIndex), "\(heading) missing or out of order")
            position = range.upperBound
        }
        #expect(html.components(separatedBy: "<h1").count == 2)
        #expect(!html.contains("<script"))
        #expect(!html.contains("http-equiv"))
    }

    /// SwiftPM embeds the folder; the table names each file: a file missing from it, or a
    /// name pointing at another file's bytes (`labels/nl.yaml` → `en.yaml`), fails here.
    @Test func builtInTemplatesAreTheTemplatesFolder() throws {
        let folder = Fixtures.repository.appendingPathComponent("Templates")
        let onDisk = Fixtures.contents(of: folder).filter { !$0.key.split(separator: "/").contains { $0.hasPrefix(".") } }
        #expect(!onDisk.isEmpty)
        #expect(Set(onDisk.keys) == Set(EmbeddedTemplates.files.keys), "add the file to EmbeddedTemplates.files")
        for (name, data) in onDisk {
            #expect(EmbeddedTemplates.files[name] == [UInt8](data), "\(name) is not the file embedded under its name")
        }
    }

    @Test func subBulletsReachEveryOutput() throws {
        let text = Sessions.valid
            .replacing1("- Minder files op de ringweg → duurzaamheid @bewoners\n", with: "- Minder files op de ringweg → duurzaamheid @bewoners\n  - vooral in de spits\n")
            .replacing1("- Duurzaamheid\n", with: "- Duurzaamheid\n  - ook voor later\n")
            .replacing1("- Bewoners: wonen langs de ringweg\n", with: "- Bewoners: wonen langs de ringweg\n  - vooral oost\n")
        #expect(Sessions.findings(text).isEmpty)
        let files = try Fixtures.renderer.sessionFiles(Sessions.session(text))
        for file in files where file.name != "waardenkaart.svg" {
            let output = String(decoding: file.data, as: UTF8.self)
            for detail in ["vooral in de spits", "ook voor later", "vooral oost"] {
                #expect(output.contains(detail), "\(detail) missing from \(file.name)")
            }
        }
    }

    @Test func markdownEscapingOfPlainValues() {
        var output: [UInt8] = []
        Escaping.appendMarkdown("*a* <b> [c](d) | e_f", to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "\\*a\\* \\<b\\> \\[c\\](d) \\| e\\_f")
    }
}
