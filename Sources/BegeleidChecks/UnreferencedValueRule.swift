import BegeleidModel

/// A value should come from at least one effect.
struct UnreferencedValueRule: Rule {
    let code: DiagnosticCode = .valueUnreferenced

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let referenced = Set(session.effects.flatMap(\.values).compactMap(\.target))
        for value in session.values where !referenced.contains(value.id) {
            diagnostics.append(finding(
                .warning, session, at: value.location,
                nl: "geen effect verwijst naar de waarde “\(value.name)”",
                en: "no effect refers to the value “\(value.name)”"))
        }
    }
}
