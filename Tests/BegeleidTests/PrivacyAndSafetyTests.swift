import BegeleidModel
import BegeleidPipeline
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

    @Test func hostileNotesLeaveNothingExecutable() throws {
        let result = Checking.run(files: [Fixtures.folder.appendingPathComponent("hostile/aanval.md").path], strict: false)
        let session = try #require(result.valid.first)
        let outputs = try outputs(of: "hostile/aanval.md")
        for name in ["rapport.html", "index.html"] {
            let html = try #require(outputs[name])
            let tags = HTMLTag.scan(html)
            #expect(tags.count > 20)
            for tag in tags {
                #expect(tag.danger == nil, "\(name): \(tag.danger ?? "")")
            }
            #expect(tags.filter { $0.name == "style" }.count == 2, "only our own style block (open and close)")
            // Front-matter values arrive as text, escaped, also inside attributes.
            #expect(html.contains("&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;&quot; onmouseover=&quot;alert(1)"))
        }
        #expect(session.effects.count == 2)
        let json = try JSONDecoder().decode(SessionDocument.self, from: Data(try #require(outputs["sessie.json"]).utf8))
        let bodyTexts = [json.caseDescription ?? ""] + json.effects.map(\.text) + json.options.map(\.text)
            + json.values.compactMap(\.explanation) + json.actors.compactMap(\.description) + json.otherSections.map(\.body)
        for text in bodyTexts {
            // Code spans are shown as code, never run: leave them out.
            let text = text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined()
            for forbidden in ["javascript:", "vbscript:", "data:text", "<iframe", "<script", "onclick", "<img"] {
                #expect(!text.lowercased().contains(forbidden), "\(forbidden) in sessie.json: \(text)")
            }
        }
    }

    @Test func tagScannerCatchesWhatItShould() {
        let dangers = HTMLTag.scan(#"<p onclick="x">a</p><a href=" javascript:x">b</a><script>c</script><img src=x>"#).compactMap(\.danger)
        #expect(dangers.count == 5, "onclick, javascript: href, <script>, </script>, <img>")
        #expect(HTMLTag.scan(#"<p><a href="https://x.nl">a</a> &lt;script&gt;</p>"#).compactMap(\.danger).isEmpty)
    }

    @Test func markdownReportCarriesNoRawHTML() throws {
        let markdown = try #require(try outputs(of: "hostile/aanval.md")["rapport.md"])
        // Outside code spans, every `<` must be escaped as `\<`.
        var inCode = false
        var previous: Character = " "
        for character in markdown {
            if character == "`" { inCode.toggle() }
            if character == "<", !inCode { #expect(previous == "\\", "raw < in rapport.md") }
            previous = character
        }
        for link in ["](javascript", "](vbscript", "](data:", "<javascript"] {
            #expect(!markdown.lowercased().contains(link), "\(link) in rapport.md")
        }
    }
}
