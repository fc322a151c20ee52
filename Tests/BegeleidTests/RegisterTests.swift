import BegeleidModel
import BegeleidPipeline
@testable import BegeleidRender
import Foundation
import Testing

/// `algoritmeregister.json`: written for public, definitive sessions only,
/// and checked against the field list of docs/algoritmeregister.md (names,
/// types, lengths, the HTML the standard allows).
@Suite("Algoritmeregister entry", .serialized)
struct RegisterTests {
    /// The documented fields: name → (type, maximum length or nil).
    static func documentedFields() throws -> [String: (type: String, max: Int?)] {
        let docs = try String(contentsOf: Fixtures.repository.appendingPathComponent("docs/algoritmeregister.md"), encoding: .utf8)
        var fields: [String: (String, Int?)] = [:]
        for line in docs.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3 else { continue }
            fields[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = (cells[1], Int(cells[2]))
        }
        return fields
    }

    @Test func writtenForPublicDefinitiveSessionsAndValidAgainstTheDocumentedFields() throws {
        let root = try FollowUpTests.input("keten")
        var options = Building.Options(input: root.appendingPathComponent("Input").path,
                                       output: root.appendingPathComponent("Output").path, strict: false, language: .dutch)
        options.publicURL = "https://example.org/sessies-site/"
        _ = try Building.run(options, renderer: Fixtures.renderer)
        let sessions = root.appendingPathComponent("Output/sessies")
        // ringweg-start and ringweg-terugblik are public; ringweg-evaluatie is not.
        #expect(!FileManager.default.fileExists(atPath: sessions.appendingPathComponent("ringweg-evaluatie/algoritmeregister.json").path))
        let fields = try Self.documentedFields()
        #expect(Set(fields.keys) == ["standard_version", "lang", "impacttoetsen_grouping", "impacttoetsen_grouping[].title",
                                     "impacttoetsen_grouping[].link", "proportionality"])
        for slug in ["ringweg-start", "ringweg-terugblik"] {
            let data = try Data(contentsOf: sessions.appendingPathComponent("\(slug)/algoritmeregister.json"))
            let entry = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(Set(entry.keys) == Set(fields.keys.filter { !$0.contains("[]") }), "only documented fields")
            #expect(entry["standard_version"] as? String == "1.0.0" && fields["standard_version"]?.type == "enum")
            #expect(entry["lang"] as? String == "nld")
            let items = try #require(entry["impacttoetsen_grouping"] as? [[String: String]])
            #expect(items.count == 1 && Set(items[0].keys) == ["title", "link"])
            let link = try #require(items[0]["link"])
            #expect(link == "https://example.org/sessies-site/sessies/\(slug)/rapport.html")
            #expect(link.count <= fields["impacttoetsen_grouping[].link"]!.max!)
            let text = try #require(entry["proportionality"] as? String)
            #expect(fields["proportionality"]?.type == "string")
            #expect(text.count <= fields["proportionality"]!.max!)
            // Only the tags the standard allows.
            let tags = Set(text.matches(of: /<\/?([a-z]+)/).map { String($0.output.1) })
            #expect(tags.isSubset(of: ["div", "br", "p", "ul", "ol", "li"]), "\(tags)")
        }
        let start = try JSONSerialization.jsonObject(with: Data(contentsOf: sessions.appendingPathComponent("ringweg-start/algoritmeregister.json"))) as? [String: Any]
        let text = start?["proportionality"] as? String ?? ""
        #expect(text.contains("De kernwaarden waren: Privacy, Transparantie."))
        #expect(text.contains("<li>Gevoel bekeken te worden</li>"), "a negative effect on a core value")
        #expect(text.contains("<p>Handelingsopties met prioriteit:</p><ul><li>Onzekerheid van het model tonen in elke uitvoer</li>"))
        #expect(!text.contains("Jaarlijks publieksverslag"), "not a priority option")
    }

    /// A session with very long texts: the draft stays within the standard's 2500 characters.
    @Test func theDraftStaysWithinTheLengthLimit() {
        let long = String(repeating: "heel lang ", count: 120)
        var session = Sessions.session(Sessions.valid)
        session.effects = (1...8).map { Effect(id: "e\($0)", polarity: .negative, text: RichText("\($0) \(long) <script>"), values: [],
                                                actors: [], location: SourceLocation(line: 1, column: 1)) }
        let entry = RegisterEntry(session, reportURL: "sessies/x/rapport.html")
        #expect(entry.proportionality.count <= 2500)
        #expect(!entry.proportionality.contains("<script>"))
        #expect(entry.proportionality.hasPrefix("<p>In een sessie volgens de Aanpak Begeleidingsethiek"))
    }

    /// Found by a blind tester: consent withdrawn (`openbaar: false`), the session's `algoritmeregister.json` stayed
    /// in Output/; and a `rapport.pdf` of an earlier `build --pdf` stayed beside the report made anew without it.
    @Test func aSessionNoLongerPublicLosesItsRegisterEntryAndAFormatNotAskedForGoes() throws {
        let root = try FollowUpTests.input("keten")
        let options = FollowUpTests.buildOptions(root)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        let folder = root.appendingPathComponent("Output/sessies/ringweg-start")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("algoritmeregister.json").path))
        // As an earlier `build --pdf` left it.
        try Data("%PDF-1.7 oud".utf8).write(to: folder.appendingPathComponent("rapport.pdf"))
        let notes = root.appendingPathComponent("Input/sessies/ringweg-start.md")
        try String(contentsOf: notes, encoding: .utf8).replacing1("openbaar: true", with: "openbaar: false")
            .write(to: notes, atomically: true, encoding: .utf8)
        _ = try Building.run(options, renderer: Fixtures.renderer)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("rapport.html").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("algoritmeregister.json").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("rapport.pdf").path))
    }
}
