import BegeleidModel

/// The reason for a proposal is a concrete technology.
struct TechnologiesMissingRule: ProfileRule {
    let code: DiagnosticCode = .technologiesMissing

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.technologies.isEmpty else { return }
        diagnostics.append(finding(
            .warning, profile, at: "technologieen",
            nl: "het profiel noemt geen technologie (“technologieen”); de aanpak begint bij een concrete technologie",
            en: "the profile names no technology (“technologies”); the approach starts from a concrete technology"))
    }
}
