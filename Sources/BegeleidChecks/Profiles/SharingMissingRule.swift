import BegeleidModel

/// A joint training should say how the institutions share results; the offer holds that text.
struct SharingMissingRule: ProfileRule {
    let code: DiagnosticCode = .sharingMissing

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.effectiveForm == .training, !profile.partners.isEmpty,
              let form = offer?.forms[.training], form.sharing == nil else { return }
        diagnostics.append(finding(
            .warning, profile, at: "samenwerkingspartners",
            nl: "een gezamenlijke training, maar het aanbod zegt onder “training” niet hoe instellingen uitkomsten delen (“delen”)",
            en: "a joint training, but the offer does not say under “training” how institutions share results (“sharing”)"))
    }
}
