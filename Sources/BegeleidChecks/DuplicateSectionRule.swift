import BegeleidModel

/// A section may be given only once (its aliases count as the same section).
struct DuplicateSectionRule: Rule {
    let code: DiagnosticCode = .sectionDuplicate

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        var first: [SectionKind: SourceLocation] = [:]
        for section in session.outline.sections {
            guard let kind = section.kind else { continue }
            if let earlier = first[kind] {
                diagnostics.append(finding(
                    .error, session, at: section.heading.location,
                    nl: "de sectie “\(kind.rawValue)” staat er al (regel \(earlier.line)); voeg ze samen",
                    en: "the section “\(kind.englishName)” was already given (line \(earlier.line)); merge them"))
            } else {
                first[kind] = section.heading.location
            }
        }
    }
}
