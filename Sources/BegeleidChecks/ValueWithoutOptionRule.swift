import BegeleidModel

/// A value that is not parked must be secured by at least one option.
struct ValueWithoutOptionRule: Rule {
    let code: DiagnosticCode = .valueWithoutOption

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let secured = Set(session.options.flatMap(\.values).compactMap(\.target))
        for value in session.values where value.status != .parked && !secured.contains(value.id) {
            diagnostics.append(finding(
                .error, session, at: value.location,
                nl: "geen handelingsoptie noemt de waarde “\(value.name)”; voeg er een toe of markeer de waarde als (geparkeerd)",
                en: "no option names the value “\(value.name)”; add one or mark the value (parked)"))
        }
    }
}
