import BegeleidModel
import BegeleidReader
import Testing

@Suite("Reader: notes text → model, with positions")
struct ReaderTests {
    @Test func validSessionHasNoFindings() {
        #expect(Sessions.findings(Sessions.valid).isEmpty)
    }

    @Test func readsTheWholeModel() throws {
        let session = Sessions.session(Sessions.valid)
        #expect(session.meta.title == "Digital twin voor de ringweg")
        #expect(session.meta.organisations == ["Gemeente Zwolle"])
        #expect(session.meta.phase == .before)
        #expect(session.actors.map(\.id) == ["bewoners", "verkeerskundigen"])
        #expect(session.values.map(\.name) == ["Privacy", "Duurzaamheid"])
        #expect(session.values.map(\.status) == [.core, .regular])
        #expect(session.effects.map(\.polarity) == [.positive, .negative])
        #expect(session.effects[0].text.markdown == "Minder files op de ringweg")
        #expect(session.effects[0].values.map(\.target) == ["duurzaamheid"])
        #expect(session.effects[0].actors.map(\.target) == ["bewoners"])
        #expect(session.options.map(\.direction) == [.technology, .environment, .human])
        #expect(session.options[1].values.compactMap(\.target) == ["privacy", "duurzaamheid"])
        #expect(session.caseDescription?.markdown == "De gemeente bouwt een digitaal model van het verkeer.")
    }

    @Test func positionsCountTheFrontMatter() {
        let marked = Marked(Sessions.valid.replacing1(
            "- Gevoel bekeken te worden → privacy @bewoners",
            with: "- Gevoel bekeken te worden → 1️⃣privasy 2️⃣@bewonres"))
        let findings = Sessions.findings(marked.text)
        let unknownValue = findings.first { $0.code == "value-unknown" }
        let unknownActor = findings.first { $0.code == "actor-unknown" }
        #expect(unknownValue?.location == marked["1"])
        #expect(unknownValue?.suggestion == "Privacy")
        #expect(unknownActor?.location == marked["2"])
        #expect(unknownActor?.suggestion == "@bewoners")
    }

    @Test func columnsCountCharactersNotBytes() {
        let marked = Marked(Sessions.valid.replacing1(
            "- Minder files op de ringweg → duurzaamheid @bewoners",
            with: "- Minder files op de ringweg — één → 1️⃣duurzaamhied @bewoners"))
        #expect(Sessions.findings(marked.text).first { $0.code == "value-unknown" }?.location == marked["1"])
    }

    @Test func byteOrderMarkAndCRLFAreInvisible() {
        let marked = Marked(Sessions.valid.replacing1("→ privacy @bewoners", with: "→ 1️⃣privasy @bewoners"))
        let crlf = "\u{FEFF}" + marked.text.replacingOccurrences(of: "\n", with: "\r\n")
        let findings = Sessions.findings(crlf)
        #expect(findings.map(\.code) == ["value-unknown", "value-unreferenced"])
        #expect(findings.first?.location == marked["1"])
        let lone = marked.text.replacingOccurrences(of: "\n", with: "\r")
        #expect(Sessions.findings(lone) == Sessions.findings(marked.text))
    }

    @Test func multiLineItemsKeepTheirPositions() {
        let marked = Marked(Sessions.valid.replacing1(
            "- Gevoel bekeken te worden → privacy @bewoners",
            with: "- Gevoel bekeken\n  te worden, vooral 's avonds\n  → privacy, 1️⃣veiligheid @bewoners"))
        let findings = Sessions.findings(marked.text)
        #expect(findings.map(\.code) == ["value-unknown"])
        #expect(findings[0].location == marked["1"])
        let session = Sessions.session(marked.text)
        #expect(session.effects[1].text.markdown == "Gevoel bekeken\nte worden, vooral 's avonds")
    }

    @Test func prefixedEffectsAndMarkersInEnglish() {
        let text = Sessions.valid
            .replacing1("### Positief\n- Minder", with: "- (+) Minder")
            .replacing1("### Negatief\n- Gevoel", with: "- (-) Gevoel")
            .replacing1("- Privacy (kern):", with: "- Privacy (core):")
            .replacing1("- Duurzaamheid", with: "- Duurzaamheid (parked)")
        let session = Sessions.session(text)
        #expect(session.effects.map(\.polarity) == [.positive, .negative])
        #expect(session.effects[0].text.markdown == "Minder files op de ringweg")
        #expect(session.values.map(\.status) == [.core, .parked])
    }

    @Test func namesMatchWithoutCaseDiacriticsOrSpaces() {
        let text = Sessions.valid
            .replacing1("- Duurzaamheid\n", with: "- Duurzaamheid\n- Privé  Leven: thuis\n")
            .replacing1("→ privacy @bewoners", with: "→ PRIVACY,  prive leven @bewoners")
            .replacing1("→ privacy\n", with: "→ privacy, privé leven\n")
        #expect(Sessions.findings(text).isEmpty)
        #expect(Sessions.session(text).effects[1].values.compactMap(\.target) == ["privacy", "prive-leven"])
    }

    @Test func mentionsInsideTheSentenceBecomeNames() {
        let text = Sessions.valid.replacing1(
            "- Gevoel bekeken te worden → privacy @bewoners",
            with: "- @Bewoners voelen zich bekeken door de camera's → privacy")
        let session = Sessions.session(text)
        #expect(session.effects[1].text.markdown == "Bewoners voelen zich bekeken door de camera's")
        #expect(session.effects[1].actors.map(\.target) == ["bewoners"])
        #expect(Sessions.findings(text).isEmpty)
    }

    /// `\@` is an `@` of the text, as Markdown shows it: it was read as a mention (actor-unknown, an error).
    @Test func anEscapedAtIsNoMention() {
        let text = Sessions.valid.replacing1(
            "- Gevoel bekeken te worden → privacy @bewoners",
            with: "- Mail naar info\\@gemeente of \\@zwolle op sociale media → privacy @bewoners")
        let session = Sessions.session(text)
        #expect(session.effects[1].actors.map(\.target) == ["bewoners"])
        #expect(Sessions.findings(text).isEmpty, "\(Sessions.findings(text))")
        #expect(session.effects[1].text.markdown == "Mail naar info@gemeente of @zwolle op sociale media", "as the report shows it")
    }

    @Test func markersInReferencesAreIgnored() {
        let text = Sessions.valid.replacing1("→ privacy @bewoners", with: "→ privacy (kern) @bewoners")
        #expect(Sessions.findings(text).isEmpty)
    }

    @Test func emailAddressesAreNotMentions() {
        let text = Sessions.valid.replacing1(
            "- Jaarlijks publieksverslag →", with: "- Jaarlijks publieksverslag, vragen aan info@zwolle.nl →")
        #expect(Sessions.findings(text).isEmpty)
    }

    @Test func inlineMarkdownIsAllowedInEveryText() {
        let text = Sessions.valid
            .replacing1("- Minder files op de ringweg → duurzaamheid", with: "- Minder *files* op de [ringweg](https://zwolle.nl) → *duurzaamheid*")
        #expect(Sessions.findings(text).isEmpty)
        #expect(Sessions.session(text).effects[0].text.markdown == "Minder *files* op de [ringweg](https://zwolle.nl)")
    }

    @Test func notesSectionAndCommentsNeverEnterTheModel() {
        let text = Sessions.valid
            .replacing1("## Casus\n", with: "## Casus\n<!-- Jan zei: niet opschrijven -->\n")
            .replacing1("- Minder files", with: "- Minder <!-- geheim --> files")
            + "\n## Notities\nPiet de Boer was boos.\n"
        let session = Sessions.session(text)
        let everything = "\(session)"
        #expect(!everything.contains("Piet"))
        #expect(!everything.contains("niet opschrijven"))
        #expect(!everything.contains("geheim"))
        #expect(Sessions.findings(text).isEmpty)
    }

    @Test func unknownSectionsArePrivateWithAWarning() {
        let marked = Marked(Sessions.valid + "\n1️⃣## Achtergrond\nMeer uitleg.\n")
        let findings = Sessions.findings(marked.text)
        #expect(findings.map(\.code) == ["section-unknown"])
        #expect(findings[0].location == marked["1"])
        // Nothing of it is read, and the warning names the sections that would publish it, not the heading.
        let session = Sessions.session(marked.text)
        #expect(!"\(session.caseDescription as Any)\(session.nextSteps as Any)".contains("Meer uitleg"))
        #expect(findings[0].message.dutch.contains("Casus, Actoren"))
        #expect(!findings[0].message.dutch.contains("Achtergrond"))
        #expect(session.outline.privateLines.contains(marked["1"].line + 1))
    }

    @Test func sectionNamesInEnglishAndNearMisses() {
        let english = Sessions.valid
            .replacing1("## Casus", with: "## Case").replacing1("## Actoren", with: "## Actors")
            .replacing1("## Effecten", with: "## EFFECTS").replacing1("## Waarden", with: "##  Values ")
            .replacing1("## Handelingsopties", with: "## Options for action")
            .replacing1("### Positief", with: "### Positive").replacing1("### Negatief", with: "### Negative")
            .replacing1("### Technologie", with: "### Design").replacing1("### Omgeving", with: "### Context")
            .replacing1("### Mens", with: "### Behavior")
        #expect(Sessions.findings(english).isEmpty)
        let typo = Sessions.valid.replacing1("## Waarden", with: "## Waardes")
        let finding = Sessions.findings(typo).first { $0.code == "section-misspelled" }
        #expect(finding?.suggestion == "Waarden")
        #expect(!Sessions.codes(typo).contains("section-missing"), "read as Waarden, so its values are checked")
        // The heading nearest to what was typed: an English one for an English typo (a blind tester was offered “Effecten”
        // for `## Efects`).
        let englishTypo = Sessions.findings(Sessions.valid.replacing1("## Effecten", with: "## Efects")).first { $0.code == "section-misspelled" }
        #expect(englishTypo?.suggestion == "Effects")
    }

    @Test func everyDirectionHeadingIsAccepted() {
        for (heading, direction) in [
            ("Technologie", Direction.technology), ("Techniek", .technology), ("Ontwerp", .technology),
            ("Technology", .technology), ("Design", .technology), ("Omgeving", .environment),
            ("Organisatie", .environment), ("Afspraken", .environment), ("Environment", .environment),
            ("Context", .environment), ("Mens", .human), ("Gedrag", .human), ("Gebruiker", .human),
            ("Human", .human), ("Behaviour", .human), ("Behavior", .human), ("User", .human),
        ] {
            let text = Sessions.valid.replacing1("### Technologie", with: "### \(heading)")
            #expect(Sessions.session(text).options[0].direction == direction, "\(heading)")
        }
    }

    @Test func detailsInsideAnItemAreKept() {
        let text = Sessions.valid.replacing1(
            "- Alleen geaggregeerde tellingen opslaan → privacy\n",
            with: "- Alleen geaggregeerde tellingen opslaan → privacy\n\n  Uitgewerkt door de FG:\n  - na 24 uur wissen\n")
        #expect(Sessions.findings(text).isEmpty)
        let details = Sessions.session(text).options[0].details?.markdown ?? ""
        #expect(details.contains("na 24 uur wissen"))
    }

    @Test func aSingleHashHeadingIsATitleOrASection() {
        let titled = Sessions.valid.replacing1("## Casus\n", with: "# Verslag ringweg\n\n## Casus\n")
        #expect(Sessions.findings(titled).isEmpty)
        let single = Sessions.valid.replacing1("## Casus\n", with: "# Casus\n").replacing1("## Actoren\n", with: "# Actoren\n")
        #expect(Sessions.findings(single).isEmpty)
    }

    @Test func setextHeadingsAreSectionsToo() {
        let text = Sessions.valid.replacing1("## Casus\n", with: "Casus\n-----\n")
        #expect(Sessions.findings(text).isEmpty)
    }
}
