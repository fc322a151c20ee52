import BegeleidModel

/// Every value named after `→` must be declared under Waarden.
struct UnknownValueRule: Rule {
    let code: DiagnosticCode = .valueUnknown

    /// Words people write between values where FORMAT.md asks for a comma.
    private static let separators = [" en ", " and ", " / ", "/", " & ", ";", " + "]

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        let declared = session.values.map(\.name)
        let known = Set(declared.map(Names.key))
        let references = session.effects.flatMap(\.values) + session.options.flatMap(\.values)
        // The declared values some effect names, as keys.
        let names = Dictionary(session.values.map { ($0.id, Names.key($0.name)) }, uniquingKeysWith: { first, _ in first })
        let referenced = Set(session.effects.flatMap(\.values).compactMap { $0.target.flatMap { names[$0] } })
        let repeated = Set(UnreferencedValueRule.undeclaredNames(session).map(Names.key))
        var suggestions = Names.suggestionBudget
        for reference in references where reference.target == nil {
            suggestions -= 1
            if suggestions >= 0, let parts = Self.commaSeparated(reference.text, known: known) {
                diagnostics.append(finding(
                    .error, session, at: reference.location,
                    nl: "“\(reference.text)” is geen waarde; scheid waarden met komma's",
                    en: "“\(reference.text)” is not a value; separate values with commas",
                    suggestion: parts))
                continue
            }
            let nearest = suggestions < 0 ? nil : Names.nearest(to: reference.text, in: declared)
            // A near value that no effect names, where this name is given more than once, may be the one misspelt: said so
            // beside the suggestion (UnreferencedValueRule offers this name at the value; which of the two is right only the
            // room knows: a blind tester was offered the typo of the declaration at each effect).
            let typoThere = nearest.map { !referenced.contains(Names.key($0)) && repeated.contains(Names.key(reference.text)) } == true
            diagnostics.append(finding(
                .error, session, at: reference.location,
                nl: "de waarde “\(reference.text)” staat niet onder Waarden" + (typoThere ? ", waar “\(nearest!)” staat, die geen effect noemt: is daar de tikfout?" : ""),
                en: "the value “\(reference.text)” is not declared under Values" + (typoThere ? ", where “\(nearest!)” is, which no effect names: is the typo there?" : ""),
                suggestion: nearest))
        }
    }

    /// "privacy en veiligheid" → "privacy, veiligheid" when both are declared values.
    static func commaSeparated(_ text: String, known: Set<String>) -> String? {
        for separator in separators {
            let parts = text.lowercased().components(separatedBy: separator)
                .map(\.trimmed).filter { !$0.isEmpty }
            if parts.count > 1, parts.allSatisfy({ known.contains(Names.key($0)) }) {
                return parts.joined(separator: ", ")
            }
        }
        return nil
    }
}

import Foundation
