import BegeleidModel

/// A value should come from at least one effect.
struct UnreferencedValueRule: Rule {
    let code: DiagnosticCode = .valueUnreferenced

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let referenced = Set(session.effects.flatMap(\.values).compactMap(\.target))
        // The names the effects and options give that no value has: one near this value's name says the typo may be here
        // (a blind tester declared `Veilgheid`, wrote `→ veiligheid` in every effect, and was offered the typo there).
        let undeclared = Self.undeclaredNames(session)
        for value in session.values where !referenced.contains(value.id) {
            if let written = Names.nearest(to: value.name, in: undeclared) {
                let name = value.name.first.map(\.isUppercase) == true ? written.prefix(1).uppercased() + written.dropFirst() : written
                var found = finding(
                    .warning, session, at: value.location,
                    nl: "geen effect verwijst naar de waarde “\(value.name)”, maar de effecten noemen wel “\(written)”",
                    en: "no effect refers to the value “\(value.name)”, but the effects name “\(written)”",
                    suggestion: name)
                found.end = SourceLocation(line: value.location.line, column: value.location.column + value.name.unicodeScalars.count)
                diagnostics.append(found)
                continue
            }
            diagnostics.append(finding(
                .warning, session, at: value.location,
                nl: "geen effect verwijst naar de waarde “\(value.name)”",
                en: "no effect refers to the value “\(value.name)”"))
        }
    }

    /// The value names that effects and options give twice or more and no value has, each once, in their first
    /// spelling. (A name given once may be the typo itself: UnknownValueRule offers the value's name there.)
    static func undeclaredNames(_ session: Session) -> [String] {
        let unresolved = (session.effects.flatMap(\.values) + session.options.flatMap(\.values)).filter { $0.target == nil }
        let counts = Dictionary(unresolved.map { (Names.key($0.text), 1) }, uniquingKeysWith: +)
        var seen: Set<String> = []
        return unresolved.compactMap { reference in
            let key = Names.key(reference.text)
            return counts[key, default: 0] >= 2 && seen.insert(key).inserted ? reference.text : nil
        }
    }
}
