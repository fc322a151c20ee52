import BegeleidModel

/// A value may be declared only once (compared by id, its slug, so that
/// case, diacritics and punctuation do not make a second value).
struct DuplicateValueRule: Rule {
    let code: DiagnosticCode = .valueDuplicate

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        var first: [String: SourceLocation] = [:]
        for value in session.values {
            if let earlier = first[value.id] {
                diagnostics.append(finding(
                    .error, session, at: value.location,
                    nl: "de waarde “\(value.name)” staat al op regel \(earlier.line)",
                    en: "the value “\(value.name)” was already declared on line \(earlier.line)"))
            } else {
                first[value.id] = value.location
            }
        }
    }
}
