import BegeleidModel

/// An effect must be positive or negative: under `### Positief`/`### Negatief`
/// or starting with `(+)`/`(-)`.
struct EffectWithoutPolarityRule: Rule {
    let code: DiagnosticCode = .effectWithoutPolarity

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for effect in session.effects where effect.polarity == nil {
            diagnostics.append(finding(
                .error, session, at: effect.location,
                nl: "dit effect is niet positief of negatief; zet het onder “### Positief” of “### Negatief”, of begin met (+) of (-)",
                en: "this effect is neither positive nor negative; put it under “### Positive” or “### Negative”, or start it with (+) or (-)"))
        }
    }
}
