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
            diagnostics.append(finding(
                .error, session, at: reference.location,
                nl: "de waarde “\(reference.text)” staat niet onder Waarden",
                en: "the value “\(reference.text)” is not declared under Values",
                suggestion: suggestions < 0 ? nil : Names.nearest(to: reference.text, in: declared)))
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
