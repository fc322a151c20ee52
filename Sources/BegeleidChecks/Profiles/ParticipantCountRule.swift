import BegeleidModel

/// A dialogue works with a group that is neither a handful nor an audience.
struct ParticipantCountRule: ProfileRule {
    let code: DiagnosticCode = .participantsUnusual
    static let workable = 6...30

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.effectiveForm != .training, let count = profile.participantCount,
              !Self.workable.contains(count) else { return }
        diagnostics.append(finding(
            .warning, profile, at: "deelnemers",
            nl: "\(count) deelnemers per sessie is ongebruikelijk; een dialoog werkt met \(Self.workable.lowerBound) tot \(Self.workable.upperBound) mensen",
            en: "\(count) participants per session is unusual; a dialogue works with \(Self.workable.lowerBound) to \(Self.workable.upperBound) people"))
    }
}
