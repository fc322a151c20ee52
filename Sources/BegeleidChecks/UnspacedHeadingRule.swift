import BegeleidModel

/// `##Casus` is no heading in Markdown; say so, as the section then seems missing.
/// (For Notities, PrivateNotesRule makes it an error.)
struct UnspacedHeadingRule: Rule {
    let code: DiagnosticCode = .headingWithoutSpace

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for heading in session.outline.unspacedHeadings where SectionKind(heading: heading.title) != .notes {
            diagnostics.append(finding(
                .warning, session, at: heading.location,
                nl: "na de # ontbreekt een spatie, dus dit is geen kop",
                en: "a space is missing after the #, so this is no heading",
                suggestion: "## \(heading.title)"))
        }
    }
}
