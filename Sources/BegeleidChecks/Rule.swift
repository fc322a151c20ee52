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
}
