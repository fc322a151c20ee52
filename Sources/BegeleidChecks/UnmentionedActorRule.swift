import BegeleidModel

/// An actor should be mentioned (`@slug`) by some effect or option.
struct UnmentionedActorRule: Rule {
    let code: DiagnosticCode = .actorUnmentioned

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let mentioned = Set((session.effects.flatMap(\.actors) + session.options.flatMap(\.actors)).compactMap(\.target))
        for actor in session.actors where !mentioned.contains(actor.id) {
            diagnostics.append(finding(
                .warning, session, at: actor.location,
                nl: "geen effect of handelingsoptie noemt @\(actor.id) (\(actor.name))",
                en: "no effect or option mentions @\(actor.id) (\(actor.name))"))
        }
    }
}
