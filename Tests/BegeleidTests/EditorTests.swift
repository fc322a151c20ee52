import BegeleidModel
import BegeleidReader
import Foundation
import Testing

/// `begeleid new` and `check --format json`: what editors and a co-moderator starting a session use.
@Suite("New files and JSON findings", .serialized)
struct EditorTests {
    @Test func newWritesAScaffoldThatOnlyLacksItsContent() throws {
        let root = Fixtures.temporaryFolder()
        let run = try Binary.run(["new", "sessie", "deventer-camera"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Input/sessies/deventer-camera.md\n")
        let text = try String(contentsOf: root.appendingPathComponent("Input/sessies/deventer-camera.md"), encoding: .utf8)
        #expect(text.contains("## Casus") && text.contains("## Handelingsopties") && text.contains("### Mens") && text.contains("## Notities"))
        #expect(text.contains("status: concept"), "a new session is a concept while it is typed")
        #expect(text.contains("## Vraagstelling") && text.contains("## Overgang") && text.contains("## Reflectie"))
        #expect(text.contains("<!-- Privé:"), "hints are private comments")
        let today = Calendar(identifier: .gregorian).dateComponents([.year], from: Date()).year!
        #expect(text.contains("datum: \(today)-"), "today's date")
        let check = try Binary.run(["check", "--format", "json", "Input/sessies/deventer-camera.md"], in: root)
        #expect(check.status == 0, "a concept: the empty keys are warnings: \(check.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let codes = Set(((document["diagnostics"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String })
        #expect(codes == ["key-missing", "section-empty"], "only what is still empty: \(codes)")
        // Never overwrites.
        try "mijn aantekeningen".write(to: root.appendingPathComponent("Input/sessies/deventer-camera.md"), atomically: true, encoding: .utf8)
        let again = try Binary.run(["new", "sessie", "deventer-camera"], in: root)
        #expect(again.status == 2)
        #expect(again.stderr.contains("bestaat al; er is niets overschreven"))
        #expect(try String(contentsOf: root.appendingPathComponent("Input/sessies/deventer-camera.md"), encoding: .utf8) == "mijn aantekeningen")
        #expect(try Binary.run(["new", "sessie", "Geen Slug"], in: root).status == 2)
    }

    @Test func newInEnglishAndForAnOrganisation() throws {
        let root = Fixtures.temporaryFolder()
        #expect(try Binary.run(["new", "session", "rdw", "--lang", "en"], in: root).status == 0)
        let text = try String(contentsOf: root.appendingPathComponent("Input/sessies/rdw.md"), encoding: .utf8)
        #expect(text.contains("## Options for action") && text.contains("<!-- Private:") && text.contains("language: en"))
        #expect(try Binary.run(["new", "organisatie", "gemeente-epe"], in: root).status == 0)
        let profile = try String(contentsOf: root.appendingPathComponent("Input/organisaties/gemeente-epe.yaml"), encoding: .utf8)
        #expect(profile.contains("naam:") && profile.contains("vorm: sessie"))
        let check = try Binary.run(["check", "--format", "json", "Input/organisaties/gemeente-epe.yaml"], in: root)
        #expect(check.status == 1, "the empty keys are errors: \(check.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let codes = Set(((document["diagnostics"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String })
        #expect(codes == ["key-missing", "contact-missing", "technologies-missing", "offer-missing"], "\(codes)")
    }

    @Test func findingsAsJSON() throws {
        let root = Fixtures.temporaryFolder()
        let sessions = root.appendingPathComponent("Input/sessies")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.folder.appendingPathComponent("broken/fouten.md"), to: sessions.appendingPathComponent("fouten.md"))
        let run = try Binary.run(["check", "--format", "json", "--lang", "en"], in: root)
        #expect(run.status == 1)
        #expect(run.stderr.isEmpty, "JSON only, on stdout")
        let document = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        // (`### Mnes` is read as Mens, with a warning, and the empty Omgeving is said then: EndToEndTests.)
        #expect(document["errors"] as? Int == 6)
        #expect(document["warnings"] as? Int == 6)
        let findings = try #require(document["diagnostics"] as? [[String: Any]])
        let privasy = try #require(findings.first { $0["code"] as? String == "value-unknown" })
        #expect(privasy["path"] as? String == "Input/sessies/fouten.md")
        #expect(privasy["line"] as? Int == 21)
        #expect(privasy["column"] as? Int == 36)
        #expect(privasy["endLine"] as? Int == 21)
        #expect(privasy["endColumn"] as? Int == 43, "the end of “privasy”")
        #expect(privasy["severity"] as? String == "error")
        #expect(privasy["message"] as? String == "the value “privasy” is not declared under Values")
        #expect(privasy["suggestion"] as? String == "Privacy")
    }

    /// The end of a finding is decided on the check path, from the bytes it read (the printers
    /// and the language server only pass it on); also for a finding kept in the build cache.
    @Test func theCheckPathGivesWhereAFindingEnds() throws {
        let marked = Marked(Sessions.valid.replacing1("→ privacy", with: "→ 1️⃣privasy2️⃣"))
        let finding = try #require(Sessions.findings(marked.text).first { $0.code == "value-unknown" })
        #expect(finding.location == marked["1"])
        #expect(finding.end == marked["2"], "just after “privasy”")
        let line = marked["1"].line
        let other = Diagnostic(.warning, "value-unknown", path: "t.md", at: SourceLocation(line: line, column: 1), LocalizedText(nl: "", en: ""))
        #expect(SourceRanges.complete([other], lines: Array(marked.text.split(separator: "\n", omittingEmptySubsequences: false)))[0].end?.column == 2,
                "a finding at the “-” of a list item ends one past it")
    }
}
