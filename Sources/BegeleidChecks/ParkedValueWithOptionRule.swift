import BegeleidModel

/// A value marked `(geparkeerd)` that an option names after all: the report
/// would call it "not worked out" and show an option for it. One of the two is a slip.
struct ParkedValueWithOptionRule: Rule {
    let code: DiagnosticCode = .valueParkedWithOption

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let secured = Set(session.options.flatMap(\.values).compactMap(\.target))
        for value in session.values where value.status == .parked && secured.contains(value.id) {
            diagnostics.append(finding(
                .warning, session, at: value.location,
                nl: "de waarde “\(value.name)” is geparkeerd, maar een handelingsoptie noemt haar; haal (geparkeerd) weg of de waarde uit de optie",
                en: "the value “\(value.name)” is parked, yet an option names it; remove (parked) or the value from the option"))
        }
    }
}
