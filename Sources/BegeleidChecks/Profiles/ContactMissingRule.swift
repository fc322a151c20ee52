import BegeleidModel

/// A proposal is addressed to someone.
struct ContactMissingRule: ProfileRule {
    let code: DiagnosticCode = .contactMissing

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.contact?.name == nil else { return }
        diagnostics.append(finding(
            .warning, profile, at: "contact",
            nl: "het profiel noemt geen contactpersoon (“contact: naam: …”); het voorstel is dan aan de organisatie gericht",
            en: "the profile names no contact (“contact: name: …”); the proposal is then addressed to the organisation"))
    }
}
