import BegeleidModel

/// An option must stand under a direction heading. (One under an unknown
/// heading is reported once, at the heading, by UnknownDirectionRule.)
struct OptionWithoutDirectionRule: Rule {
    let code: DiagnosticCode = .optionWithoutDirection

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for option in session.options where option.heading == nil {
            diagnostics.append(finding(
                .error, session, at: option.location,
                nl: "deze handelingsoptie staat onder geen richting; zet er “### Technologie”, “### Omgeving” of “### Mens” boven",
                en: "this option stands under no direction; put “### Technology”, “### Environment” or “### Human” above it"))
        }
    }
}
