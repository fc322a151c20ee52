import BegeleidModel

/// A near miss of a required section that is otherwise missing (`## Efects`)
/// is read as that section, so its content is checked; say so.
struct MisspelledSectionRule: Rule {
    let code: DiagnosticCode = .sectionMisspelled

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for section in session.outline.sections where section.isGuessed {
            guard let kind = section.kind else { continue }
            diagnostics.append(finding(
                .warning, session, at: section.heading.location,
                nl: "“\(section.heading.title)” wordt gelezen als “\(kind.rawValue)”; verbeter de kop",
                en: "“\(section.heading.title)” is read as “\(kind.englishName)”; correct the heading",
                suggestion: section.heading.title.first?.isUppercase == false ? kind.rawValue.lowercased() : kind.rawValue))
        }
    }
}
