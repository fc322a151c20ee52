import BegeleidModel

/// An effect must name at least one value after `→`.
struct EffectWithoutValueRule: Rule {
    let code: DiagnosticCode = .effectWithoutValue

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for effect in session.effects where effect.values.isEmpty {
            diagnostics.append(finding(
                .error, session, at: effect.location,
                nl: "dit effect noemt geen waarde; schrijf “→ waarde” achter het effect",
                en: "this effect names no value; write “→ value” after the effect"))
        }
    }
}
