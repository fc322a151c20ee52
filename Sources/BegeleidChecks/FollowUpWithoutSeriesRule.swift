import BegeleidModel

/// `## Opvolging` belongs to a session that follows up an earlier one
/// (`vervolg_op`); without it the section is a version 1 heading of the
/// notes' own and does not reach the report.
struct FollowUpWithoutSeriesRule: Rule {
    let code: DiagnosticCode = .followUpWithoutSeries

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        guard session.meta.follows == nil else { return }
        for section in session.outline.sections where section.kind == .followUp {
            diagnostics.append(finding(
                .warning, session, at: section.heading.location,
                nl: "“\(section.heading.title)” hoort bij een vervolgsessie: noem de eerdere sessie met “vervolg_op: <naam>” in de front matter; zonder dat komt deze sectie niet in het rapport",
                en: "“\(section.heading.title)” belongs to a follow-up session: name the earlier session with “follows: <slug>” in the front matter; without it this section does not reach the report"))
        }
    }
}
