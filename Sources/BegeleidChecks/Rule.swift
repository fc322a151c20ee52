import BegeleidModel

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
        return diagnostics.redacted(privateLines: session.outline.privateLines, vocabulary: Diagnostic.headingVocabulary)
            .sortedByPosition()
    }
}
