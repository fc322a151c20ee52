@testable import BegeleidServe
@testable import BegeleidRender
import BegeleidModel
import BegeleidPipeline
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// A session typed into the live preview part by part, as a co-moderator
/// does during the dialogue: after every save the page is the report, growing,
/// never a wall of errors, and the findings panel above it follows the notes.
@Suite("Live preview while typing", .serialized)
struct PreviewTypingTests {
    static let frontMatter = """
        ---
        titel: Digital twin voor de ringweg
        organisatie: Gemeente Zwolle
        technologie: Digital twin
        datum: 2026-03-12
        ---

        """

    /// What the co-moderator adds at each save, and a text that must then be on the page.
    static let steps: [(added: String, shows: String)] = [
        ("## Casus\nDe gemeente bouwt een digitaal model van het verkeer.\n\n", "De gemeente bouwt een digitaal model"),
        ("## Actoren\n- Bewoners: wonen langs de ringweg\n- Verkeerskundigen\n\n", "wonen langs de ringweg"),
        ("## Effecten\n### Positief\n- Minder files op de ringweg → duurzaamheid @bewoners\n", "Minder files op de ringweg"),
        ("### Negatief\n- Gevoel bekeken te worden → privacy @bewoners\n\n", "Gevoel bekeken te worden"),
        ("## Waarden\n- Privacy (kern): niet zonder reden gevolgd worden\n- Duurzaamheid\n\n", "niet zonder reden gevolgd worden"),
        ("## Overgang\n- Privacy: 9 stemmen\n- Duurzaamheid: 4\n\n", "class=\"votes\""),
        ("## Handelingsopties\n### Technologie\n- Alleen geaggregeerde tellingen opslaan (prioriteit) → privacy\n",
         "Alleen geaggregeerde tellingen opslaan"),
        ("### Omgeving\n- Jaarlijks publieksverslag → duurzaamheid @verkeerskundigen\n", "Jaarlijks publieksverslag"),
        ("### Mens\n- Modelonzekerheid leren uitleggen → duurzaamheid, privacy\n", "Modelonzekerheid leren uitleggen"),
    ]

    func page(_ port: UInt16) async throws -> String {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/sessies/ringweg/rapport.html")!)
        return String(decoding: data, as: UTF8.self)
    }

    /// The panel's summary: "…: N fouten · M waarschuwingen".
    static func counts(_ page: String) -> (errors: Int, warnings: Int)? {
        guard let start = page.range(of: "<summary id=\"begeleid-meldingen-titel\">"),
              let end = page[start.upperBound...].range(of: "</summary>") else { return nil }
        let numbers = page[start.upperBound..<end.lowerBound].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    @Test func aSessionTypedPartByPartIsAlwaysTheReport() async throws {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let notes = sessions.appendingPathComponent("ringweg.md")
        var text = Self.frontMatter
        try text.write(to: notes, atomically: true, encoding: .utf8)
        let output = root.appendingPathComponent("Output").path
        let live = try await LivePreview.start(root)
        let (preview, port) = (live.preview, live.port)
        defer { live.watching.cancel() }

        var findings: [(errors: Int, warnings: Int)] = []
        for (index, step) in Self.steps.enumerated() {
            text += step.added
            try text.write(to: notes, atomically: true, encoding: .utf8)
            var shown: String?
            for _ in 0..<80 {
                let body = try await page(port)
                if body.contains(step.shows) {
                    shown = body
                    break
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            let body = try #require(shown, "step \(index + 1): “\(step.shows)” never appeared")
            #expect(body.contains("<h1>Digital twin voor de ringweg</h1>"), "step \(index + 1): the report, not a page of errors")
            #expect(!body.contains("Dit rapport wordt nu niet getoond"), "step \(index + 1)")
            // Everything typed before this step is still there: the report grows.
            for earlier in Self.steps[..<index] { #expect(body.contains(earlier.shows), "step \(index + 1) lost “\(earlier.shows)”") }
            let count = try #require(Self.counts(body), "step \(index + 1): no findings panel")
            findings.append(count)
        }
        // Until the options are typed the notes are incomplete; the panel says so, and then says they are not.
        #expect(findings.first!.errors > 0)
        #expect(findings.last!.errors == 0, "\(findings)")
        // The panel's links go to places that exist in the report below it.
        let last = try await page(port)
        #expect(!last.contains("href=\"#\""))
        // Output/ only receives what `build` writes: no panel, no script. (The page is made from the notes as they
        // stand and may show a save before the build that follows it has written the output folder.)
        var onDisk = ""
        for _ in 0..<100 where !onDisk.contains(Self.steps.last!.shows) {
            onDisk = (try? String(contentsOfFile: output + "/sessies/ringweg/rapport.html", encoding: .utf8)) ?? ""
            if !onDisk.contains(Self.steps.last!.shows) { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(onDisk.contains(Self.steps.last!.shows), "the build wrote the report of the last save")
        #expect(!onDisk.contains("begeleid-meldingen-paneel") && !onDisk.contains("<script"))
        await preview.stop()
    }

    @Test func aPrivacyErrorGetsThePageOfFindingsQuotingNothingPrivate() async throws {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let notes = sessions.appendingPathComponent("ringweg.md")
        let text = Self.frontMatter + Self.steps.map(\.added).joined()
        try text.write(to: notes, atomically: true, encoding: .utf8)
        let live = try await LivePreview.start(root)
        let (preview, port) = (live.preview, live.port)
        defer { live.watching.cancel() }
        #expect(try await page(port).contains("begeleid-meldingen-paneel"))
        // A private heading typed one level too deep: what follows would be published.
        try (text + "### Notities\n- Jan de Vries twijfelt aan het budget\n").write(to: notes, atomically: true, encoding: .utf8)
        var body = ""
        for _ in 0..<80 {
            body = try await page(port)
            if body.contains("[notes-heading-misplaced]") { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(body.contains("[notes-heading-misplaced]"))
        #expect(body.contains("Dit rapport wordt nu niet getoond"))
        #expect(body.contains("het rapport zou privétekst of een naam tonen"))
        #expect(!body.contains("Jan de Vries"))
        await preview.stop()
    }

    /// Blind tester 38: a colon in the title (notes that cannot be read) was said to the room as “private text or a
    /// name”, and the caret under a line that wrapped on the beamer stood far from its word. The reason follows the
    /// findings, and the spot is marked in the line itself.
    @Test func thePageOfFindingsSaysWhyAndMarksTheSpotInTheLine() throws {
        let notes = Sessions.valid.replacing1("titel: Digital twin voor de ringweg", with: "titel: Camera's: het stationsplein")
        let findings = Sessions.findings(notes)
        let syntax = try #require(findings.first { $0.code == "yaml-syntax" })
        let page = Fixtures.renderer.errorPage(path: "t.md", diagnostics: findings,
                                               sourceLines: notes.split(separator: "\n", omittingEmptySubsequences: false), language: .dutch)
        #expect(page.contains("de aantekeningen zijn nu niet te lezen") && !page.contains("privétekst"), "\(page)")
        let typo = Sessions.valid.replacing1("- Minder files op de ringweg → duurzaamheid", with: "- Minder files op de ringweg → duurzamheid")
        let marked = Fixtures.renderer.errorPage(path: "t.md", diagnostics: Sessions.findings(typo),
                                                 sourceLines: typo.split(separator: "\n", omittingEmptySubsequences: false), language: .dutch)
        #expect(marked.contains("<code>- Minder files op de ringweg → <mark>duurzamheid</mark> @bewoners</code>") && !marked.contains("^</code>"), "\(marked)")
        let line = "- Foutieve herkenning → rechtvaardigheid, gelijkheid @reizigers"
        let at = { (column: Int, end: Int?) in
            var finding = Diagnostic(.error, .valueUnknown, path: "t.md", at: SourceLocation(line: 1, column: column), LocalizedText(nl: "x", en: "x"))
            finding.end = end.map { SourceLocation(line: 1, column: $0) }
            return ErrorPageContext.split(line, at: finding)
        }
        #expect(at(43, nil) == ("- Foutieve herkenning → rechtvaardigheid, ", "gelijkheid", " @reizigers"), "a word: to its end")
        #expect(at(25, 41) == ("- Foutieve herkenning → ", "rechtvaardigheid", ", gelijkheid @reizigers"), "a range: as given")
        #expect(at(23, nil) == ("- Foutieve herkenning ", "→", " rechtvaardigheid, gelijkheid @reizigers"), "a sign: itself")
        #expect(at(200, nil) == (line, " ", ""), "past the end: a space after it")
        _ = syntax
    }

    @Test func everyFindingLinksToItsPlaceInTheReport() {
        let anchors = [(line: 10, id: "casus"), (line: 14, id: "effecten"), (line: 16, id: "e1"), (line: 30, id: "")]
        #expect(FindingsPanelContext.anchor(for: 5, in: anchors) == nil, "front matter: no place in the report")
        #expect(FindingsPanelContext.anchor(for: 12, in: anchors) == "casus")
        #expect(FindingsPanelContext.anchor(for: 16, in: anchors) == "e1")
        #expect(FindingsPanelContext.anchor(for: 17, in: anchors) == "e1")
        #expect(FindingsPanelContext.anchor(for: 31, in: anchors) == nil, "a private section links nowhere")
    }
}
