import BegeleidModel
import Foundation

/// One check of FORMAT.md over a read session. Each rule lives in its own
/// file with its messages beside it, and only appends diagnostics.
public protocol Rule: Sendable {
    /// The stable code of the findings this rule emits.
    var code: DiagnosticCode { get }
    func check(_ session: Session, into diagnostics: inout [Diagnostic])
}

extension Rule {
    func finding(
        _ severity: Diagnostic.Severity, _ session: Session, at location: SourceLocation,
        nl: String, en: String, suggestion: String? = nil
    ) -> Diagnostic {
        Diagnostic(severity, code, path: session.path, at: location, LocalizedText(nl: nl, en: en), suggestion: suggestion)
    }
}

/// Runs every rule over a session.
public enum Checker {
    public static let rules: [any Rule] = [
        RequiredSectionRule(),
        DuplicateSectionRule(),
        UnknownSectionRule(),
        MisspelledSectionRule(),
        PrivateNotesRule(),
        UnspacedHeadingRule(),
        EmptySectionRule(),
        UnknownPolarityHeadingRule(),
        UnknownDirectionRule(),
        OptionWithoutDirectionRule(),
        EffectWithoutPolarityRule(),
        PolarityConflictRule(),
        EffectWithoutValueRule(),
        UnknownValueRule(),
        UnknownActorRule(),
        DuplicateValueRule(),
        DuplicateActorRule(),
        ValueWithoutOptionRule(),
        UnreferencedValueRule(),
        ParkedValueRule(),
        ParkedValueWithOptionRule(),
        OptionWithoutValueRule(),
        EmptyDirectionRule(),
        UnmentionedActorRule(),
        CoreValueMissingRule(),
        VoteValueUnknownRule(),
        VoteNotWholeRule(),
        VoteDuplicateRule(),
        VotesAboveCoreRule(),
        OptionDateInvalidRule(),
        OptionDatePastRule(),
        FollowUpWithoutSeriesRule(),
        FollowUpStatusRule(),
    ]

    /// Every finding of every rule, sorted by position.
    public static func check(_ session: Session) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in rules { rule.check(session, into: &diagnostics) }
        // A finding on a private line quotes nothing of it (names, private or unknown sections).
        return withoutNames(diagnostics.redacted(privateLines: session.outline.privateLines, vocabulary: Diagnostic.headingVocabulary),
                            of: session).sortedByPosition()
    }

    /// With names anonymous, no message names a participant: a name from `deelnemers`, and its `@`-form, becomes “…”
    /// (a retest: an actor named after a participant was named by `actor-unmentioned`, on the beamer too).
    static func withoutNames(_ diagnostics: [Diagnostic], of session: Session) -> [Diagnostic] {
        guard session.meta.names != .public else { return diagnostics }
        return withoutNames(diagnostics, names: session.meta.participants.compactMap(\.name))
    }

    /// `diagnostics` with each of `names` and its `@`-form as “…”, and no suggestion that holds one: also the names
    /// of an earlier session's participants (a retest: “bedoelde je “Marieke Hoekstra”?” on the beamer).
    public static func withoutNames(_ diagnostics: [Diagnostic], names: [String]) -> [Diagnostic] {
        let names = names.map(\.trimmed).filter { $0.count >= 3 }
        guard !names.isEmpty else { return diagnostics }
        let forms = names.flatMap { [$0, Names.slug($0)] }.filter { !$0.isEmpty }
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        // Looked for before it is replaced: a replacement copies the whole text even where nothing is found (through
        // NSString), and most messages hold no name (2.4 % of a build's CPU, replacing in every message).
        let holds = { (text: String, form: String) in text.range(of: form, options: options) != nil }
        let scrub = { (text: String) -> String in
            forms.reduce(text) { holds($0, $1) ? $0.replacingOccurrences(of: $1, with: "…", options: options) : $0 }
        }
        return diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.message = LocalizedText(nl: scrub(diagnostic.message.dutch), en: scrub(diagnostic.message.english))
            if let suggestion = diagnostic.suggestion, forms.contains(where: { holds(suggestion, $0) }) { copy.suggestion = nil }
            return copy
        }
    }
}
