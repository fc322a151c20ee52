import BegeleidModel

/// The ready-to-fill files of `begeleid new`: every section or key, today's
/// date, and private hints (HTML comments in notes, YAML comments in a
/// profile) that never reach an output.
enum Scaffolds {
    static func session(date: String, language: Language) -> String {
        switch language {
        case .dutch:
            return """
                ---
                titel:
                organisatie:
                technologie:
                datum: \(date)
                status: concept  # definitief zodra de aantekeningen af zijn
                opdrachtgever:
                fase:            # voorafgaand, tijdens of na
                moderator:
                co-moderator:
                locatie:
                taal: nl
                namen: anoniem   # openbaar alleen met toestemming van iedereen
                openbaar: false  # true als de organisatie publicatie toestaat
                labels: []
                deelnemers:
                  # - rol: bewoner
                  #   organisatie: Gemeente …
                ---

                <!-- Privé: deze hints komen nooit in het rapport. Vorm: docs/FORMAT.md. -->

                ## Vraagstelling
                <!-- De vraag of aanleiding die de organisatie hier bracht. -->

                ## Casus
                <!-- Welke technologie, waar, voor wie? Een paar alinea's. -->

                ## Actoren
                <!-- Eén per regel: "- Naam: omschrijving". In effecten en opties: @naam-als-slug. -->

                ## Effecten
                ### Positief
                <!-- "- Wat er gebeurt → waarde, waarde @actor" -->
                ### Negatief
                <!-- "- Wat er gebeurt → waarde @actor" -->

                ## Waarden
                <!-- "- Waarde: toelichting"; (kern) voor een kernwaarde, (geparkeerd) als ze niet wordt uitgewerkt. -->

                ## Overgang
                <!-- Hoe de kernwaarden gekozen zijn; stemmen als "- Waarde: 9". -->

                ## Handelingsopties
                ### Technologie
                <!-- Het ontwerp: "- Wat er moet gebeuren → waarde @actor (prioriteit) (voor 2027-03-01)" -->
                ### Omgeving
                <!-- Organisatie en afspraken. -->
                ### Mens
                <!-- Gedrag van gebruikers en professionals. -->

                ## Samenvatting

                ## Vervolg

                ## Reflectie
                <!-- Hoe de sessie verliep, wat de groep opviel. -->

                ## Notities
                <!-- Alleen voor jezelf: deze sectie komt nooit in een rapport. -->

                """
        case .english:
            return """
                ---
                title:
                organisation:
                technology:
                date: \(date)
                status: draft    # final once the notes are done
                commissioner:
                phase:           # before, during or after
                moderator:
                co-moderator:
                location:
                language: en
                names: anonymous # public only with everyone's consent
                public: false    # true when the organisation consents to publishing
                tags: []
                participants:
                  # - role: resident
                  #   organisation: Municipality of …
                ---

                <!-- Private: these hints never reach the report. Format: docs/FORMAT.md. -->

                ## Question
                <!-- The question or reason that brought the organisation here. -->

                ## Case
                <!-- Which technology, where, for whom? A few paragraphs. -->

                ## Actors
                <!-- One per line: "- Name: description". In effects and options: @name-as-slug. -->

                ## Effects
                ### Positive
                <!-- "- What happens → value, value @actor" -->
                ### Negative
                <!-- "- What happens → value @actor" -->

                ## Values
                <!-- "- Value: explanation"; (core) for a core value, (parked) when it is not worked out. -->

                ## Transition
                <!-- How the core values were chosen; votes as "- Value: 9". -->

                ## Options for action
                ### Technology
                <!-- The design: "- What should happen → value @actor (priority) (by 2027-03-01)" -->
                ### Environment
                <!-- Organisation and agreements. -->
                ### Human
                <!-- Behaviour of users and professionals. -->

                ## Summary

                ## Next steps

                ## Reflection
                <!-- How the session went, what the group noticed. -->

                ## Notes
                <!-- Only for you: this section never reaches a report. -->

                """
        }
    }

    static func profile(date: String, language: Language) -> String {
        switch language {
        case .dutch:
            return """
                # Profiel voor een voorstel op maat; zie docs/voorstellen.md.
                naam:
                soort:           # gemeente, provincie, rijk, uitvoeringsorganisatie, waterschap, zorg, onderwijs, anders
                contact:
                  naam:
                  email:
                  # aanhef: Geachte mevrouw …,   # zoals het er moet staan; anders: Beste <naam>,
                # naam_in_zin: de provincie …    # de naam midden in een zin
                technologieen:
                  - naam:
                    beschrijving:
                    fase:        # voorafgaand, tijdens of na
                vorm: sessie     # sessie, reeks (met sessies: 3) of training
                # sessies: 3
                deelnemers: 15
                # samenwerkingspartners: [Instelling A, Instelling B]   # voor een gezamenlijke training
                taal: nl
                datum: \(date)
                # aanvang: "13:30"
                # land: nl       # nl of be: welke feestdagen en schoolvakanties de planning ontwijkt
                labels: []
                # vergelijkbaar: [slug-van-een-sessie]   # of: geen; zonder: gekozen op technologie of twee labels
                # niet_vergelijkbaar: [slug-van-een-sessie]

                """
        case .english:
            return """
                # Profile for a tailored proposal; see docs/voorstellen.md.
                name:
                type:            # municipality, province, central government, agency, water board, healthcare, education, other
                contact:
                  name:
                  email:
                  # salutation: Dear Ms …,   # as it should read; otherwise: Dear <name>,
                # name_in_sentence: the Province of …
                technologies:
                  - name:
                    description:
                    phase:       # before, during or after
                form: session    # session, series (with sessions: 3) or training
                # sessions: 3
                participants: 15
                # partners: [Institution A, Institution B]   # for a joint training
                language: en
                date: \(date)
                # start: "13:30"
                # country: nl    # nl or be: whose public and school holidays the planning avoids
                tags: []
                # comparable: [slug-of-a-session]   # or: none; without: chosen by technology or two labels
                # not_comparable: [slug-of-a-session]

                """
        }
    }
}
