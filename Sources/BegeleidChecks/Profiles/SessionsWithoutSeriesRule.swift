import BegeleidModel

/// `sessies` only counts for a series; elsewhere it is ignored, and said so.
struct SessionsWithoutSeriesRule: ProfileRule {
    let code: DiagnosticCode = .sessionsWithoutSeries

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.effectiveForm != .series, profile.keyLocations["sessies"] != nil else { return }
        diagnostics.append(finding(
            .warning, profile, at: "sessies",
            nl: "“sessies” telt alleen bij de vorm “reeks” en wordt genegeerd; bedoel je “vorm: reeks”?",
            en: "“sessions” only counts for the form “series” and is ignored; did you mean “form: series”?"))
    }
}
