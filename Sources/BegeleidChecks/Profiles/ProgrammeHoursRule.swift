import BegeleidModel

/// A programme that starts before 7:00 or ends after 22:00 is probably a typo in `aanvang`.
struct ProgrammeHoursRule: ProfileRule {
    let code: DiagnosticCode = .programmeUnusualHours

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard let start = profile.startTime, let offer, let form = offer.forms[profile.effectiveForm] else { return }
        let end = form.programmeEnd(from: start)
        guard start.minutes < 7 * 60 || (end.minutes > 22 * 60 && end.minutes <= 24 * 60) else { return }
        diagnostics.append(finding(
            .warning, profile, at: "aanvang",
            nl: "het programma loopt van \(start.text) tot \(end.text); klopt de “aanvang”?",
            en: "the programme runs from \(start.text) to \(end.text); is the “start” right?"))
    }
}
