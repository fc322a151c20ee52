import BegeleidModel
import BegeleidPipeline
import BegeleidProposals
@testable import BegeleidRender
import Foundation
import Testing

/// Whole proposals: golden files of the examples in `Input/`, the programme's
/// clock times, comparable sessions, and privacy.
@Suite("Proposals: golden files, content and privacy")
struct ProposalTests {
    static let examples = ["gemeente-deventer", "provincie-gelderland", "zorgnetwerk-twente"]

    /// Builds the proposals of the repository's `Input/` into a temporary folder.
    static func buildExamples() throws -> [String: String] {
        let input = Fixtures.repository.appendingPathComponent("Input").path
        let output = Fixtures.temporaryFolder()
        let result = try Proposing.run(
            Proposing.Options(input: input, output: output.path, strict: false),
            sessions: Checking.validSessions(in: input), renderer: Fixtures.renderer)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.path):\($0.location.line) \($0.message.dutch)" })")
        #expect(result.rendered == examples)
        return Fixtures.contents(of: output.appendingPathComponent("voorstellen")).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func goldenFilesOfTheExamples() throws {
        let files = try Self.buildExamples()
        #expect(files.count == 2 * Self.examples.count)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            Snapshot.assert(text, named: "voorstellen/\(name)")
        }
    }

    func proposal(profile: String = Proposals.profile, offer: String = Proposals.offer, sessions: [Session] = []) throws -> Proposal {
        let (profile, offer) = try #require(Proposals.read(profile: profile, offer: offer))
        return try #require(ProposalBuilder.build(profile: profile, offer: offer, sessions: sessions))
    }

    func rendered(_ proposal: Proposal) -> (html: String, markdown: String) {
        let files = Fixtures.renderer.proposalFiles(proposal)
        return (String(decoding: files[0].data, as: UTF8.self), String(decoding: files[1].data, as: UTF8.self))
    }

    @Test func theProgrammeIsTimedFromTheProfilesStart() throws {
        let series = try proposal()
        #expect(series.programme.map { "\($0.start.text)–\($0.end.text) \($0.title)" } == ["13:30–15:30 Dialoog"])
        let session = try proposal(profile: Proposals.profile.replacing1("vorm: reeks\nsessies: 3\n", with: "vorm: sessie\n")
            .replacing1("aanvang: \"13:30\"\n", with: ""))
        #expect(session.programme.map { "\($0.start.text)–\($0.end.text)" } == ["13:00–13:15", "13:15–14:45"], "the offer's start")
        let markdown = rendered(session).markdown
        #expect(markdown.contains("| 13:00–13:15 | Welkom | 15 |"))
        #expect(markdown.contains("| 13:15–14:45 | Dialoog | 90 |"))
        #expect(markdown.contains("aanvang 13:00, einde 14:45 (1 uur 45 min)"))
    }

    @Test func aSeriesPlacesItsSessionsInPhasesAndPricesEachOne() throws {
        let series = try proposal()
        #expect(series.meetings.map { "\($0.number) \($0.phase?.rawValue ?? "-") \($0.purpose ?? "-")" } == [
            "1 before Vooraf verkennen", "2 during Bijsturen", "3 after Terugkijken",
        ])
        // First meeting 4 weeks after Monday 2 March 2026, then every 10 weeks.
        #expect(series.meetings.map(\.date) == [.date("2026-03-30"), .date("2026-06-08"), .date("2026-08-17")])
        #expect(series.investment.lines.map(\.quantity) == [3])
        let markdown = rendered(series).markdown
        #expect(markdown.contains("| Sessie | 3 × sessie | € 1.000,50 | € 3.001,50 |"))
        #expect(markdown.contains("| Btw 21% | | | € 630,32 |"))
        #expect(markdown.contains("| **Totaal** | | | **€ 3.631,82** |"))
        #expect(markdown.contains("geldig tot en met 1 april 2026 (30 dagen na dagtekening)"))
        #expect(markdown.contains("| Burgers | 6 |"), "12 participants, half of them citizens")
    }

    @Test func aJointTrainingPractisesPerInstitutionAndShares() throws {
        let training = try proposal(profile: Proposals.profile
            .replacing1("vorm: reeks\nsessies: 3\n", with: "vorm: training\nsamenwerkingspartners: [GGD Noord, Ziekenhuis Epe]\n")
            .replacing1("taal: nl", with: "taal: en"))
        #expect(training.meetings.map(\.kind.rawValue) == ["theory", "theory"] + Array(repeating: "practice", count: 6) + ["sharing"])
        #expect(training.trainees.map { "\($0.group)=\($0.count)" } == ["Gemeente Epe=4", "GGD Noord=4", "Ziekenhuis Epe=4"])
        let markdown = rendered(training).markdown
        #expect(markdown.contains("| Co-moderator | GGD Noord |"))
        #expect(markdown.contains("Terugkomdag"))
        #expect(markdown.contains("| Dagdeel | 2 × half-day | €800.00 | €1,600.00 |"), "English formatting")
        #expect(markdown.contains("| **Total** | | | **€1,936.00** |"))
        #expect(!markdown.contains("Totaal"), "no Dutch labels in an English proposal")
    }

    @Test func withoutADateThePlanningCountsInWeeks() throws {
        let undated = try proposal(profile: Proposals.profile.replacing1("datum: 2026-03-02\n", with: ""))
        #expect(undated.meetings.first?.date == .week(4))
        #expect(undated.validUntil == nil)
        let markdown = rendered(undated).markdown
        #expect(markdown.contains("| week 4 | **Sessie 1** |"))
        #expect(markdown.contains("Dit voorstel is 30 dagen geldig vanaf de dag waarop het wordt verstuurd."))
    }

    /// The sessions as if every organisation had consented to publishing.
    static func allPublic(_ sessions: [Session]) -> [Session] {
        sessions.map { session in
            var copy = session
            copy.meta.isPublic = true
            return copy
        }
    }

    /// The test profile, dated after the fixture sessions it may cite.
    static let later = Proposals.profile.replacing1("datum: 2026-03-02", with: "datum: 2026-12-01")

    /// A public session about the same technology, and one that is not public.
    func citable() throws -> [Session] {
        let paths = ["ringweg.md", "rdw-inspections.md"].map { Fixtures.folder.appendingPathComponent("sessies/\($0)").path }
        let sessions = Checking.run(files: paths, strict: false).valid
        #expect(sessions.count == 2)
        return sessions
    }

    @Test func onlyPublicSessionsAreCitedAndNeverAName() throws {
        var sessions = try citable()
        let profile = Self.later.replacing1("  - naam: Slimme lantaarnpalen", with: "  - naam: Digital twin\n  - naam: Risk-based selection algorithm")
        let first = try proposal(profile: profile, sessions: sessions)
        #expect(first.comparables.map(\.session.slug) == ["ringweg"], "rdw-inspections is not public")
        // Make the other one public too, with its participants' names public: cited, but no name.
        sessions = Self.allPublic(sessions)
        let second = try proposal(profile: profile, sessions: sessions)
        #expect(Set(second.comparables.map(\.session.slug)) == ["ringweg", "rdw-inspections"])
        let (html, markdown) = rendered(second)
        for text in [html, markdown] {
            #expect(text.contains("Digital twin voor de doorstroming op de ringweg"))
            #expect(text.contains("An algorithm that selects vehicles for inspection"))
            for secret in ["Secret Inspector", "Geheime Bewoner", "Geheime Functionaris", "A. de Vries", "J. Bakker",
                           "Werkaantekeningen", "wethouder twijfelt", "disagreed strongly", "<!--"] {
                #expect(!text.contains(secret), "\(secret) reached a proposal")
            }
        }
    }

    @Test func onlySessionsBeforeTheProposalAreEarlierOnes() throws {
        let sessions = try citable()
        let profile = Self.later.replacing1("Slimme lantaarnpalen", with: "Digital twin")
        #expect(try proposal(profile: profile, sessions: sessions).comparables.map(\.session.slug) == ["ringweg"])
        let before = profile.replacing1("datum: 2026-12-01", with: "datum: 2026-03-11")
        #expect(try proposal(profile: before, sessions: sessions).comparables.isEmpty, "ringweg took place on 12 March 2026")
    }

    @Test func aCitedSessionInTheOtherLanguageIsMarked() throws {
        let sessions = Self.allPublic(try citable())
        let profile = Proposals.profile.replacing1("datum: 2026-03-02", with: "datum: 2026-12-01\nlabels: [algorithms]")
        let html = rendered(try proposal(profile: profile, sessions: sessions)).html
        #expect(html.contains("<h3 lang=\"en\">An algorithm that selects vehicles for inspection</h3>"), "a label matches its plural")
        #expect(html.contains("uit een Engelstalig verslag"))
    }

    @Test func comparablesRankByTechnologyThenLabelsThenKind() throws {
        let sessions = Self.allPublic(try citable())
        let byLabel = Self.later.replacing1("datum: 2026-12-01", with: "datum: 2026-12-01\nlabels: [algorithm]")
        #expect(try proposal(profile: byLabel, sessions: sessions).comparables.map(\.session.slug) == ["rdw-inspections", "ringweg"],
                "a shared label outranks the same kind of organisation")
        let byKind = Self.later  // a municipality about street lights: only Gemeente Zwolle's kind matches
        #expect(try proposal(profile: byKind, sessions: sessions).comparables.map(\.session.slug) == ["ringweg"])
        let byTechnology = Self.later.replacing1("Slimme lantaarnpalen", with: "digital  TWIN")
            .replacing1("datum: 2026-12-01", with: "datum: 2026-12-01\nlabels: [algorithm]")
        #expect(try proposal(profile: byTechnology, sessions: sessions).comparables.map(\.session.slug) == ["ringweg", "rdw-inspections"])
        let nothing = Self.later.replacing1("soort: gemeente", with: "soort: zorg")
        #expect(try proposal(profile: nothing, sessions: sessions).comparables.isEmpty)
    }

    @Test func aConceptIsNeverCited() throws {
        let sessions = Self.allPublic(try citable())
        let byTechnology = Self.later.replacing1("Slimme lantaarnpalen", with: "digital  TWIN")
        #expect(try proposal(profile: byTechnology, sessions: sessions).comparables.map(\.session.slug).first == "ringweg")
        let concepts = sessions.map { session -> Session in
            var concept = session
            concept.meta.status = .draft
            return concept
        }
        #expect(try proposal(profile: byTechnology, sessions: concepts).comparables.isEmpty)
    }

    @Test func profileTextIsEscapedInEveryOutput() throws {
        let hostile = Proposals.profile
            .replacing1("naam: Gemeente Epe", with: "naam: \"<script>alert(1)</script> & *Epe*\"")
            .replacing1("naam: Joost Smit", with: "naam: \"Joost <img src=x onerror=alert(2)>\"")
            .replacing1("beschrijving: Lantaarnpalen die dimmen als er niemand is.", with: "beschrijving: \"[klik](javascript:alert(3)) | kolom\"")
        let (html, markdown) = rendered(try proposal(profile: hostile))
        #expect(!html.contains("<script>alert(1)"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *Epe*"))
        #expect(markdown.contains("\\<script\\>"), "Markdown escapes HTML too")
        #expect(markdown.contains("\\[klik\\](javascript:"), "no live link in the Markdown")
        #expect(markdown.contains("\\| kolom"), "a pipe cannot break a table")
    }

    @Test func labelsAreFilledInOnePass() {
        let labels = Fixtures.renderer.templates.labels(.dutch)
        #expect(labels.fill("proposal_heading", ["organisatie": "Gemeente Epe"]) == "Voorstel op maat voor Gemeente Epe")
        // What a value brings in is never filled again, whatever the order of the keys.
        let acceptance = labels.fill("proposal_acceptance_text", ["organisatie": "Stichting {kenmerk}", "kenmerk": "epe-2026"])
        #expect(acceptance.hasPrefix("Stichting {kenmerk} gaat akkoord met dit voorstel (kenmerk epe-2026)."))
        #expect(labels.fill("proposal_week", [:]) == "week {n}", "an unknown placeholder stays as written")
    }

    @Test func proposalsAreDeterministic() throws {
        let first = try Self.buildExamples()
        let second = try Self.buildExamples()
        #expect(first == second)
    }
}
