import BegeleidModel

/// Every `###` heading under Handelingsopties must name one of the three directions.
struct UnknownDirectionRule: Rule {
    let code: DiagnosticCode = .directionUnknown

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for heading in session.outline.directionHeadings where Direction(heading: heading.title) == nil {
            if var section = sectionHeading(heading, of: session, under: (nl: "Handelingsopties", en: "Options")) {
                section.severity = .error
                diagnostics.append(section)
                continue
            }
            if let near = Direction.nearlySpelt(heading.title) {
                diagnostics.append(readAs(near.heading, heading, of: session, under: (nl: "Handelingsopties", en: "Options")))
                continue
            }
            diagnostics.append(finding(
                .error, session, at: heading.location,
                nl: "onbekende richting “\(heading.title)”; gebruik Technologie, Omgeving of Mens",
                en: "unknown direction “\(heading.title)”; use Technology, Environment or Human",
                suggestion: Names.nearest(to: heading.title, in: Direction.allHeadings)))
        }
    }
}
