import BegeleidModel

/// A value may be declared only once (names compared without case and diacritics).
struct DuplicateValueRule: Rule {
    let code = "value-duplicate"

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        var first: [String: SourceLocation] = [:]
        for value in session.values {
            let key = Names.key(value.name)
            if let earlier = first[key] {
                diagnostics.append(finding(
                    .error, session, at: value.location,
                    nl: "de waarde “\(value.name)” staat al op regel \(earlier.line)",
                    en: "the value “\(value.name)” was already declared on line \(earlier.line)"))
            } else {
                first[key] = value.location
            }
        }
    }
}
