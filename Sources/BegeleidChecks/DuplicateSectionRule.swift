import BegeleidModel

/// A section may be given only once (its aliases count as the same section). The private section may come back:
/// both are private, and the error said that the second one's text would be in the report once merged, and held the
/// report back (a retest: `## Notities`, later `## Private`).
struct DuplicateSectionRule: Rule {
    let code: DiagnosticCode = .sectionDuplicate

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        var first: [SectionKind: SourceLocation] = [:]
        for section in session.outline.sections {
            guard let kind = section.kind, kind != .notes else { continue }
            if let earlier = first[kind] {
                diagnostics.append(finding(
                    .error, session, at: section.heading.location,
                    // (What the second one holds is not read: a blind tester's new effect was not on the beamer, unsaid.)
                    nl: "de sectie “\(kind.rawValue)” staat er al (regel \(earlier.line)); voeg ze samen: wat onder deze tweede kop staat, komt pas in het rapport als het onder de eerste staat",
                    en: "the section “\(kind.englishName)” was already given (line \(earlier.line)); merge them: what stands under this second heading is in the report only once it stands under the first"))
            } else {
                first[kind] = section.heading.location
            }
        }
    }
}
