import BegeleidModel

/// How an organisation's name reads in running text: `naam_in_zin` as
/// written; else, in a Dutch proposal, a name that starts with the kind of
/// body takes its article and a small letter (`Provincie Utrecht` → `de
/// provincie Utrecht`, `Waterschap Vechtstromen` → `het waterschap
/// Vechtstromen`); any other name as it is.
enum OrganisationName {
    static let dutchArticles: [String: String] = [
        "gemeente": "de", "provincie": "de", "ggd": "de", "rijksoverheid": "de", "belastingdienst": "de",
        "waterschap": "het", "hoogheemraadschap": "het", "ministerie": "het", "wetterskip": "het",
    ]

    static func inSentence(_ profile: OrganisationProfile) -> String {
        if let written = profile.nameInSentence { return written }
        guard profile.language == .dutch, let first = profile.name.split(separator: " ").first else { return profile.name }
        let word = first.lowercased()
        guard let article = dutchArticles[word] else { return profile.name }
        // An abbreviation (GGD) keeps its capitals.
        let lead = first == first.uppercased() ? String(first) : word
        return "\(article) \(lead)\(profile.name.dropFirst(first.count))"
    }

    /// The same at the start of a sentence: `De provincie Utrecht`.
    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
