@testable import BegeleidServe
@testable import BegeleidPipeline
import BegeleidModel
import BegeleidReader
import BegeleidRender
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Issue 6, item 3: for every output kind — HTML, Markdown, JSON, CSV, SVG,
/// the build cache, the public build, the live preview and its error page,
/// the terminal — participants' names of anonymous sessions, the Notities
/// section and HTML comments never appear.
@Suite("No leaks in any output kind", .serialized)
struct LeakTests {
    /// What the fixtures hide: `LEK-…` in the privacy corpus and the beamer
    /// fixture, and the private parts of `ringweg.md`.
    static let secrets = ["LEK-", "Geheime Bewoner", "Geheime Functionaris", "Niet citeren", "Werkaantekeningen", "wethouder twijfelt", "<!--"]

    /// Every fixture with something to hide, the public-names fixture, and the example profiles and offer.
    static func input() throws -> URL {
        let root = Fixtures.temporaryFolder("leaks")
        let input = root.appendingPathComponent("Input")
        let sessions = input.appendingPathComponent("sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        var sources = ["sessies/ringweg.md", "sessies/rdw-inspections.md", "leaks/beamer.md"]
        sources += PrivacyAndSafetyTests.privacyCorpus.map { "privacy/\($0)" }
        for source in sources {
            try FileManager.default.copyItem(at: Fixtures.folder.appendingPathComponent(source),
                                             to: sessions.appendingPathComponent((source as NSString).lastPathComponent))
        }
        let examples = Fixtures.repository.appendingPathComponent("Input")
        for item in ["organisaties", "aanbod.yaml", "waarden.yaml"] {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(item), to: input.appendingPathComponent(item))
        }
        return root
    }

    static func leaks(in files: [String: Data]) -> [String] {
        files.flatMap { name, data in
            let text = String(decoding: data, as: UTF8.self)
            return secrets.filter { text.contains($0) }.map { "\($0) in \(name)" }
        }.sorted()
    }

    @Test func everyFileOfAFullAndAPublicBuildIsClean() throws {
        let root = try Self.input()
        defer { try? FileManager.default.removeItem(at: root) }
        let build = try Binary.run(["build", "--input", "Input", "--output", "Output", "--format", "human"], in: root)
        #expect(build.status == 1, "the fixtures with errors are held back")
        let output = Fixtures.contents(of: root.appendingPathComponent("Output"))
        let kinds = Set(output.keys.map { ($0 as NSString).pathExtension })
        #expect(kinds.isSuperset(of: ["html", "md", "json", "csv", "svg"]), "every kind was written: \(kinds.sorted())")
        #expect(output.keys.contains(".begeleid/cache.json"))
        #expect(output.keys.contains { $0.hasPrefix(".begeleid/schetsen/") }, "the cache's outlines are searched too")
        #expect(output.contains { $0.key.hasPrefix(".begeleid/schetsen/") && ((try? KeptSessions.share(in: [UInt8]($0.value)).count) ?? 0) > 100 },
                "and the shares of data/ after them")
        #expect(output.count > 60)
        #expect(Self.leaks(in: output).isEmpty, "\(Self.leaks(in: output))")
        // The terminal (human format quotes lines of the file) says nothing private either.
        #expect(build.stderr.contains("[value-unknown]"))
        #expect(Self.leaks(in: ["stderr": Data(build.stderr.utf8), "stdout": Data(build.stdout.utf8)]).isEmpty, "\(build.stderr)")

        let publicBuild = try Binary.run(["build", "--public", "--input", "Input", "--output", "Openbaar"], in: root)
        #expect(publicBuild.status == 1)
        let published = Fixtures.contents(of: root.appendingPathComponent("Openbaar"))
        #expect(published.keys.contains("index.html"))
        #expect(Self.leaks(in: published).isEmpty, "\(Self.leaks(in: published))")
    }

    func get(_ port: UInt16, _ path: String) async throws -> (status: Int, body: Data) {
        let url = URL(string: "http://127.0.0.1:\(port)/" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path))!
        // Generous: under the thread sanitizer a busy machine answers slowly.
        let (data, response) = try await URLSession.shared.data(for: URLRequest(url: url, timeoutInterval: 600))
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    @Test func everyPageOfTheLivePreviewIsClean() async throws {
        let root = try Self.input()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let live = try await LivePreview.start(root)
        let (preview, port) = (live.preview, live.port)
        defer { live.watching.cancel() }

        // Every file the build wrote, as the server hands it out.
        var served: [String: Data] = [:]
        for name in Fixtures.contents(of: output).keys where !name.hasPrefix(".") {
            let page = try await get(port, name)
            #expect(page.status == 200, "\(name)")
            served[name] = page.body
        }
        #expect(served.count > 50)
        // The notes with errors: the report as it stands with the findings panel above it, shown on a beamer.
        let errorPage = try await get(port, "sessies/beamer/rapport.html")
        let text = String(decoding: errorPage.body, as: UTF8.self)
        #expect(text.contains("<code>value-unknown</code>") && text.contains("<code>key-unknown</code>"), "the panel: \(text.prefix(500))")
        #expect(text.contains("Gevoel bekeken te worden"), "the report as it stands")
        served["report with findings"] = errorPage.body
        #expect(Self.leaks(in: served).isEmpty, "\(Self.leaks(in: served))")
        await preview.stop()
    }

    /// Issue 14 item 4 and issue 15 item 3: the messages themselves (terminal in both formats,
    /// `check --format json`, the preview's error page, the cache) quote nothing private; the
    /// notes with 25 unknown sections are built, and none of their sections reaches the report.
    @Test func messagesQuoteNothingPrivateAndUnknownSectionsPublishNothing() throws {
        let root = try Self.input()
        defer { try? FileManager.default.removeItem(at: root) }
        var channels: [String: Data] = [:]
        for format in ["human", "compiler", "json"] {
            let run = try Binary.run(["check", "Input", "--format", format], in: root)
            #expect(run.status == 1)
            channels["check --format \(format)"] = Data((run.stdout + run.stderr).utf8)
        }
        let json = String(decoding: channels["check --format json"]!, as: UTF8.self)
        for code in ["section-unknown", "notes-heading-misplaced", "direction-unknown", "key-unknown"] {
            #expect(json.contains("\"\(code)\""), "the corpus triggers \(code)")
        }
        // The preview's error page of every fixture, with its findings (the server only serves what this renders).
        let sessions = root.appendingPathComponent("Input/sessies")
        for name in try FileManager.default.contentsOfDirectory(atPath: sessions.path) where name.hasSuffix(".md") {
            let path = sessions.appendingPathComponent(name).path
            let checked = Checking.run(files: [path], strict: false)
            let page = Fixtures.renderer.errorPage(path: path, diagnostics: checked.diagnostics, sourceLines: SourceLines.read(path), language: .dutch)
            channels["error page of \(name)"] = Data(page.utf8)
        }
        let build = try Binary.run(["build", "--input", "Input", "--output", "Output", "--format", "human"], in: root)
        channels["build"] = Data((build.stdout + build.stderr).utf8)
        let output = root.appendingPathComponent("Output")
        channels["cache"] = FileManager.default.contents(atPath: output.appendingPathComponent(".begeleid/cache.json").path)
        #expect(channels["cache"] != nil)
        #expect(Self.leaks(in: channels).isEmpty, "\(Self.leaks(in: channels))")
        // The 25 unknown sections: warnings only, so the report is made, and none of them is in it.
        #expect(build.stderr.components(separatedBy: "[section-unknown]").count - 1 >= 25)
        let report = try String(contentsOf: output.appendingPathComponent("sessies/priv-onbekende-secties/rapport.html"), encoding: .utf8)
        #expect(report.contains("Boa's melden hardop"))
        #expect(!report.contains("LEK-"))
    }
}

@Suite("Lines the error page and the terminal do not quote")
struct PrivateLinesTests {
    @Test func namesNotesCommentsAndWhatFollowsAMisplacedNotesLine() {
        let source: [Substring] = [
            "---", "titel: x", "deelnemers:", "  - rol: bewoner", "    naam: Anna", "  - {rol: b, naam: Bert}", "namen: anoniem", "---",
            "## Casus", "tekst <!-- begin", "nog commentaar -->", "na het commentaar",
            "## Notities", "- privé", "### Sub", "- ook privé",
            "## Vervolg", "- openbaar", "Notities: de wethouder", "- ook dit", "## Samenvatting", "- weer openbaar",
        ]
        let hidden = PrivateLines(source, misplacedNotes: [19])
        let quoted = (1...source.count).filter { !hidden.contains($0) }
        #expect(quoted == [1, 2, 3, 7, 8, 9, 12, 17, 18, 21, 22])
    }

    /// Decided from the parsed structure: any spelling of the participants key the reader accepts,
    /// unknown sections, and a `#` heading inside Notities (issue 14 item 4 and 5, issue 15 item 3).
    @Test func fromTheParsedStructure() {
        let source: [Substring] = [
            "---", "titel: x", "? deelnémers", ": - Margriet Oosterhuis: bewoner", "namen: anoniem", "---",
            "## Casus", "openbaar", "## Off the record", "geheim", "## Notities", "privé", "# Kop", "nog privé", "## Vervolg", "openbaar",
        ]
        let hidden = PrivateLines(source, path: "t.md", diagnostics: [])
        let quoted = (1...source.count).filter { !hidden.contains($0) }
        #expect(quoted == [1, 2, 5, 6, 7, 8, 15, 16])
    }

    /// Found by a blind tester: on a private line, a message's quote of the format's own marks (“-->” that closes a
    /// comment, the “- ” that begins an item) was redacted like the notes' text, so the advice read “begin de regel met “…””.
    @Test func theFormatsOwnMarksStayOnAPrivateLineAndItsTextDoesNot() {
        let finding = Diagnostic(
            .warning, .commentUnclosed, path: "a.md", at: SourceLocation(line: 3, column: 1),
            LocalizedText(nl: "sluit met “-->”; begin met “- ” of “-”; een “|”; schrijf “→ waarde”; niet “geheim - ”",
                          en: "close with “-->”; not “<!-- geheim”"))
        let redacted = finding.redacted(privateLines: [3], vocabulary: Diagnostic.headingVocabulary)
        #expect(redacted.message.dutch == "sluit met “-->”; begin met “- ” of “-”; een “|”; schrijf “→ waarde”; niet “…”")
        #expect(redacted.message.english == "close with “-->”; not “…”")
        #expect(finding.redacted(privateLines: [4], vocabulary: Diagnostic.headingVocabulary).message == finding.message)
    }
}
