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
        #expect(html.contains("<tr><th scope=\"row\"><a href=\"#waarde-privacy\">Privacy</a></th><td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num zero\">0</td><td class=\"num zero\">0</td><td class=\"num\">3</td><td class=\"num\">3</td><td class=\"num zero\">0</td></tr>"))
        #expect(html.contains("ook genoemd als: PRIVACY, Persoonlijke levenssfeer"))
        #expect(html.contains("<a href=\"sessies/c/rapport.html\" lang=\"nl\">Digital twin voor de ringweg</a>"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "the bar chart")
        #expect(!html.contains("<script"))
        #expect(html.contains("3 sessies van 12 maart 2026 tot 12 maart 2026, met samen 2 verschillende waarden"))
    }

    /// No session counted (every note a concept or with errors) read "0 sessies van tot , met samen 0 verschillende
    /// waarden"; one session "1 sessies van … tot …" with the same date twice.
    @Test func theIntroSaysNoSessionAndOneSessionPlainly() {
        func intro(_ sessions: [Session], _ language: Language) -> String {
            OverviewContext(overview: Overview(sessions: sessions), labels: Fixtures.renderer.templates.labels(language)).introText()
        }
        #expect(intro([], .dutch) == "Nog geen sessie meegeteld: het overzicht telt alleen definitieve aantekeningen (status definitief) zonder fouten.")
        #expect(intro([], .english).hasPrefix("No session counted yet"))
        #expect(intro(Array(Self.collection.prefix(1)), .dutch).hasPrefix("1 sessie, op 12 maart 2026, met 2 verschillende waarden."))
        #expect(intro(Array(Self.collection.prefix(1)), .english).hasPrefix("1 session, on 12 March 2026, with 2 different values."))
        #expect(intro(Self.collection, .english).hasPrefix("3 sessions from 12 March 2026 to 12 March 2026, with 3 different values"), "no synonyms: Privacy and Persoonlijke levenssfeer apart")
        // A blind tester: waarden.yaml named though the input had none; “1 bestand(en)”; concepts not said.
        let labels = Fixtures.renderer.templates.labels(.dutch)
        let plain = OverviewContext(overview: Overview(sessions: Self.collection), labels: labels)
        #expect(plain.introText().hasSuffix("en de synoniemen uit de waardenlijst van begeleid tellen als één."), "\(plain.introText())")
        #expect(!plain.introText().contains("waarden.yaml"))
        let synonyms = OverviewContext(overview: Overview(sessions: Self.collection), labels: labels, ownSynonyms: true)
        #expect(synonyms.introText().hasSuffix("en de synoniemen uit waarden.yaml en de waardenlijst van begeleid tellen als één."))
        let notCounted = OverviewContext(overview: Overview(sessions: []), labels: labels, withErrors: 1, drafts: 2).notCountedText()
        #expect(notCounted.hasPrefix(" Niet meegeteld: 1 bestand met aantekeningen die nu fouten bevatten;"), "\(notCounted)")
        #expect(notCounted.hasSuffix(" Concepten tellen niet mee: 2 (status: concept)."), "\(notCounted) (“Niet meegeteld:” twice in a row, a retest)")
        #expect(OverviewContext(overview: Overview(sessions: []), labels: labels).notCountedText().isEmpty)
        let empty = String(decoding: Fixtures.renderer.overview(Overview(sessions: []), language: .dutch), as: UTF8.self)
        #expect(empty.contains("Nog geen sessie meegeteld"))
        #expect(!empty.contains("nog geen sessies verwerkt"), "it said so under “Nog geen sessie meegeteld”")
        #expect(!empty.contains(" van  tot") && !empty.contains("van tot ,"))
    }

    /// Core, worked out, parked and only named, per value and per technology (and label), counted by hand:
    /// a (Digital twin, [verkeer]): Privacy core, Duurzaamheid worked out, Gezondheid parked;
    /// b (digital twin, [verkeer, data]): Privacy worked out, Duurzaamheid parked, Gezondheid only named;
    /// c (Slimme camera, [handhaving]): Privacy parked, Duurzaamheid core;
    /// d (Slimme camera): Privacy core, Duurzaamheid worked out, Gezondheid only named.
    static let involvementCorpus: [Session] = [
        session(Sessions.valid.replacing1("fase: voorafgaand", with: "fase: voorafgaand\nlabels: [verkeer]")
            .replacing1("- Duurzaamheid\n", with: "- Duurzaamheid\n- Gezondheid (geparkeerd)\n"), slug: "a"),
        session(Sessions.valid.replacing1("fase: voorafgaand", with: "fase: tijdens\nlabels: [verkeer, data]")
            .replacing1("technologie: Digital twin", with: "technologie: digital twin")
            .replacing1("- Privacy (kern):", with: "- Privacy:")
            .replacing1("- Duurzaamheid\n", with: "- Duurzaamheid (geparkeerd)\n- Gezondheid\n"), slug: "b"),
        session(Sessions.valid.replacing1("fase: voorafgaand", with: "fase: na\nlabels: [handhaving]")
            .replacing1("technologie: Digital twin", with: "technologie: Slimme camera")
            .replacing1("- Privacy (kern):", with: "- Privacy (geparkeerd):")
            .replacing1("- Duurzaamheid\n", with: "- Duurzaamheid (kern)\n"), slug: "c"),
        session(Sessions.valid.replacing1("technologie: Digital twin", with: "technologie: Slimme camera")
            .replacing1("- Duurzaamheid\n", with: "- Duurzaamheid\n- Gezondheid\n"), slug: "d"),
    ]

    @Test func coreWorkedOutParkedAndOnlyNamedCountedApart() throws {
        let overview = Overview(sessions: Self.involvementCorpus)
        #expect(overview.values.map(\.name) == ["Privacy", "Duurzaamheid", "Gezondheid"])
        let privacy = overview.values[0], sustainability = overview.values[1], health = overview.values[2]
        #expect((privacy.coreIn, privacy.workedOutIn, privacy.parkedIn, privacy.namedOnlyIn) == (["a", "d"], ["b"], ["c"], []))
        #expect((sustainability.coreIn, sustainability.workedOutIn, sustainability.parkedIn, sustainability.namedOnlyIn)
            == (["c"], ["a", "d"], ["b"], []))
        #expect((health.coreIn, health.workedOutIn, health.parkedIn, health.namedOnlyIn) == ([], [], ["a"], ["b", "d"]))
        // Every session that names a value falls in exactly one of the four.
        for value in overview.values {
            #expect(value.coreIn.count + value.workedOutIn.count + value.parkedIn.count + value.namedOnlyIn.count == value.sessions.count)
        }
        // Technologies merge like names (written as first met); labels are the second grouping.
        #expect(overview.technologies == ["Digital twin", "Slimme camera"])
        #expect(overview.sessionsPerTechnology == ["Digital twin": 2, "Slimme camera": 2])
        #expect(overview.labelsPerTechnology == ["Digital twin": ["data", "verkeer"], "Slimme camera": ["handhaving"]])
        #expect(privacy.byTechnology == ["Digital twin": InvolvementCounts(core: 1, workedOut: 1),
                                         "Slimme camera": InvolvementCounts(core: 1, parked: 1)])
        #expect(privacy.byTechnologyLabel == [
            TechnologyLabel(technology: "Digital twin", label: "verkeer"): InvolvementCounts(core: 1, workedOut: 1),
            TechnologyLabel(technology: "Digital twin", label: "data"): InvolvementCounts(workedOut: 1),
            TechnologyLabel(technology: "Slimme camera", label: "handhaving"): InvolvementCounts(parked: 1),
        ])
        #expect(health.byTechnology == ["Digital twin": InvolvementCounts(parked: 1, namedOnly: 1),
                                        "Slimme camera": InvolvementCounts(namedOnly: 1)])
        let html = String(decoding: Fixtures.renderer.overview(overview, language: .dutch), as: UTF8.self)
        // The values table: sessions, core, worked out, parked, only named, then the directions.
        #expect(html.contains("<tr><th scope=\"row\"><a href=\"#waarde-gezondheid\">Gezondheid</a></th><td class=\"num\">3</td><td class=\"num zero\">0</td><td class=\"num zero\">0</td><td class=\"num\">1</td><td class=\"num\">2</td>"))
        // The segmented bar says its four numbers in words and figures.
        #expect(html.contains("<title>Privacy: 4 (als kernwaarde 2, uitgewerkt 1, geparkeerd 1, alleen genoemd 0)</title>"))
        #expect(html.contains(">4 (2 / 1 / 1 / 0)</text>"))
        // The value × technology table: all sessions of the technology, then per label.
        #expect(html.contains("<h3 id=\"technologie-1\">Digital twin <span class=\"meta-line\">(2 sessies)</span></h3>"))
        // A label of every session of the technology (verkeer) is named there, not given rows that would be the same
        // (blind tester 37); a label of some (data) keeps its own.
        #expect(html.contains("<tr><th scope=\"rowgroup\" colspan=\"6\">Alle sessies <span class=\"meta-line\">(2 sessies)</span><br><span class=\"meta-line\">Per label dezelfde aantallen, want alle sessies hebben het: verkeer</span></th></tr>\n<tr><th scope=\"row\">Privacy</th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num zero\">0</td><td class=\"num zero\">0</td></tr>"))
        #expect(!html.contains("colspan=\"6\">verkeer "))
        #expect(html.contains("<tr><th scope=\"rowgroup\" colspan=\"6\">data <span class=\"meta-line\">(1 sessie)</span></th></tr>"))
        #expect(html.contains("<tr><th scope=\"rowgroup\" colspan=\"6\">handhaving <span class=\"meta-line\">(1 sessie)</span></th></tr>\n<tr><th scope=\"row\">Privacy</th><td class=\"num\">1</td><td class=\"num zero\">0</td><td class=\"num zero\">0</td><td class=\"num\">1</td><td class=\"num zero\">0</td></tr>"))
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
