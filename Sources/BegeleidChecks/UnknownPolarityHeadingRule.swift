import BegeleidModel

/// A `###` heading under Effecten should be Positief or Negatief. Its items
/// then have no polarity unless they start with (+) or (-).
struct UnknownPolarityHeadingRule: Rule {
    let code: DiagnosticCode = .polarityHeadingUnknown

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for heading in session.outline.polarityHeadings where Polarity(heading: heading.title) == nil {
            if let section = sectionHeading(heading, of: session, under: (nl: "Effecten", en: "Effects")) {
                diagnostics.append(section)
                continue
            }
            if let near = Polarity.nearlySpelt(heading.title) {
                diagnostics.append(readAs(near.heading, heading, of: session, under: (nl: "Effecten", en: "Effects")))
                continue
            }
            diagnostics.append(finding(
                .warning, session, at: heading.location,
                nl: "onbekende kop “\(heading.title)” onder Effecten; gebruik “Positief” of “Negatief”",
                en: "unknown heading “\(heading.title)” under Effects; use “Positive” or “Negative”",
                suggestion: Names.nearest(to: heading.title, in: Polarity.allHeadings)))
        }
    }
}

extension Rule {
    /// A `###` heading one slip from a known one (`Negatif`, `Techologie`), read as it: the warning that says so.
    func readAs(_ known: String, _ heading: SourceOutline.Heading, of session: Session, under parent: (nl: String, en: String)) -> Diagnostic {
        finding(
            .warning, session, at: heading.location,
            nl: "“\(heading.title)” onder \(parent.nl) wordt gelezen als “\(known)”; verbeter de kop",
            en: "“\(heading.title)” under \(parent.en) is read as “\(known)”; correct the heading",
            suggestion: known)
    }

    /// A `###` heading that names a section of its own (`### Waarden` under Effecten, a blind tester: some thirty
    /// findings followed, none of which said so): the finding that says to make it `##`, with that as its suggestion.
    func sectionHeading(_ heading: SourceOutline.Heading, of session: Session, under parent: (nl: String, en: String)) -> Diagnostic? {
        guard let kind = SectionKind(heading: heading.title), kind != .notes else { return nil }
        let name = kind.headings.first { SectionKind.key($0) == SectionKind.key(heading.title) } ?? kind.rawValue
        return finding(
            .warning, session, at: heading.location,
            nl: "“\(heading.title)” is een sectie van zichzelf: schrijf “## \(name)” (met twee #); nu hoort wat eronder staat bij \(parent.nl)",
            en: "“\(heading.title)” is a section of its own: write “## \(name)” (with two #); now what follows belongs to \(parent.en)",
            suggestion: "## \(name)")
    }
}
