import BegeleidModel
import BegeleidOverview
import BegeleidReader
@testable import BegeleidRender
import Foundation
import Testing

/// The overview across sessions: counts worked out by hand for a small
/// collection, names merged without case or accents and by synonyms, and
/// every finding about `waarden.yaml` located.
@Suite("Overview across sessions")
struct OverviewTests {
    static func session(_ text: String, slug: String) -> Session {
        guard let session = SessionReader.read(bytes: Array(text.utf8), path: "\(slug).md", slug: slug).session else {
            fatalError("fixture session \(slug) not read")
        }
        return session
    }

    /// a: Privacy (core), before, Gemeente Zwolle, [mobiliteit]; b: PRIVACY, during,
    /// Provincie Overijssel, [mobiliteit, data]; c: Persoonlijke levenssfeer (core), after, Gemeente Zwolle, [data].
    static let collection: [Session] = [
        session(Sessions.valid.replacing1("fase: voorafgaand", with: "fase: voorafgaand\nlabels: [mobiliteit]"), slug: "a"),
        session(Sessions.valid.replacing1("fase: voorafgaand", with: "fase: tijdens\nlabels: [Mobiliteit, data]")
            .replacing1("organisatie: Gemeente Zwolle", with: "organisatie: Provincie Overijssel")
            .replacing1("- Privacy (kern):", with: "- PRIVACY:"), slug: "b"),
        session(Sessions.valid.replacing1("fase: voorafgaand", with: "fase: na\nlabels: [data]")
            .replacing1("- Privacy (kern):", with: "- Persoonlijke levenssfeer (kern):")
            .replacingOccurrences(of: "→ privacy", with: "→ persoonlijke levenssfeer"), slug: "c"),
    ]

    static var synonyms: ValueSynonyms {
        var synonyms = ValueSynonyms()
        synonyms.add("persoonlijke levenssfeer", to: "Privacy")
        return synonyms
    }

    @Test func countsByHandWithSynonyms() throws {
        let overview = Overview(sessions: Self.collection, synonyms: Self.synonyms)
        #expect(overview.values.map(\.name) == ["Privacy", "Duurzaamheid"], "most sessions first, then most often core")
        let privacy = try #require(overview.values.first)
        #expect(privacy.sessions == ["a", "b", "c"])
        #expect(privacy.coreIn == ["a", "c"])
        #expect(privacy.byPhase == [.before: 1, .during: 1, .after: 1])
        #expect(privacy.byLabel == ["mobiliteit": 2, "data": 2], "labels merge without regard to case")
        #expect(overview.labels == ["data", "mobiliteit"])
        // Counted in the one pass over the sessions (the page no longer looks each label up in every session).
        #expect(overview.sessionsPerLabel == ["mobiliteit": 2, "data": 2])
        #expect(privacy.byOrganisation == ["Gemeente Zwolle": 2, "Provincie Overijssel": 1])
        #expect(privacy.directions == [.technology: 3, .environment: 3])
        #expect(privacy.options.count == 6)
        #expect(privacy.spellings == ["Privacy", "PRIVACY", "Persoonlijke levenssfeer"])
        let sustainability = try #require(overview.values.last)
        #expect(sustainability.sessions.count == 3)
        #expect(sustainability.coreIn.isEmpty)
        #expect(sustainability.directions == [.environment: 3, .human: 3])
    }

    @Test func anOptionNamingTwoSynonymsCountsOnce() throws {
        let text = Sessions.valid
            .replacing1("- Duurzaamheid\n", with: "- Duurzaamheid\n- Persoonlijke levenssfeer\n")
            .replacing1("- Alleen geaggregeerde tellingen opslaan → privacy", with: "- Alleen geaggregeerde tellingen opslaan → privacy, persoonlijke levenssfeer")
            .replacing1("- Gevoel bekeken te worden → privacy @bewoners", with: "- Gevoel bekeken te worden → privacy, persoonlijke levenssfeer @bewoners")
        let overview = Overview(sessions: [Self.session(text, slug: "s")], synonyms: Self.synonyms)
        let privacy = try #require(overview.values.first { $0.name == "Privacy" })
        #expect(privacy.sessions == ["s"])
        #expect(privacy.options.count == 2, "the two options linked to privacy, the shared one once")
        #expect(privacy.directions == [.technology: 1, .environment: 1])
    }

    @Test func withoutSynonymsOnlyCaseAndAccentsMerge() {
        let overview = Overview(sessions: Self.collection)
        #expect(overview.values.map { "\($0.name)=\($0.sessions.count)" } == ["Duurzaamheid=3", "Privacy=2", "Persoonlijke levenssfeer=1"])
    }

    @Test func thePageShowsTheCountsAndLinksEachOption() throws {
        let overview = Overview(sessions: Self.collection, synonyms: Self.synonyms)
        let html = String(decoding: Fixtures.renderer.overview(overview, language: .dutch), as: UTF8.self)
        #expect(html.contains("<tr><th scope=\"row\"><a href=\"#waarde-privacy\">Privacy</a></th><td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">3</td><td class=\"num\">3</td><td class=\"num zero\">0</td></tr>"))
        #expect(html.contains("ook genoemd als: PRIVACY, Persoonlijke levenssfeer"))
        #expect(html.contains("<a href=\"sessies/c/rapport.html\" lang=\"nl\">Digital twin voor de ringweg</a>"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "the bar chart")
        #expect(!html.contains("<script"))
        #expect(html.contains("3 sessies van 12 maart 2026 tot 12 maart 2026, met samen 2 verschillende waarden"))
    }

    @Test func synonymsFileFindingsAreLocated() {
        let twice = Marked("Privacy: [levenssfeer]\nOpenheid: [1️⃣levenssfeer]\n")
        let read = SynonymsReader.read(bytes: Array(twice.text.utf8), path: "Input/waarden.yaml")
        #expect(read.diagnostics.map(\.code) == ["synonym-twice"])
        #expect(read.diagnostics.first?.location == twice["1"])
        let chained = Marked("Privacy: [1️⃣Openheid]\nOpenheid: [transparantie]\n")
        let chain = SynonymsReader.read(bytes: Array(chained.text.utf8), path: "Input/waarden.yaml")
        #expect(chain.diagnostics.map(\.code) == ["synonym-is-value"])
        #expect(chain.diagnostics.first?.location == chained["1"])
        let list = SynonymsReader.read(bytes: Array("- Privacy\n- Openheid\n".utf8), path: "Input/waarden.yaml")
        #expect(list.diagnostics.map(\.code) == ["synonyms-not-mapping"])
        let fine = SynonymsReader.read(bytes: Array("Privacy: [Persoonlijke levenssfeer]\nVeiligheid: Safety\n".utf8), path: "w.yaml")
        #expect(fine.diagnostics.isEmpty)
        #expect(fine.synonyms.resolve("persoonlijke  LEVENSSFEER").name == "Privacy")
        #expect(fine.synonyms.resolve("safety").name == "Veiligheid")
    }
}
