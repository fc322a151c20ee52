import BegeleidModel

/// Every `@slug` must be the slug of a declared actor.
struct UnknownActorRule: Rule {
    let code = "actor-unknown"

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let slugs = session.actors.map(\.id)
        let references = session.effects.flatMap(\.actors) + session.options.flatMap(\.actors)
        for reference in references where reference.target == nil {
            diagnostics.append(finding(
                .error, session, at: reference.location,
                nl: "@\(reference.text) is geen actor onder Actoren",
                en: "@\(reference.text) is not an actor declared under Actors",
                suggestion: Names.nearest(to: Names.slug(reference.text), in: slugs).map { "@\($0)" }))
        }
    }
}
