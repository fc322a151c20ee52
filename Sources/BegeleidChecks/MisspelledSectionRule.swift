import BegeleidModel

/// A near miss of a required section that is otherwise missing (`## Efects`)
/// is read as that section, so its content is checked; say so.
struct MisspelledSectionRule: Rule {
    let code: DiagnosticCode = .sectionMisspelled

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for section in session.outline.sections where section.isGuessed {
            guard let kind = section.kind else { continue }
            // (Named as the suggestion names it, in both languages: “Efects” was read “als “Effecten”; … bedoelde je “Effects”?”.)
            let name = Self.suggestion(for: section.heading.title, kind: kind, language: session.meta.language)
            diagnostics.append(finding(
                .warning, session, at: section.heading.location,
                nl: "“\(section.heading.title)” wordt gelezen als “\(name)”; verbeter de kop",
                en: "“\(section.heading.title)” is read as “\(name)”; correct the heading",
                suggestion: name))
        }
    }

    /// The heading of `kind` nearest to what was typed (“Efects” → “Effects”, “Efecten” → “Effecten”), else the one of
    /// the notes' language; lower case when it was typed so. (It was always the Dutch one: “did you mean
    /// “Effecten”?” for `## Efects`.)
    static func suggestion(for typed: String, kind: SectionKind, language: Language) -> String {
        let name = Names.nearest(to: typed, in: kind.headings) ?? (language == .english ? kind.englishName : kind.rawValue)
        return typed.first?.isUppercase == false ? name.lowercased() : name
    }
}
