import BegeleidModel

/// A proposal dated before today plans its meetings and its validity from a
/// day that has passed. Only a finding reads today's date: the proposal's
/// bytes stay the same whatever day it is built.
struct ProposalDatePastRule: ProfileRule {
    let code: DiagnosticCode = .proposalDatePast
    /// `YYYY-MM-DD`.
    let today: String

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        // ISO dates compare as text.
        guard let date = profile.date, date < today else { return }
        diagnostics.append(finding(
            .warning, profile, at: "datum",
            nl: "de datum van het voorstel (\(date)) ligt vóór vandaag (\(today)); planning en geldigheid tellen vanaf die datum",
            en: "the proposal's date (\(date)) lies before today (\(today)); its planning and validity count from that date"))
    }
}
