import BegeleidModel

/// A series needs its number of sessions: it sets the phases, planning and price.
struct SeriesWithoutCountRule: ProfileRule {
    let code: DiagnosticCode = .seriesWithoutCount

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.form == .series, profile.sessionCount == nil, profile.keyLocations["sessies"] == nil else { return }
        diagnostics.append(finding(
            .error, profile, at: "vorm",
            nl: "een reeks heeft een aantal sessies nodig: zet “sessies: 3” (of een ander aantal) in het profiel",
            en: "a series needs a number of sessions: add “sessions: 3” (or another number) to the profile"))
    }
}
