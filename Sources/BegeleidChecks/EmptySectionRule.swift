import BegeleidModel

/// A required section that is there but holds nothing (no text, or no list
/// items) makes an empty report; say so, the notes are probably unfinished.
struct EmptySectionRule: Rule {
    let code: DiagnosticCode = .sectionEmpty

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let empty: [SectionKind: Bool] = [
            .caseDescription: session.caseDescription == nil,
            .actors: session.actors.isEmpty,
            .effects: session.effects.isEmpty,
            .values: session.values.isEmpty,
            .options: session.options.isEmpty,
        ]
        for kind in SectionKind.allCases where empty[kind] == true {
            guard let heading = session.outline.first(kind) else { continue }
            diagnostics.append(finding(
                .warning, session, at: heading.location,
                nl: "de sectie “\(kind.rawValue)” is leeg\(kind == .caseDescription ? "" : "; begin elk item met “- ”")",
                en: "the section “\(kind.englishName)” is empty\(kind == .caseDescription ? "" : "; start each item with “- ”")"))
        }
    }
}
