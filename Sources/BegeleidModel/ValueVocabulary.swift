/// The requirements for trustworthy AI of the EU's ALTAI assessment list,
/// which a value of the vocabulary may belong to.
public enum AltaiRequirement: String, Sendable, CaseIterable, Codable {
    case humanAgency = "human-agency"
    case robustness
    case privacy
    case transparency
    case fairness
    case wellbeing
    case accountability

    public var dutch: String {
        switch self {
        case .humanAgency: return "Menselijke controle en toezicht"
        case .robustness: return "Technische robuustheid en veiligheid"
        case .privacy: return "Privacy en datagovernance"
        case .transparency: return "Transparantie"
        case .fairness: return "Diversiteit, non-discriminatie en rechtvaardigheid"
        case .wellbeing: return "Maatschappelijk en ecologisch welzijn"
        case .accountability: return "Verantwoording"
        }
    }

    public var english: String {
        switch self {
        case .humanAgency: return "Human agency and oversight"
        case .robustness: return "Technical robustness and safety"
        case .privacy: return "Privacy and data governance"
        case .transparency: return "Transparency"
        case .fairness: return "Diversity, non-discrimination and fairness"
        case .wellbeing: return "Societal and environmental well-being"
        case .accountability: return "Accountability"
        }
    }
}

/// The bilingual vocabulary of values that recur in guidance-ethics sessions
/// (`Templates/waardenlijst.yaml`): each entry a Dutch and an English name,
/// other spellings, and the ALTAI requirements it belongs to.
public struct ValueVocabulary: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var dutch: String
        public var english: String
        public var others: [String]
        public var altai: [AltaiRequirement]

        public init(dutch: String, english: String, others: [String] = [], altai: [AltaiRequirement] = []) {
            self.dutch = dutch
            self.english = english
            self.others = others
            self.altai = altai
        }

        public var names: [String] { [dutch, english] + others }

        public func name(_ language: Language) -> String { language == .dutch ? dutch : english }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// Every name of every entry, for "did you mean".
    public var allNames: [String] { entries.flatMap(\.names) }

    /// The synonyms of `Input/waarden.yaml` with the vocabulary merged in: each
    /// entry's names count as one value, shown by its name in `language`. The
    /// list of values wins: a name it places stays there, and the entry's other
    /// names join that value.
    public func merged(into synonyms: ValueSynonyms, language: Language) -> ValueSynonyms {
        var merged = synonyms
        for entry in entries {
            let claimed = entry.names.lazy.compactMap { synonyms.canonical[Names.key($0)] }.first
            let target = claimed ?? entry.name(language)
            for name in entry.names where merged.canonical[Names.key(name)] == nil {
                merged.add(name, to: target)
            }
        }
        return merged
    }
}
