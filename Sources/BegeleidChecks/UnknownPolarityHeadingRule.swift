import BegeleidModel

/// A `###` heading under Effecten should be Positief or Negatief. Its items
/// then have no polarity unless they start with (+) or (-).
struct UnknownPolarityHeadingRule: Rule {
    let code: DiagnosticCode = .polarityHeadingUnknown

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for heading in session.outline.polarityHeadings where Polarity(heading: heading.title) == nil {
            diagnostics.append(finding(
                .warning, session, at: heading.location,
                nl: "onbekende kop “\(heading.title)” onder Effecten; gebruik “Positief” of “Negatief”",
                en: "unknown heading “\(heading.title)” under Effects; use “Positive” or “Negative”",
                suggestion: Names.nearest(to: heading.title, in: Polarity.allHeadings)))
        }
    }
}
