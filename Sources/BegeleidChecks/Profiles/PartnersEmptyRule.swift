import BegeleidModel

/// A joint training names its partners; an empty list is a slip, not a choice.
struct PartnersEmptyRule: ProfileRule {
    let code: DiagnosticCode = .partnersEmpty

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.keyLocations["samenwerkingspartners"] != nil, profile.partners.isEmpty else { return }
        diagnostics.append(finding(
            .error, profile, at: "samenwerkingspartners",
            nl: "“samenwerkingspartners” noemt geen enkele instelling; zet ze eronder als lijst (- Naam) of haal de sleutel weg",
            en: "“partners” names no institution; list them below it (- Name) or remove the key"))
    }
}
