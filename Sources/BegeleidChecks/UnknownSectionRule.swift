import BegeleidModel

/// A `##` heading FORMAT.md does not know is kept, but reported with the nearest known name.
struct UnknownSectionRule: Rule {
    let code = "section-unknown"

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for section in session.outline.sections where section.kind == nil {
            let title = section.heading.title
            let near = Names.nearest(to: SectionKind.key(title), in: SectionKind.allHeadings)
            // A near miss of the private section is an error of PrivateNotesRule instead.
            if let near, SectionKind.notes.headings.contains(near) { continue }
            diagnostics.append(finding(
                .warning, session, at: section.heading.location,
                nl: "onbekende sectie “\(title)”; de inhoud komt achteraan in het rapport",
                en: "unknown section “\(title)”; its content is placed at the end of the report",
                suggestion: near))
        }
    }
}
