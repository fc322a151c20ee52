import BegeleidModel

/// One check of an organisation profile, weighed against the offer where it
/// matters. Like the session rules: one rule a file, messages beside it.
public protocol ProfileRule: Sendable {
    var code: DiagnosticCode { get }
    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic])
}

extension ProfileRule {
    func finding(
        _ severity: Diagnostic.Severity, _ profile: OrganisationProfile, at key: String?, nl: String, en: String
    ) -> Diagnostic {
        let location = key.flatMap { profile.keyLocations[$0] } ?? SourceLocation(line: 1, column: 1)
        return Diagnostic(severity, code, path: profile.path, at: location, LocalizedText(nl: nl, en: en))
    }
}

/// Runs every profile rule.
public enum ProfileChecker {
    public static let rules: [any ProfileRule] = [
        FormMissingRule(),
        FormNotOfferedRule(),
        SeriesWithoutCountRule(),
        SeriesOfOneRule(),
        SessionsWithoutSeriesRule(),
        PartnersEmptyRule(),
        PartnersWithoutTrainingRule(),
        SharingMissingRule(),
        DateMissingRule(),
        ContactMissingRule(),
        ContactTitleRule(),
        TechnologiesMissingRule(),
        ParticipantCountRule(),
        ProgrammePastMidnightRule(),
        ProgrammeHoursRule(),
        ProgrammeDayPartRule(),
        TraineesPerInstitutionRule(),
    ]

    /// The rules that weigh a profile against the sessions to cite and today's date.
    public static func contextRules(sessions: [Session]?, today: String?) -> [any ProfileRule] {
        (sessions.map { [ComparableUnknownRule(sessions: $0), ComparableNotCitableRule(sessions: $0)] } ?? [])
            + (today.map { [ProposalDatePastRule(today: $0)] } ?? [])
    }

    /// `sessions`: the sessions that read without errors, nil when none were
    /// read (the profile's choice of sessions is then not checked); `today`:
    /// `YYYY-MM-DD`, nil not to weigh the proposal's date.
    public static func check(
        _ profile: OrganisationProfile, offer: Offer?, sessions: [Session]? = nil, today: String? = nil
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in rules + contextRules(sessions: sessions, today: today) { rule.check(profile, offer: offer, into: &diagnostics) }
        return diagnostics.sortedByPosition()
    }
}
