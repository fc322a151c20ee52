import BegeleidModel

/// Without a date the planning counts in weeks and the validity has no end date.
struct DateMissingRule: ProfileRule {
    let code: DiagnosticCode = .dateMissing

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.date == nil, profile.keyLocations["datum"] == nil else { return }
        diagnostics.append(finding(
            .warning, profile, at: nil,
            nl: "het profiel heeft geen “datum”; de planning telt dan in weken en de geldigheid krijgt geen einddatum",
            en: "the profile has no “date”; the planning then counts in weeks and the validity has no end date"))
    }
}
