import BegeleidModel

/// Casus, Actoren, Effecten, Waarden and Handelingsopties must all be there.
/// A missing one is named as the notes' language writes it (`## Actors` in an
/// English session, whatever the language of the messages) and located where
/// it belongs: at the heading of the next required section present (it goes
/// above it), or else after the last one before it.
struct RequiredSectionRule: Rule {
    let code: DiagnosticCode = .sectionMissing

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let sections = session.outline.sections
        let present = Set(sections.compactMap(\.kind))
        let required = SectionKind.allCases.filter(\.isRequired)
        let english = session.meta.language == .english
        for (order, kind) in required.enumerated() where !present.contains(kind) {
            let name = "## " + (english ? kind.englishName : kind.rawValue)
            let later = Set(required[(order + 1)...])
            let earlier = Set(required[..<order])
            if let next = sections.first(where: { $0.kind.map(later.contains) ?? false }) {
                diagnostics.append(finding(
                    .error, session, at: next.heading.location,
                    nl: "de verplichte sectie “\(name)” ontbreekt; zet hem boven “## \(next.heading.title)”",
                    en: "the required section “\(name)” is missing; put it above “## \(next.heading.title)”"))
            } else if let previous = sections.last(where: { $0.kind.map(earlier.contains) ?? false }) {
                diagnostics.append(finding(
                    .error, session, at: previous.heading.location,
                    nl: "de verplichte sectie “\(name)” ontbreekt; zet hem na de sectie “## \(previous.heading.title)”",
                    en: "the required section “\(name)” is missing; put it after the section “## \(previous.heading.title)”"))
            } else {
                diagnostics.append(finding(
                    .error, session, at: sections.first?.heading.location ?? session.outline.bodyStart,
                    nl: "de verplichte sectie “\(name)” ontbreekt",
                    en: "the required section “\(name)” is missing"))
            }
        }
    }
}
