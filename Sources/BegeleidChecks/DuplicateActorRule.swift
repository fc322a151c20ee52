import BegeleidModel

/// An actor may be declared only once (compared by slug, as mentions are).
struct DuplicateActorRule: Rule {
    let code: DiagnosticCode = .actorDuplicate

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        var first: [String: SourceLocation] = [:]
        for actor in session.actors {
            if let earlier = first[actor.id] {
                diagnostics.append(finding(
                    .error, session, at: actor.location,
                    nl: "de actor “\(actor.name)” (@\(actor.id)) staat al op regel \(earlier.line)",
                    en: "the actor “\(actor.name)” (@\(actor.id)) was already declared on line \(earlier.line)"))
            } else {
                first[actor.id] = actor.location
            }
        }
    }
}
