import BegeleidModel
import BegeleidPipeline
import BegeleidReader
import BegeleidRender
import Foundation
import Testing

@Suite("Privacy and safety of every output")
struct PrivacyAndSafetyTests {
    func outputs(of file: String) throws -> [String: String] {
        let result = Checking.run(files: [Fixtures.folder.appendingPathComponent(file).path], strict: false)
        let session = try #require(result.valid.first, "\(result.diagnostics)")
        var outputs: [String: String] = [:]
        for file in try Fixtures.renderer.sessionFiles(session) { outputs[file.name] = String(decoding: file.data, as: UTF8.self) }
        outputs["index.html"] = String(decoding: Fixtures.renderer.index(result.valid, language: .dutch), as: UTF8.self)
        return outputs
    }

    @Test func namesNotesAndCommentsNeverReachAnOutput() throws {
        let outputs = try outputs(of: "sessies/ringweg.md")
        for (name, text) in outputs {
            for secret in ["Geheime Bewoner", "Geheime Functionaris", "Niet citeren", "Werkaantekeningen", "wethouder twijfelt", "<!--"] {
                #expect(!text.contains(secret), "\(secret) in \(name)")
            }
        }
        #expect(outputs["rapport.html"]?.contains("privacy officer") == true, "roles do appear")
    }

    @Test func namesAppearOnlyWhenPublic() throws {
        let outputs = try outputs(of: "sessies/rdw-inspections.md")
        #expect(outputs["rapport.html"]?.contains("Secret Inspector") == true)
        #expect(outputs["sessie.json"]?.contains("Secret Inspector") == true)
        #expect(outputs.values.allSatisfy { !$0.contains("disagreed strongly") }, "the Notes section stays private")
    }

    static let hostile = ["hostile/aanval.md", "hostile/xss-overal.md", "hostile/md-injectie.md"]

    /// Notes written by a tester who had not seen the code, each hiding
    /// `LEK-…` in a private place (Notities in many spellings and places, comments).
    static let privacyCorpus = Fixtures.files(in: "privacy")

    @Test(arguments: privacyCorpus)
    func privateTextIsNeverPublished(_ name: String) throws {
        let path = Fixtures.folder.appendingPathComponent("privacy/\(name)").path
        let result = Checking.run(files: [path], strict: false)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("LEK-"), "\(name) hides nothing to look for")
        guard let session = result.valid.first else {
            // Held back by an error: no report is written, but the findings are shown on the preview's error page.
            #expect(result.diagnostics.errorCount > 0)
            let page = Fixtures.renderer.errorPage(path: path, diagnostics: result.diagnostics, sourceLines: SourceLines.read(path), language: .dutch)
            #expect(page.contains("<table") && page.contains(name), "an error page was rendered")
            #expect(!page.contains("LEK-"), "\(name): private text on the preview's error page")
            for diagnostic in result.diagnostics {
                #expect(!diagnostic.message.dutch.contains("LEK-") && !diagnostic.message.english.contains("LEK-")
                        && !(diagnostic.suggestion ?? "").contains("LEK-"), "\(name): private text in a message")
            }
            return
        }
        for file in try Fixtures.renderer.sessionFiles(session) {
            #expect(!String(decoding: file.data, as: UTF8.self).contains("LEK-"), "\(name): private text in \(file.name)")
        }
        let index = String(decoding: Fixtures.renderer.index([session], language: .dutch), as: UTF8.self)
        #expect(!index.contains("LEK-"))
    }

    @Test(arguments: hostile)
    func hostileNotesLeaveNothingExecutable(_ file: String) throws {
        let result = Checking.run(files: [Fixtures.folder.appendingPathComponent(file).path], strict: false)
        let session = try #require(result.valid.first)
        let outputs = try outputs(of: file)
        for name in ["rapport.html", "index.html"] {
            let html = try #require(outputs[name])
            let tags = HTMLTag.scan(html)
            #expect(tags.count > 20)
            for tag in tags {
                #expect(tag.danger == nil, "\(name): \(tag.danger ?? "")")
            }
            #expect(tags.filter { $0.name == "style" }.count == 2, "only our own style block (open and close)")
        }
        // The value map: after its XML declaration, only static drawing, every text escaped.
        let svg = try #require(outputs["waardenkaart.svg"])
        let svgTags = HTMLTag.scan(String(svg.drop { $0 != "\n" }))
        #expect(svgTags.count > 20)
        for tag in svgTags { #expect(tag.danger == nil, "waardenkaart.svg: \(tag.danger ?? "")") }
        #expect(!session.effects.isEmpty)
        let json = try JSONDecoder().decode(SessionDocument.self, from: Data(try #require(outputs["sessie.json"]).utf8))
        let bodyTexts = [json.caseDescription ?? ""] + json.effects.map(\.text) + json.options.map(\.text)
            + json.values.compactMap(\.explanation) + json.actors.compactMap(\.description)
        for text in bodyTexts {
            // Code spans are shown as code, never run: leave them out.
            let text = text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined()
            for forbidden in ["<iframe", "<script", "onclick", "<img"] {
                #expect(!text.lowercased().contains(forbidden), "\(forbidden) in sessie.json: \(text)")
            }
            #expect(!Self.hasUnsafeLink(text), "unsafe link in sessie.json: \(text)")
        }
    }

    /// The hostile title, escaped, in every place a title appears; nowhere raw.
    @Test func frontMatterValuesArriveAsEscapedText() throws {
        let outputs = try outputs(of: "hostile/aanval.md")
        let escaped = "&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;&quot; onmouseover=&quot;alert(1)"
        let html = try #require(outputs["rapport.html"])
        for place in ["<title>\(escaped)", "<h1>\(escaped)</h1>"] {
            #expect(html.contains(place), "rapport.html: \(place)")
        }
        let index = try #require(outputs["index.html"])
        #expect(index.contains("/rapport.html\">\(escaped)</a>"), "index.html: the link to the report")
        let svg = try #require(outputs["waardenkaart.svg"])
        #expect(svg.contains(escaped), "waardenkaart.svg: its title")
        let markdown = try #require(outputs["rapport.md"])
        #expect(markdown.contains("# \\<script\\>alert('titel')\\</script\\>"), "rapport.md: the heading")
        for (name, text) in outputs where name != "sessie.json" {
            #expect(!text.contains("<script>alert('titel')"), "\(name): the title raw")
            // In HTML and SVG the quote would end an attribute; Markdown prints it as it is.
            if !name.hasSuffix(".md") { #expect(!text.contains("\" onmouseover=\"alert(1)"), "\(name): the title's quote unescaped") }
        }
        // The other front-matter values, in the report's header.
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;") && html.contains("&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
    }

    /// A Markdown link or autolink (not escaped text) to a script or data URL.
    static func hasUnsafeLink(_ markdown: String) -> Bool {
        let pattern = #"(?<!\\)\]\(\s*<?\s*(javascript|vbscript|data)\s*:|<\s*(javascript|vbscript|data):"#
        return markdown.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    @Test func unsafeLinkDetectorWorks() {
        #expect(Self.hasUnsafeLink("[a](javascript:x)"))
        #expect(Self.hasUnsafeLink("[a]( JavaScript:x)"))
        #expect(Self.hasUnsafeLink("<javascript:x>"))
        #expect(!Self.hasUnsafeLink("\\[a\\](javascript:x)"))
        #expect(!Self.hasUnsafeLink("plain javascript:x text"))
    }

    @Test func tagScannerCatchesWhatItShould() {
        let dangers = HTMLTag.scan(#"<p onclick="x">a</p><a href=" javascript:x">b</a><script>c</script><img src=x>"#).compactMap(\.danger)
        #expect(dangers.count == 5, "onclick, javascript: href, <script>, </script>, <img>")
        #expect(HTMLTag.scan(#"<p><a href="https://x.nl">a</a> &lt;script&gt;</p>"#).compactMap(\.danger).isEmpty)
    }

    @Test(arguments: hostile)
    func markdownReportCarriesNoRawHTML(_ file: String) throws {
        let markdown = try #require(try outputs(of: file)["rapport.md"])
        // Outside code spans, every `<` must be escaped as `\<`.
        var inCode = false
        var previous: Character = " "
        for character in markdown {
            if character == "`" { inCode.toggle() }
            if character == "<", !inCode { #expect(previous == "\\", "raw < in rapport.md") }
            previous = character
        }
        #expect(!Self.hasUnsafeLink(markdown), "unsafe link in rapport.md")
    }
}
