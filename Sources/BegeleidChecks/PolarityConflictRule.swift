import BegeleidModel

/// `(+)` under `### Negatief` (or `(-)` under Positief): the prefix wins, but
/// it is probably a slip, so say which one counted.
struct PolarityConflictRule: Rule {
    let code: DiagnosticCode = .polarityConflict

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for effect in session.effects {
            guard let polarity = effect.polarity, let heading = effect.heading,
                  let underHeading = Polarity(reading: heading), underHeading != polarity else { continue }
            let dutch = polarity == .positive ? "positief" : "negatief"
            let english = polarity == .positive ? "positive" : "negative"
            diagnostics.append(finding(
                .warning, session, at: effect.location,
                nl: "dit effect staat onder “\(heading)” maar begint met \(polarity == .positive ? "(+)" : "(-)"); het telt als \(dutch)",
                en: "this effect stands under “\(heading)” but starts with \(polarity == .positive ? "(+)" : "(-)"); it counts as \(english)"))
        }
    }
}
