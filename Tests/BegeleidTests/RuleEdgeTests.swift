@testable import BegeleidChecks
import BegeleidModel
@testable import BegeleidProposals
import Testing

/// Each rule at its edge: the smallest change that must trigger it (landing
/// on the 1️⃣ marker) and the nearest one that must not. RuleTests tries each
/// rule once on an obvious case; these are the cases a slightly wrong rule
/// gets wrong (a value named only by effects, a duplicate in other capitals,
/// 30 participants, a programme that ends at midnight exactly).
@Suite("Checks: every rule at its edge")
struct RuleEdgeTests {
    struct Edge: CustomTestStringConvertible, Sendable {
        var code: DiagnosticCode
        var why: String
        /// Edits (old, new) to the valid session; a 1️⃣ marks where the finding lands.
        var trigger: [(String, String)]
        /// Edits of the nearest variant that must not trigger the rule.
        var clean: [(String, String)]
        var testDescription: String { "\(code): \(why)" }
    }

    static let onlyByEffects = [("- Duurzaamheid\n", "- Duurzaamheid\n- 1️⃣Veiligheid\n"), ("→ duurzaamheid @bewoners", "→ duurzaamheid, veiligheid @bewoners")]
    static let onlyByOptions = [("- Duurzaamheid\n", "- Duurzaamheid\n- 1️⃣Veiligheid\n"),
                                ("- Alleen geaggregeerde tellingen opslaan → privacy", "- Alleen geaggregeerde tellingen opslaan → privacy, veiligheid")]
    static let end = "- Verkeerskundigen leren onzekerheid uitleggen → duurzaamheid\n"

    static let edges: [Edge] = [
        Edge(code: "value-without-option", why: "a value named only by effects is not secured; one named only by an option is",
             trigger: onlyByEffects, clean: onlyByOptions),
        Edge(code: "value-unreferenced", why: "a value named only by options comes from no effect; one named only by an effect does",
             trigger: onlyByOptions, clean: onlyByEffects),
        Edge(code: "value-parked-with-option", why: "a parked value named only by an effect is no slip",
             trigger: [("- Duurzaamheid\n", "- 1️⃣Duurzaamheid (parked)\n")],
             clean: [("- Duurzaamheid\n", "- Duurzaamheid\n- Veiligheid (geparkeerd)\n"), ("→ duurzaamheid @bewoners", "→ duurzaamheid, veiligheid @bewoners")]),
        Edge(code: "value-parked", why: "the English marker parks too; the word in an explanation does not",
             trigger: [("- Duurzaamheid\n", "- Duurzaamheid\n- 1️⃣Veiligheid (parked)\n")],
             clean: [("- Duurzaamheid\n", "- Duurzaamheid: geparkeerd is dit niet\n")]),
        Edge(code: "value-unknown", why: "an effect's value is checked as an option's is; capitals do not make it unknown",
             trigger: [("→ privacy @bewoners", "→ 1️⃣veiligheid @bewoners")], clean: [("→ privacy @bewoners", "→ PRIVACY @bewoners")]),
        Edge(code: "value-duplicate", why: "the same value in capitals; a longer name is another value",
             trigger: [("- Duurzaamheid\n", "- Duurzaamheid\n- 1️⃣DUURZAAMHEID\n")],
             clean: [("- Duurzaamheid\n", "- Duurzaamheid\n- Duurzaamheid op termijn\n")]),
        Edge(code: "actor-duplicate", why: "the same actor in capitals; a longer name is another actor",
             trigger: [("- Verkeerskundigen: beheren het model\n", "- Verkeerskundigen: beheren het model\n- 1️⃣VERKEERSKUNDIGEN: nog eens\n")],
             clean: [("- Verkeerskundigen: beheren het model\n", "- Verkeerskundigen: beheren het model\n- Verkeerskundigen Noord\n")]),
        Edge(code: "actor-unknown", why: "a near slug in an effect; capitals are the same slug",
             trigger: [("→ privacy @bewoners", "→ privacy 1️⃣@bewoner")], clean: [("→ privacy @bewoners", "→ privacy @BEWONERS")]),
        Edge(code: "actor-unmentioned", why: "mentioned by no effect and no option; one effect is enough",
             trigger: [("- Bewoners: wonen", "- 1️⃣Bewoners: wonen"), ("→ privacy @bewoners", "→ privacy"), ("→ duurzaamheid @bewoners", "→ duurzaamheid")],
             clean: [("→ privacy @bewoners", "→ privacy")]),
        Edge(code: "effect-without-polarity", why: "under an unknown heading without a prefix; with (-) it has one",
             trigger: [("### Negatief\n- Gevoel", "### Neutraal\n1️⃣- Gevoel")], clean: [("### Negatief\n- Gevoel", "### Neutraal\n- (-) Gevoel")]),
        Edge(code: "polarity-conflict", why: "(-) under Positief; (+) under an English alias agrees",
             trigger: [("### Positief\n- Minder", "### Positief\n1️⃣- (-) Minder")], clean: [("### Positief\n- Minder", "### Positive effects\n- (+) Minder")]),
        Edge(code: "polarity-heading-unknown", why: "a near miss; the alias in capitals is known",
             trigger: [("### Negatief\n", "1️⃣### Neutraal\n")], clean: [("### Negatief\n", "### NEGATIEVE EFFECTEN\n")]),
        Edge(code: "effect-without-value", why: "a value in brackets is no link; an arrow without a space is",
             trigger: [("- Minder files op de ringweg → duurzaamheid @bewoners", "1️⃣- Minder files op de ringweg (duurzaamheid) @bewoners")],
             clean: [("- Minder files op de ringweg → duurzaamheid @bewoners", "- Minder files op de ringweg →duurzaamheid @bewoners")]),
        Edge(code: "option-without-value", why: "an option naming only an actor; an ASCII arrow names a value",
             trigger: [("- Alleen geaggregeerde tellingen opslaan → privacy", "1️⃣- Alleen geaggregeerde tellingen opslaan @verkeerskundigen")],
             clean: [("- Alleen geaggregeerde tellingen opslaan → privacy", "- Alleen geaggregeerde tellingen opslaan -> Privacy")]),
        Edge(code: "option-without-direction", why: "an option before the first direction; one under an unknown direction is that heading's error",
             trigger: [("## Handelingsopties\n", "## Handelingsopties\n1️⃣- Eerst praten → privacy\n")], clean: [("### Mens\n", "### Mensen\n")]),
        Edge(code: "direction-unknown", why: "a near miss; an English alias in lower case is known",
             trigger: [("### Omgeving\n", "1️⃣### Omgevingen\n")], clean: [("### Omgeving\n", "### context\n")]),
        Edge(code: "direction-empty", why: "a direction heading with nothing under it; its options under an alias count",
             trigger: [(end, ""), ("### Mens\n", "1️⃣### Mens\n")], clean: [("### Mens\n", "### Behaviour\n")]),
        Edge(code: "section-duplicate", why: "a section again under its English name; another optional section is no repeat, nor the private one",
             trigger: [("## Actoren\n", "1️⃣## Case\nNog meer.\n\n## Actoren\n")],
             clean: [("## Actoren\n", "## Summary\nKort.\n\n## Notities\nx\n\n## Private\ny\n\n## Actoren\n")]),
        Edge(code: "section-unknown", why: "a heading FORMAT.md does not know; an English optional one it does",
             trigger: [("## Actoren\n", "1️⃣## Bijlagen\nTekst.\n\n## Actoren\n")], clean: [("## Actoren\n", "## Next steps\nTekst.\n\n## Actoren\n")]),
        Edge(code: "section-misspelled", why: "a near miss of a missing section; of one that is there it is no guess",
             trigger: [("## Waarden\n", "1️⃣## Waardes\n")], clean: [("## Actoren\n", "## Efecten\nTekst.\n\n## Actoren\n")]),
        Edge(code: "section-empty", why: "a section holding only a comment is empty; one word is not",
             trigger: [("## Casus\nDe gemeente bouwt een digitaal model van het verkeer.\n", "1️⃣## Casus\n<!-- nog invullen -->\n")],
             clean: [("## Casus\nDe gemeente bouwt een digitaal model van het verkeer.\n", "## Casus\nVolgt.\n")]),
        Edge(code: "notes-heading-misplaced", why: "a near spelling of the private heading; a remark in brackets is allowed",
             trigger: [(end, end + "\n1️⃣## Notitie\nGeheim.\n")], clean: [(end, end + "\n## Notities (persoonlijk)\nGeheim.\n")]),
        Edge(code: "heading-without-space", why: "##Vervolg is no heading; #1 in the text is no heading either",
             trigger: [(end, end + "\n1️⃣##Vervolg\nmei\n")], clean: [(end, end + "\n## Vervolg\n#1 prioriteit\n")]),
        Edge(code: "date-invalid", why: "2100 is no leap year; 2000 is",
             trigger: [("datum: 2026-03-12", "datum: 1️⃣2100-02-29")], clean: [("datum: 2026-03-12", "datum: 2000-02-29")]),
        // Version 2 of FORMAT.md.
        Edge(code: "core-value-missing", why: "a parked core is no core; a concept may still lack one",
             trigger: [("- Privacy (kern): niet", "- 1️⃣Privacy: niet")],
             clean: [("- Privacy (kern): niet", "- Privacy: niet"), ("fase: voorafgaand\n", "fase: voorafgaand\nstatus: concept\n")]),
        Edge(code: "vote-value-unknown", why: "a vote for a value not listed; other capitals are the same value",
             trigger: [("## Handelingsopties\n", "## Overgang\n- 1️⃣Veiligheid: 3\n\n## Handelingsopties\n")],
             clean: [("## Handelingsopties\n", "## Overgang\n- DUURZAAMHEID: 3\n\n## Handelingsopties\n")]),
        Edge(code: "vote-not-whole", why: "a decimal point is no whole number; a number with its word is",
             trigger: [("## Handelingsopties\n", "## Overgang\n- Privacy: 1️⃣9.0\n\n## Handelingsopties\n")],
             clean: [("## Handelingsopties\n", "## Overgang\n- Privacy: 9 votes.\n- Duurzaamheid: een punt dat vaak terugkwam\n\n## Handelingsopties\n")]),
        Edge(code: "vote-duplicate", why: "a second line for the same value, in other capitals; two values once each are none",
             trigger: [("## Handelingsopties\n", "## Overgang\n- Privacy: 5\n- 1️⃣PRIVACY: 1\n\n## Handelingsopties\n")],
             clean: [("## Handelingsopties\n", "## Overgang\n- Privacy: 5\n- Duurzaamheid: 1\n\n## Handelingsopties\n")]),
        Edge(code: "votes-above-core", why: "one vote more than the least-voted core value; as many is no more",
             trigger: [("## Handelingsopties\n", "## Overgang\n- Privacy: 5\n- 1️⃣Duurzaamheid: 6\n\n## Handelingsopties\n")],
             clean: [("## Handelingsopties\n", "## Overgang\n- Privacy: 5\n- Duurzaamheid: 5\n\n## Handelingsopties\n")]),
        Edge(code: "option-date-invalid", why: "31 April does not exist; 30 April does",
             trigger: [("- Alleen geaggregeerde tellingen opslaan → privacy", "- Alleen geaggregeerde tellingen opslaan (voor 1️⃣2027-04-31) → privacy")],
             clean: [("- Alleen geaggregeerde tellingen opslaan → privacy", "- Alleen geaggregeerde tellingen opslaan (voor 2027-04-30) → privacy")]),
        Edge(code: "option-date-past", why: "the day before the session; the session's own day is allowed",
             trigger: [("- Alleen geaggregeerde tellingen opslaan → privacy", "- Alleen geaggregeerde tellingen opslaan (by 1️⃣2026-03-11) → privacy")],
             clean: [("- Alleen geaggregeerde tellingen opslaan → privacy", "- Alleen geaggregeerde tellingen opslaan (by 2026-03-12) → privacy")]),
        Edge(code: "follow-up-without-series", why: "the English heading counts too; the word in a text does not",
             trigger: [(end, end + "\n1️⃣## Follow-up\n- gedaan: iets\n")], clean: [(end, end + "\n## Vervolg\nOpvolging in mei.\n")]),
        Edge(code: "follow-up-status-unknown", why: "a status one letter off; the English status in capitals is known",
             trigger: [(end, end + "\n## Opvolging\n- 1️⃣loop: iets\n")], clean: [(end, end + "\n## Opvolging\n- IN PROGRESS: iets\n")]),
    ]

    static func apply(_ edits: [(String, String)]) -> String {
        edits.reduce(Sessions.valid) { $0.replacing1($1.0, with: $1.1) }
    }

    @Test(arguments: edges)
    func triggeredAtTheEdge(_ edge: Edge) {
        let marked = Marked(Self.apply(edge.trigger))
        let findings = Sessions.findings(marked.text).filter { $0.code == edge.code }
        #expect(findings.contains { $0.location == marked["1"] }, "\(edge.code) at \(findings.map(\.location)), expected \(marked["1"])")
    }

    @Test(arguments: edges)
    func notTriggeredByTheNearMiss(_ edge: Edge) {
        let text = Marked(Self.apply(edge.clean)).text
        #expect(!Sessions.codes(text).contains(edge.code), "\(edge.code) on its near miss")
    }

    @Test func everyRequiredSectionIsRequired() {
        let headings: [SectionKind: String] = [
            .caseDescription: "## Casus\n", .actors: "## Actoren\n", .effects: "## Effecten\n", .values: "## Waarden\n",
            .options: "## Handelingsopties\n",
        ]
        #expect(Set(headings.keys) == Set(SectionKind.allCases.filter(\.isRequired)))
        for (kind, heading) in headings {
            let findings = Sessions.findings(Sessions.valid.replacing1(heading, with: "## Xyzzy qwerty\n"))
            #expect(findings.contains { $0.code == "section-missing" && $0.severity == .error && $0.message.dutch.contains(kind.rawValue) },
                    "\(kind.rawValue) missing: \(findings.map(\.code))")
        }
        // The optional ones are not: the valid session has none of them.
        #expect(!Sessions.valid.contains("## Samenvatting") && !Sessions.valid.contains("## Vervolg") && Sessions.findings(Sessions.valid).isEmpty)
    }

    /// A missing section is named as the notes write headings and located where it belongs (a blind tester's English
    /// session under Dutch messages was told “## Actoren ontbreekt”, at the line of `## Case`, for every one missing).
    @Test func aMissingSectionIsNamedInTheNotesLanguageWhereItBelongs() throws {
        let english = Sessions.valid.replacing1("fase: voorafgaand\n", with: "fase: voorafgaand\ntaal: en\n")
            .replacing1("## Casus\n", with: "## Case\n").replacing1("## Effecten\n", with: "## Effects\n")
            .replacing1("## Waarden\n", with: "## Values\n").replacing1("### Positief\n", with: "### Positive\n")
            .replacing1("### Negatief\n", with: "### Negative\n")
        let line = { (heading: String, text: String) in try #require(text.components(separatedBy: "\n").firstIndex(of: heading)) + 1 }
        // Actors gone: above Effects.
        let withoutActors = english.replacing1("## Actoren\n- Bewoners: wonen langs de ringweg\n- Verkeerskundigen: beheren het model\n", with: "")
        let actors = try #require(Sessions.findings(withoutActors).first { $0.code == "section-missing" })
        #expect(actors.message.dutch == "de verplichte sectie “## Actors” ontbreekt; zet hem boven “## Effects”")
        #expect(actors.message.english == "the required section “## Actors” is missing; put it above “## Effects”")
        #expect(actors.location.line == (try line("## Effects", withoutActors)))
        // The options, last of the five, gone: after Values. (The options' body stays, under Values' heading, as items of it.)
        let withoutOptions = english.replacing1("## Handelingsopties\n", with: "")
        let options = try #require(Sessions.findings(withoutOptions).first { $0.code == "section-missing" })
        #expect(options.message.dutch == "de verplichte sectie “## Options” ontbreekt; zet hem na de sectie “## Values”")
        #expect(options.location.line == (try line("## Values", withoutOptions)))
        // A Dutch session is told the Dutch heading in English messages too.
        let dutch = try #require(Sessions.findings(Sessions.valid.replacing1("## Waarden\n", with: "## Xyzzy\n")).first { $0.code == "section-missing" })
        #expect(dutch.message.english == "the required section “## Waarden” is missing; put it above “## Handelingsopties”")
    }

    /// Profile rules at their boundaries: (edits, whether `code` must be reported).
    static let profileEdges: [(code: DiagnosticCode, edits: [(String, String)], triggers: Bool)] = [
        ("participants-unusual", [("deelnemers: 12", "deelnemers: 30")], false),
        ("participants-unusual", [("deelnemers: 12", "deelnemers: 31")], true),
        ("participants-unusual", [("deelnemers: 12", "deelnemers: 6")], false),
        ("participants-unusual", [("deelnemers: 12", "deelnemers: 5")], true),
        ("trainees-fewer-than-institutions", [("vorm: reeks\nsessies: 3\n", "vorm: training\nsamenwerkingspartners: [A, B, C]\n"), ("deelnemers: 12", "deelnemers: 4")], false),
        ("trainees-fewer-than-institutions", [("vorm: reeks\nsessies: 3\n", "vorm: training\nsamenwerkingspartners: [A, B, C]\n"), ("deelnemers: 12", "deelnemers: 3")], true),
        ("programme-past-midnight", [("aanvang: \"13:30\"", "aanvang: \"22:00\"")], false),
        ("programme-past-midnight", [("aanvang: \"13:30\"", "aanvang: \"22:01\"")], true),
        ("programme-unusual-hours", [("aanvang: \"13:30\"", "aanvang: \"7:00\"")], false),
        ("programme-unusual-hours", [("aanvang: \"13:30\"", "aanvang: \"6:59\"")], true),
        ("programme-unusual-hours", [("aanvang: \"13:30\"", "aanvang: \"20:00\"")], false),
        ("programme-unusual-hours", [("aanvang: \"13:30\"", "aanvang: \"20:01\"")], true),
        // (The offer's text names no part of the day: nothing to contradict. ProfileTests has the edges at 12:00 and 17:00.)
        ("programme-day-part", [("aanvang: \"13:30\"", "aanvang: \"9:30\"")], false),
        ("contact-missing", [("  email: j.smit@epe.example.nl\n", "")], false),
        ("date-missing", [("datum: 2026-03-02", "date: 2026-03-02")], false),
        ("form-missing", [("vorm: reeks", "form: series")], false),
        ("form-not-offered", [("vorm: reeks\nsessies: 3\n", "vorm: sessie\n")], false),
        ("series-without-count", [("sessies: 3", "aantal sessies: 3")], false),
        ("sessions-without-series", [("vorm: reeks", "form: series")], false),
        ("partners-empty", [("vorm: reeks\nsessies: 3\n", "vorm: training\nsamenwerkingspartners: [GGD]\n"), ("deelnemers: 12", "deelnemers: 2")], false),
        ("partners-without-training", [("vorm: reeks\nsessies: 3\n", "vorm: training\npartners: [GGD]\n")], false),
        ("sharing-missing", [("vorm: reeks\nsessies: 3\n", "vorm: training\npartners: [GGD]\n")], false),
        ("technologies-missing", [("    beschrijving: Lantaarnpalen die dimmen als er niemand is.\n    fase: voorafgaand\n", "")], false),
        ("series-of-one", [("sessies: 3", "sessies: 2")], false),
        ("series-of-one", [("sessies: 3", "sessies: 1")], true),
        ("series-of-one", [("vorm: reeks\nsessies: 3\n", "vorm: sessie\n")], false),
        ("contact-title", [("naam: Joost Smit", "naam: Irene Smit")], false),
        ("contact-title", [("naam: Joost Smit", "naam: ir. Joost Smit")], true),
        ("contact-title", [("naam: Joost Smit", "naam: Drs Joost Smit")], true),
        ("contact-title", [("naam: Joost Smit", "naam: Ir. Joost Smit\n  aanhef: Geachte heer Smit,")], false),
    ]

    @Test func profileRulesAtTheirEdges() {
        for edge in Self.profileEdges {
            let profile = edge.edits.reduce(Proposals.profile) { $0.replacing1($1.0, with: $1.1) }
            let codes = Proposals.findings(profile: profile).profile.map(\.code)
            #expect(codes.contains(edge.code) == edge.triggers, "\(edge.code) \(edge.triggers ? "not reported" : "reported") after \(edge.edits): \(codes)")
        }
        // Every profile rule has its near miss here.
        let nearMisses = Set(Self.profileEdges.filter { !$0.triggers }.map(\.code))
        for rule in ProfileChecker.rules { #expect(nearMisses.contains(rule.code), "no near miss for \(rule.code)") }
    }

    /// The rules that weigh a profile against the sessions and today's date, at their edges.
    @Test func profileContextRulesAtTheirEdges() throws {
        let session = { (slug: String, edits: [(String, String)]) -> Session in
            var read = Sessions.session(edits.reduce(Sessions.valid) { $0.replacing1($1.0, with: $1.1) })
            read.slug = slug
            return read
        }
        let sessions = [
            session("open", [("---\n", "---\nopenbaar: true\n")]),
            session("besloten", []),
            session("schets", [("---\n", "---\nopenbaar: true\nstatus: concept\n")]),
            session("genoemd", [("---\n", "---\nopenbaar: true\nnamen: openbaar\n")]),
        ]
        let cases: [(code: DiagnosticCode, edits: [(String, String)], today: String, triggers: Bool)] = [
            ("comparable-unknown", [("labels", "vergelijkbaar: [open]\nlabels")], "2026-03-02", false),
            ("comparable-unknown", [("labels", "vergelijkbaar: [opne]\nlabels")], "2026-03-02", true),
            ("comparable-unknown", [("labels", "niet_vergelijkbaar: [opne]\nlabels")], "2026-03-02", true),
            ("comparable-unknown", [("labels", "vergelijkbaar: geen\nlabels")], "2026-03-02", false),
            ("comparable-not-citable", [("labels", "vergelijkbaar: [open]\nlabels")], "2026-03-02", false),
            ("comparable-not-citable", [("labels", "niet_vergelijkbaar: [besloten]\nlabels")], "2026-03-02", false),
            ("comparable-not-citable", [("labels", "vergelijkbaar: [besloten]\nlabels")], "2026-03-02", true),
            ("comparable-not-citable", [("labels", "vergelijkbaar: [open, schets]\nlabels")], "2026-03-02", true),
            // Blind tester 45: a session that names its participants (its options cited word for word named them).
            ("comparable-not-citable", [("labels", "vergelijkbaar: [genoemd]\nlabels")], "2026-03-02", true),
            ("proposal-date-past", [], "2026-03-02", false),
            ("proposal-date-past", [], "2026-03-03", true),
        ]
        for edge in cases {
            let profile = edge.edits.reduce(Proposals.profile + "labels: [x]\n") { $0.replacing1($1.0, with: $1.1) }
            let findings = Proposals.findings(profile: profile, sessions: sessions, today: edge.today).profile.filter { $0.code == edge.code }
            #expect(findings.isEmpty != edge.triggers, "\(edge.code) after \(edge.edits), today \(edge.today)")
            // Located at the slug (line of the key), or at `datum`.
            if edge.triggers, let first = findings.first {
                let line = profile.split(separator: "\n", omittingEmptySubsequences: false)[first.location.line - 1]
                #expect(line.contains("vergelijkbaar") || line.contains("datum"), "\(edge.code) at “\(line)”")
                if edge.code == "proposal-date-past" { #expect(first.message.dutch.contains("2026-03-02") && first.message.dutch.contains(edge.today)) }
            }
        }
        let covered = Set(cases.filter { !$0.triggers }.map(\.code))
        for rule in ProfileChecker.contextRules(sessions: [], today: "2026-01-01") { #expect(covered.contains(rule.code), "no near miss for \(rule.code)") }
    }

    /// Blind tester 45: a proposal cited a session with `namen: openbaar` by itself, and its options word for word,
    /// names and all. The same session without names is chosen.
    @Test func aSessionThatNamesPeopleIsNotCited() throws {
        var session = Sessions.session(Sessions.valid.replacing1("---\n", with: "---\nopenbaar: true\n"))
        session.slug = "open"
        let (profile, _) = try #require(Proposals.read())
        var wanted = profile
        wanted.comparables = nil
        wanted.date = nil
        wanted.technologies = [.init(name: session.meta.technology)]
        #expect(Comparables.choose(for: wanted, from: [session]).map(\.session.slug) == ["open"])
        session.meta.names = .public
        #expect(Comparables.choose(for: wanted, from: [session]).isEmpty)
        wanted.comparables = ["open"]
        #expect(Comparables.choose(for: wanted, from: [session]).isEmpty)
    }

    /// Blind tester 46: an anonymous session's option that names its moderator (`Volgens Anna de Vries …`) was quoted
    /// in a proposal. Another option of that direction is cited, or none.
    @Test func anOptionNamingAModeratorIsNotCited() {
        var session = Sessions.session(Sessions.valid.replacing1("---\n", with: "---\nopenbaar: true\nmoderator: Anna de Vries\nco-moderator: J. Bakker\n")
            .replacing1("### Technologie\n", with: "### Technologie\n- Volgens Anna de Vries eerst tellen → privacy\n")
            .replacing1("### Omgeving\n", with: "### Omgeving\n- Bakker schrijft het verslag → privacy\n"))
        session.slug = "open"
        let cited = Comparables.summary(of: session).options.map(\.text.markdown)
        #expect(!cited.contains { $0.contains("Vries") || $0.contains("Bakker") }, "\(cited)")
        #expect(cited.contains("Alleen geaggregeerde tellingen opslaan"), "the next option of that direction: \(cited)")
        #expect(Comparables.names(["vries"], in: "Zo zei *De Vries*.") && !Comparables.names(["vries"], in: "Vriesland"))
    }

    /// Blind tester 42: `zwolle-digitaltwin` for `zwolle-digital-twin-ringweg` got no suggestion.
    @Test func aComparableSlugTypedShortIsOffered() {
        let known = ["breda-sentimentmeter", "zwolle-digital-twin-ringweg"]
        #expect(ComparableUnknownRule.suggestion(for: "zwolle-digitaltwin", in: known) == "zwolle-digital-twin-ringweg")
        #expect(ComparableUnknownRule.suggestion(for: "breda-sentimentmetr", in: known) == "breda-sentimentmeter")
        #expect(ComparableUnknownRule.suggestion(for: "gemeente-epe", in: known) == nil)
    }

    @Test func everyRuleOfTheCheckerHasAnEdge() {
        let covered = Set(Self.edges.map(\.code)).union(["section-missing"])
        for rule in Checker.rules { #expect(covered.contains(rule.code), "no edge case for \(rule.code)") }
    }
}
