import BegeleidModel

/// A `##` heading FORMAT.md does not know is private, like Notities (fail
/// closed): its content reaches no output. The warning says how to publish it
/// and quotes nothing of the heading, which may itself be private.
struct UnknownSectionRule: Rule {
    let code: DiagnosticCode = .sectionUnknown

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for section in session.outline.sections where section.kind == .notes && !SectionKind.namesThePrivateSection(section.heading.title) {
            // `## Vervolg (intern)`: a published section's name with a remark that says private. Its text stays
            // private (a blind tester's `## Reflectie (vertrouwelijk)` was published); said, so that no one misses it
            // in the report unwarned.
            diagnostics.append(finding(
                .warning, session, at: section.heading.location,
                nl: "deze kop zegt dat de tekst niet openbaar is: wat eronder staat blijft privé, als onder Notities; om het te publiceren, haal het woord dat dat zegt uit de kop",
                en: "this heading says its text is not public: what stands under it stays private, as under Notes; to publish it, remove the word that says so from the heading"))
        }
        for section in session.outline.sections where section.kind == nil {
            // A near miss of the private section is an error of PrivateNotesRule instead (the same test: when the two
            // differed, `## Aanbevelingen` got neither, its text left out unsaid). The suggestion is a published heading.
            if PrivateNotesRule.nearMiss(section.heading.title) != nil { continue }
            // “## Persoonlijke notities”, “## Private sector”: a private word among others. The text stays private as
            // any unknown section's does; the private heading is offered (the nearest published one may not be meant).
            if Self.holdsPrivateWord(section.heading.title) {
                let notes = session.meta.language == .english ? "Notes" : "Notities"
                diagnostics.append(finding(
                    .warning, session, at: section.heading.location,
                    // (The suggestion names the private heading: the message named it too, and said it twice.)
                    nl: "onbekende sectie waarvan de kop privé klinkt: wat eronder staat blijft privé en komt in geen enkele uitvoer; om het te publiceren, noem de kop \(SectionKind.publishedNames(false))",
                    en: "unknown section whose heading sounds private: what stands under it stays private and reaches no output; to publish it, name the heading \(SectionKind.publishedNames(true))",
                    suggestion: notes))
                continue
            }
            let near = Names.nearest(to: SectionKind.key(section.heading.title), in: Self.publishedHeadings)
            diagnostics.append(finding(
                .warning, session, at: section.heading.location,
                nl: "onbekende sectie: wat eronder staat blijft privé en komt in geen enkele uitvoer; om het te publiceren, noem de kop \(SectionKind.publishedNames(false))",
                en: "unknown section: what stands under it stays private and reaches no output; to publish it, name the heading \(SectionKind.publishedNames(true))",
                suggestion: near))
        }
    }

    private static let publishedHeadings = SectionKind.allCases.filter { $0 != .notes }.flatMap(\.headings)

    /// The keys of the private section's names (`notities`, `prive`, `private`, …).
    private static let privateWords = Set(SectionKind.notes.headings.map(Names.key))

    /// Whether one of the words of `title` is a name of the private section. (Only for the suggestion: whether a
    /// known section's heading makes it private is `SectionKind.saysPrivate`.)
    static func holdsPrivateWord(_ title: String) -> Bool {
        Names.key(title).split(whereSeparator: { !$0.isLetter }).contains { privateWords.contains(String($0)) }
    }
}
