import BegeleidModel

/// Casus, Actoren, Effecten, Waarden and Handelingsopties must all be there.
struct RequiredSectionRule: Rule {
    let code: DiagnosticCode = .sectionMissing

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let present = Set(session.outline.sections.compactMap(\.kind))
        let location = session.outline.sections.first?.heading.location ?? session.outline.bodyStart
        for kind in SectionKind.allCases where kind.isRequired && !present.contains(kind) {
            diagnostics.append(finding(
                .error, session, at: location,
                nl: "de verplichte sectie “## \(kind.rawValue)” ontbreekt",
                en: "the required section “## \(kind.englishName)” is missing"))
        }
    }
}
