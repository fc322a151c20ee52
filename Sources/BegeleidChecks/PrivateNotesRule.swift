import BegeleidModel

/// The private Notities section must be unmistakable: a heading that almost
/// names it, or names it in the wrong place, is an error, so that private
/// notes are never published by a typo (the report is held back instead).
struct PrivateNotesRule: Rule {
    let code: DiagnosticCode = .notesHeadingMisplaced

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let outline = session.outline
        let unspaced = outline.unspacedHeadings.filter { SectionKind(heading: $0.title) == .notes }
        // “##Notities” is both; the finding that says what is missing is given, once.
        var lines = Set(unspaced.map(\.location.line))
        // (“- ## Notities” is found as an item's text and as a heading in an item: one finding a line.)
        for heading in outline.misplacedNotesHeadings where lines.insert(heading.location.line).inserted {
            if heading.title.hasPrefix("<"), heading.title.hasSuffix(">") {
                // An HTML tag that hides its text or calls it private (SessionBuilder.privateTag): the report leaves the
                // tag out and shows its text.
                diagnostics.append(finding(
                    .error, session, at: heading.location,
                    nl: "de tag “\(heading.title)” verbergt zijn tekst of noemt hem privé, maar het rapport laat de tag weg en toont de tekst: zet de privétekst onder “## Notities” (aan het begin van een regel), of haal de tag weg als de tekst openbaar mag",
                    en: "the tag “\(heading.title)” hides its text or calls it private, but the report leaves the tag out and shows the text: put the private text under “## Notes” (at the start of a line), or remove the tag if the text may be published"))
                continue
            }
            diagnostics.append(finding(
                .error, session, at: heading.location,
                nl: "“\(heading.title)” zegt dat wat volgt privé is, maar staat niet als eigen ##-sectie: zet de privétekst onder “## Notities” (aan het begin van een regel), of schrijf de regel anders als hij openbaar mag; anders wordt de privétekst gepubliceerd",
                en: "“\(heading.title)” says what follows is private, but is not a ## section of its own: put the private text under “## Notes” (at the start of a line), or word the line otherwise if it may be published; else the private text would be published"))
        }
        for heading in unspaced {
            diagnostics.append(finding(
                .error, session, at: heading.location,
                nl: "na de # ontbreekt een spatie, dus dit is geen kop en de privétekst zou worden gepubliceerd",
                en: "a space is missing after the #, so this is no heading and the private text would be published",
                suggestion: "## \(heading.title)"))
        }
        for section in outline.sections where section.kind == nil {
            // (A heading holding a private word among others, “## Persoonlijke notities”, is an unknown section, private
            // like this one: it was an error here too, which held the report back and blanked the beamer for “## Private
            // sector” or “## Notes and tips”. UnknownSectionRule's warning offers the private heading.)
            // A near spelling of one of its names (“Notitie”, “Notitise”), not any heading near one: “## Privacy”,
            // “## Aanbevelingen” and “## Internet” were taken for “Private”, “Aantekeningen” and “Intern”, an error that
            // held the report back (a blind tester, in a session about cameras).
            guard let near = Self.nearMiss(section.heading.title) else { continue }
            diagnostics.append(finding(
                .error, session, at: section.heading.location,
                // (The suggestion names the heading: the message said it twice, “noem hem “## Notities” …; bedoelde je “Notities”?”.)
                // (An unknown section is not published, so the text under it is not either: the message said it was. A near
                // miss stays an error, FORMAT.md: the same slip in a known heading's place would publish it.)
                nl: "deze kop lijkt op de privésectie maar is het niet; schrijf hem precies, zodat de tekst eronder zeker privé is (als onbekende sectie wordt hij nu ook niet gepubliceerd)",
                en: "this heading looks like the private section but is not; write it exactly, so the text below it is surely private (as an unknown section it is not published now either)",
                suggestion: near))
        }
    }

    /// The private section's name that `title` is a near spelling of (“Notitie” → “Notities”), if any: an error here,
    /// and no `section-unknown` warning (UnknownSectionRule).
    static func nearMiss(_ title: String) -> String? {
        let key = SectionKind.key(title)
        return SectionKind.notes.headings.first { Names.isNearSpelling(key, $0) }
    }
}
