import BegeleidModel

/// Every session `vergelijkbaar` or `niet_vergelijkbaar` names exists (and
/// reads without errors): a slip in an exclusion would otherwise cite the
/// session after all.
struct ComparableUnknownRule: ProfileRule {
    let code: DiagnosticCode = .comparableUnknown
    /// The sessions that read without errors.
    let sessions: [Session]

    func check(_ profile: OrganisationProfile, offer: Offer?, into diagnostics: inout [Diagnostic]) {
        let known = Set(sessions.map(\.slug))
        for slug in (profile.comparables ?? []) + profile.notComparable where !known.contains(slug) {
            diagnostics.append(Diagnostic(
                .error, code, path: profile.path, at: profile.slugLocations[slug] ?? SourceLocation(line: 1, column: 1),
                LocalizedText(
                    // (A session of that name with errors is not told apart from none: the message says both. A tester
                    // was told to mend a slug that was right, when the session had an error.)
                    nl: "er is geen sessie “\(slug)” zonder fouten in sessies/: schrijf de slug (de bestandsnaam zonder .md), of herstel eerst de fouten van die sessie (`begeleid check`)",
                    en: "there is no session “\(slug)” without errors in sessies/: write its slug (the file name without .md), or first mend that session's errors (`begeleid check`)"),
                suggestion: Self.suggestion(for: slug, in: known.sorted())))
        }
    }

    /// The slug meant: one that begins with what was typed, hyphens aside (`zwolle-digitaltwin` for
    /// `zwolle-digital-twin-ringweg`: blind tester 42 got no suggestion), else the nearest spelling.
    static func suggestion(for slug: String, in known: [String]) -> String? {
        let squeezed = { (text: String) in text.filter { $0 != "-" } }
        let typed = squeezed(slug)
        if typed.count >= 5, let longer = known.first(where: { squeezed($0).hasPrefix(typed) }) { return longer }
        return Names.nearest(to: slug, in: known)
    }
}
