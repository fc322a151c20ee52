import BegeleidModel

/// Without `aanhef`, the letter greets the contact as “Beste <naam>,”: with a title before the name that reads
/// “Beste Ir. Hans Ruiterkamp,”.
struct ContactTitleRule: ProfileRule {
    let code: DiagnosticCode = .contactTitle
    static let titles: Set<String> = ["ir", "ing", "drs", "dr", "mr", "prof", "dhr", "mevr", "mw", "bc", "msc", "ma", "ba"]

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        guard let contact = profile.contact, contact.salutation == nil, let name = contact.name,
              let first = name.split(separator: " ").first,
              Self.titles.contains(String(first.lowercased().filter { $0 != "." }))
        else { return }
        diagnostics.append(finding(
            .warning, profile, at: "contact",
            nl: "de aanhef wordt “Beste \(name),”; zet de aanhef zoals ze moet zijn in het profiel (“aanhef: Geachte heer …,”) of laat de titel weg",
            en: "the letter would open “Dear \(name),”; give the salutation as it should be in the profile (“salutation: Dear Mr …,”) or leave out the title"))
    }
}
