import BegeleidModel

/// A joint training trains at least one person per institution; an
/// institution without trainees would still be charged and scheduled.
struct TraineesPerInstitutionRule: ProfileRule {
    let code: DiagnosticCode = .traineesFewerThanInstitutions

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.effectiveForm == .training, !profile.partners.isEmpty else { return }
        let institutions = profile.partners.count + 1
        let trainees = profile.participantCount ?? offer?.forms[.training]?.defaultParticipants ?? institutions
        guard trainees < institutions else { return }
        diagnostics.append(finding(
            .error, profile, at: profile.keyLocations["deelnemers"] == nil ? "samenwerkingspartners" : "deelnemers",
            nl: "\(trainees) op te leiden mensen voor \(institutions) instellingen: elke instelling heeft er minstens één nodig",
            en: "\(trainees) people to train for \(institutions) institutions: each institution needs at least one"))
    }
}
