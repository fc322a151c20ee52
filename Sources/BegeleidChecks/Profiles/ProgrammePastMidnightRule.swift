import BegeleidModel

/// A programme that starts too late to end the same day.
struct ProgrammePastMidnightRule: ProfileRule {
    let code: DiagnosticCode = .programmePastMidnight

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard let offer, let form = offer.forms[profile.effectiveForm] else { return }
        let start = profile.startTime ?? offer.startTime
        let end = form.programmeEnd(from: start)
        guard end.minutes > 24 * 60 else { return }
        diagnostics.append(finding(
            .error, profile, at: profile.startTime == nil ? nil : "aanvang",
            nl: "het programma begint om \(start.text) en duurt tot na middernacht (\(end.text)); kies een vroegere “aanvang”",
            en: "the programme starts at \(start.text) and runs past midnight (\(end.text)); choose an earlier “start”"))
    }
}
