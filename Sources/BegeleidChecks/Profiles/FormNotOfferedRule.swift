import BegeleidModel

/// The form asked for must be described in `aanbod.yaml`.
struct FormNotOfferedRule: ProfileRule {
    let code: DiagnosticCode = .formNotOffered

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard let offer, offer.forms[profile.effectiveForm] == nil else { return }
        let form = profile.effectiveForm.rawValue
        diagnostics.append(finding(
            .error, profile, at: "vorm",
            nl: "het aanbod (\(offer.path)) beschrijft de vorm “\(form)” niet; voeg die toe onder “vormen”",
            en: "the offer (\(offer.path)) does not describe the form “\(form)”; add it under “forms”"))
    }
}
