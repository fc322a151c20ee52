@testable import BegeleidChecks
import BegeleidModel
import Foundation
import Testing

/// No message names a participant (`Checker.withoutNames`): each name and its `@`-form as “…”, and no suggestion
/// that holds one. Held to replacing every form in every text, which it did before it looked first.
@Suite struct WithoutNamesTests {
    static let names = ["Zoë Quartelmaan", "Marieke Hoekstra", "Jan de Vries", "Bo", "  Anne-Marie  "]
    static let texts = [
        "geen effect noemt @zoe-quartelmaan", "ZOE QUARTELMAAN zei het", "de waarde “Privacy” is geparkeerd",
        "marieke hoekstra en Marieke Hoekstra", "@marieke-hoekstra, @jan-de-vries", "Jan de Vriesje", "Bo en bo",
        "anne-marie", "Anne-Marie", "", "één → twee", "Zoë Quartelmaan’s idee",
    ]

    /// What it was: every form replaced in every text, a suggestion dropped when replacing changed it.
    static func replacedEverywhere(_ diagnostics: [Diagnostic], names: [String]) -> [Diagnostic] {
        let names = names.map(\.trimmed).filter { $0.count >= 3 }
        guard !names.isEmpty else { return diagnostics }
        let forms = names.flatMap { [$0, Names.slug($0)] }.filter { !$0.isEmpty }
        let scrub = { (text: String) -> String in
            forms.reduce(text) { $0.replacingOccurrences(of: $1, with: "…", options: [.caseInsensitive, .diacriticInsensitive]) }
        }
        return diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.message = LocalizedText(nl: scrub(diagnostic.message.dutch), en: scrub(diagnostic.message.english))
            if let suggestion = diagnostic.suggestion, scrub(suggestion) != suggestion { copy.suggestion = nil }
            return copy
        }
    }

    static func finding(_ dutch: String, _ english: String, suggestion: String?) -> Diagnostic {
        Diagnostic(.warning, .actorUnmentioned, path: "a.md", at: SourceLocation(line: 3, column: 1),
                   LocalizedText(nl: dutch, en: english), suggestion: suggestion)
    }

    @Test func asReplacingEverywhere() {
        var diagnostics: [Diagnostic] = []
        for (index, text) in Self.texts.enumerated() {
            let other = Self.texts[(index * 5 + 3) % Self.texts.count]
            diagnostics.append(Self.finding(text, other, suggestion: index % 2 == 0 ? other : nil))
        }
        for count in 0...Self.names.count {
            let names = Array(Self.names.prefix(count))
            let now = Checker.withoutNames(diagnostics, names: names)
            let before = Self.replacedEverywhere(diagnostics, names: names)
            #expect(now.map(\.message) == before.map(\.message))
            #expect(now.map(\.suggestion) == before.map(\.suggestion))
        }
    }

    @Test func aNameInAMessageOrSuggestionIsNotShown() {
        let found = Checker.withoutNames([Self.finding("geen effect noemt @zoe-quartelmaan (ZOE Quartelmaan)", "x",
                                                       suggestion: "Marieke Hoekstra")], names: Self.names)[0]
        #expect(found.message.dutch == "geen effect noemt @… (…)")
        #expect(found.suggestion == nil)
        let kept = Checker.withoutNames([Self.finding("de waarde “Privacy”", "the value", suggestion: "Privacy")], names: Self.names)[0]
        #expect(kept.message.dutch == "de waarde “Privacy”" && kept.suggestion == "Privacy")
    }
}
