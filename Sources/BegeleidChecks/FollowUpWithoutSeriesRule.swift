import BegeleidModel

/// `## Opvolging` belongs to a session that follows up an earlier one.
struct FollowUpWithoutSeriesRule: Rule {
    let code = "follow-up-without-series"

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for section in session.outline.sections where section.kind == .followUp {
            diagnostics.append(finding(
                .warning, session, at: section.heading.location,
                nl: "“\(section.heading.title)” hoort bij een vervolgsessie (met “vervolg_op” in de front matter); deze sectie komt nog niet in het rapport",
                en: "“\(section.heading.title)” belongs to a follow-up session (with “follows” in the front matter); this section does not reach the report yet"))
        }
    }
}
