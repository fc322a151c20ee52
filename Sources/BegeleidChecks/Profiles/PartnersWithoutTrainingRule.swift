import BegeleidModel

/// Partners only shape a joint training; for other forms they are ignored.
struct PartnersWithoutTrainingRule: ProfileRule {
    let code: DiagnosticCode = .partnersWithoutTraining

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.effectiveForm != .training, !profile.partners.isEmpty else { return }
        diagnostics.append(finding(
            .warning, profile, at: "samenwerkingspartners",
            nl: "“samenwerkingspartners” telt alleen bij de vorm “training” en wordt genegeerd",
            en: "“partners” only counts for the form “training” and is ignored"))
    }
}
