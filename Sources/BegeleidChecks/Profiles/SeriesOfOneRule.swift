import BegeleidModel

/// A series of one session is billed and described as a series (phases, a closing report that links the
/// sessions): most likely `vorm: sessie` was meant.
struct SeriesOfOneRule: ProfileRule {
    let code: DiagnosticCode = .seriesOfOne

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard profile.form == .series, profile.sessionCount == 1 else { return }
        diagnostics.append(finding(
            .warning, profile, at: "sessies",
            nl: "een reeks van 1 sessie krijgt een slotrapport dat de sessies verbindt en de tekst van een reeks; bedoel je “vorm: sessie”?",
            en: "a series of 1 session gets a closing report linking the sessions and the text of a series; did you mean “form: session”?"))
    }
}
