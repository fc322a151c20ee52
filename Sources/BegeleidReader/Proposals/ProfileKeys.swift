import BegeleidModel

/// The keys of an organisation profile (FORMAT.md): Dutch name, English aliases.
enum ProfileKey: String, SpelledKey {
    case name = "naam"
    case kind = "soort"
    case contact = "contact"
    case technologies = "technologieen"
    case form = "vorm"
    case sessions = "sessies"
    case participants = "deelnemers"
    case partners = "samenwerkingspartners"
    case language = "taal"
    case date = "datum"
    case startTime = "aanvang"
    case labels = "labels"
    case nameInSentence = "naam_in_zin"
    case country = "land"
    case comparable = "vergelijkbaar"
    case notComparable = "niet_vergelijkbaar"

    var aliases: [String] {
        switch self {
        case .name: return ["name", "organisatie", "organisation", "organization"]
        case .kind: return ["type", "kind"]
        case .contact: return ["contactpersoon", "contact person"]
        case .technologies: return ["technologies", "technologie", "technology"]
        case .form: return ["form"]
        case .sessions: return ["sessions", "aantal sessies", "number of sessions"]
        case .participants: return ["participants"]
        case .partners: return ["partners", "samenwerkende instellingen", "cooperating institutions"]
        case .language: return ["language"]
        case .date: return ["date"]
        case .startTime: return ["begintijd", "start", "start time", "starttijd"]
        case .labels: return ["tags"]
        case .nameInSentence: return ["naam in zin", "naam-in-zin", "name_in_sentence", "name in sentence", "name-in-sentence"]
        case .country: return ["country"]
        case .comparable: return ["comparable", "vergelijkbare sessies", "comparable sessions"]
        case .notComparable: return [
            "niet vergelijkbaar", "niet-vergelijkbaar", "not_comparable", "not comparable", "not-comparable",
        ]
        }
    }
}

/// Keys of the profile's `contact`.
enum ContactKey: String, SpelledKey {
    case name = "naam"
    case email = "email"
    case salutation = "aanhef"

    var aliases: [String] {
        switch self {
        case .name: return ["name"]
        case .email: return ["e-mail", "mail"]
        case .salutation: return ["salutation"]
        }
    }
}

/// Keys of one entry of `technologieen`.
enum TechnologyKey: String, SpelledKey {
    case name = "naam"
    case description = "beschrijving"
    case phase = "fase"

    var aliases: [String] {
        switch self {
        case .name: return ["name"]
        case .description: return ["description", "omschrijving"]
        case .phase: return ["phase"]
        }
    }
}

/// The words each choice accepts, Dutch and English, shared by notes, profiles and the offer.
enum Choices {
    static let kinds: [String: OrganisationKind] = [
        "gemeente": .municipality, "municipality": .municipality,
        "provincie": .province, "province": .province,
        "rijk": .centralGovernment, "ministerie": .centralGovernment, "central government": .centralGovernment,
        "ministry": .centralGovernment,
        "uitvoeringsorganisatie": .agency, "agency": .agency, "executive agency": .agency,
        "waterschap": .waterBoard, "water board": .waterBoard, "water authority": .waterBoard,
        "zorg": .care, "healthcare": .care, "care": .care,
        "onderwijs": .education, "education": .education,
        "anders": .other, "other": .other,
    ]
    static let kindsDutch = OrganisationKind.allCases.map(\.rawValue)
    static let kindsEnglish = [
        "municipality", "province", "central government", "agency", "water board", "healthcare", "education", "other",
    ]

    static let forms: [String: ProposalForm] = [
        "sessie": .session, "session": .session, "reeks": .series, "series": .series, "training": .training,
    ]

    static let phases: [String: Phase] = [
        "voorafgaand": .before, "tijdens": .during, "na": .after,
        "before": .before, "during": .during, "after": .after,
    ]

    static let languages: [String: Language] = ["nl": .dutch, "en": .english]

    static let rotas: [String: PracticeRota] = ["rondgang": .round, "round": .round, "apart": .separate, "separate": .separate]

    static let countries: [String: Country] = [
        "nl": .netherlands, "nederland": .netherlands, "netherlands": .netherlands, "the netherlands": .netherlands,
        "be": .belgium, "belgie": .belgium, "belgië": .belgium, "belgium": .belgium,
    ]
}
