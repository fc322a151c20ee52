import BegeleidModel

/// Every value named after `→` must be declared under Waarden.
struct UnknownValueRule: Rule {
    let code = "value-unknown"

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let declared = session.values.map(\.name)
        let references = session.effects.flatMap(\.values) + session.options.flatMap(\.values)
        for reference in references where reference.target == nil {
            diagnostics.append(finding(
                .error, session, at: reference.location,
                nl: "de waarde “\(reference.text)” staat niet onder Waarden",
                en: "the value “\(reference.text)” is not declared under Values",
                suggestion: Names.nearest(to: reference.text, in: declared)))
        }
    }
}
