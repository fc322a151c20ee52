import BegeleidModel

/// A session `vergelijkbaar` names must be public and final, and name no one: a proposal
/// never cites a session its organisation did not consent to publish, nor a draft, nor
/// one whose participants consented to be named in its report (Comparables.isCitable).
struct ComparableNotCitableRule: ProfileRule {
    let code: DiagnosticCode = .comparableNotCitable
    /// The sessions that read without errors.
    let sessions: [Session]

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        let known = Dictionary(sessions.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for slug in profile.comparables ?? [] {
            guard let session = known[slug],
                  !(session.meta.isPublic && session.meta.status == .final && session.meta.names == .anonymous) else { continue }
            let why = !session.meta.isPublic
                ? LocalizedText(nl: "niet openbaar (openbaar: false)", en: "not public (openbaar: false)")
                : session.meta.status != .final
                ? LocalizedText(nl: "nog een concept (status: concept)", en: "still a draft (status: concept)")
                : LocalizedText(nl: "een sessie die mensen bij naam noemt (namen: openbaar)", en: "a session that names people (namen: openbaar)")
            diagnostics.append(Diagnostic(
                .error, code, path: profile.path, at: profile.slugLocations[slug] ?? SourceLocation(line: 1, column: 1),
                LocalizedText(
                    nl: "de sessie “\(slug)” is \(why.dutch); een voorstel noemt alleen openbare, definitieve sessies zonder namen",
                    en: "the session “\(slug)” is \(why.english); a proposal only cites public, final sessions without names")))
        }
    }
}
