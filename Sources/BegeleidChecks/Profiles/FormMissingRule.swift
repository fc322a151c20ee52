import BegeleidModel

/// A profile that does not say what is asked for gets a proposal for one session.
struct FormMissingRule: ProfileRule {
    let code: DiagnosticCode = .formMissing

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.form == nil, profile.keyLocations["vorm"] == nil else { return }
        diagnostics.append(finding(
            .warning, profile, at: nil,
            nl: "het profiel noemt geen “vorm” (sessie, reeks of training); het voorstel gaat uit van één sessie",
            en: "the profile gives no “form” (session, series or training); the proposal offers one session"))
    }
}
