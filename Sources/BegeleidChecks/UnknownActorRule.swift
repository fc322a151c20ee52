import BegeleidModel

/// Every `@slug` must be the slug of a declared actor.
struct UnknownActorRule: Rule {
    let code: DiagnosticCode = .actorUnknown

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let slugs = session.actors.map(\.id)
        let references = session.effects.flatMap(\.actors) + session.options.flatMap(\.actors)
        // A suggestion compares a name with every declared one: the first few are enough
        // (ten thousand unknown names against ten thousand actors took minutes).
        var suggestions = Names.suggestionBudget
        for reference in references where reference.target == nil {
            suggestions -= 1
            diagnostics.append(finding(
                .error, session, at: reference.location,
                nl: "@\(reference.text) is geen actor onder Actoren",
                en: "@\(reference.text) is not an actor declared under Actors",
                suggestion: suggestions < 0 ? nil : Names.nearest(to: Names.slug(reference.text), in: slugs).map { "@\($0)" }))
        }
    }
}
