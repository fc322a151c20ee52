import BegeleidModel

/// A YAML key with a Dutch name (`rawValue`) and English aliases.
protocol SpelledKey: RawRepresentable<String>, CaseIterable, Sendable {
    var aliases: [String] { get }
}

extension SpelledKey {
    /// Every spelling, for "did you mean" on unknown keys.
    static var allSpellings: [String] { allCases.flatMap { [$0.rawValue] + $0.aliases } }

    /// The key a spelling names, compared without case, diacritics or extra spaces.
    init?(spelling: String) {
        let lowered = Names.key(spelling)
        guard let key = Self.allCases.first(where: { $0.rawValue == lowered || $0.aliases.contains(lowered) }) else {
            return nil
        }
        self = key
    }
}

/// The front-matter keys of FORMAT.md: the Dutch name first, then its aliases.
enum FrontMatterKey: String, SpelledKey {
    case title = "titel"
    case organisation = "organisatie"
    case technology = "technologie"
    case date = "datum"
    case phase = "fase"
    case moderator = "moderator"
    case coModerator = "co-moderator"
    case location = "locatie"
    case language = "taal"
    case participants = "deelnemers"
    case names = "namen"
    case isPublic = "openbaar"
    case labels = "labels"
    case status = "status"
    case commissioner = "opdrachtgever"
    case follows = "vervolg_op"

    var aliases: [String] {
        switch self {
        case .title: return ["title"]
        case .organisation: return ["organisation", "organization", "organisaties", "organisations", "organizations"]
        case .technology: return ["technology"]
        case .date: return ["date"]
        case .phase: return ["phase"]
        case .moderator: return []
        case .coModerator: return ["comoderator", "co_moderator"]
        case .location: return ["location"]
        case .language: return ["language"]
        case .participants: return ["participants"]
        case .names: return ["names"]
        case .isPublic: return ["public"]
        case .labels: return ["tags"]
        case .status: return []
        case .commissioner: return ["commissioner", "initiator"]
        case .follows: return ["follows", "vervolg-op", "vervolg op", "vervolgop", "follows-up", "follow-up-of"]
        }
    }

    var isRequired: Bool {
        switch self {
        case .title, .organisation, .technology, .date: return true
        default: return false
        }
    }
}

/// Keys inside one entry of `deelnemers`.
enum ParticipantKey: String, SpelledKey {
    case role = "rol"
    case organisation = "organisatie"
    case name = "naam"

    var aliases: [String] {
        switch self {
        case .role: return ["role"]
        case .organisation: return ["organisation", "organization"]
        case .name: return ["name"]
        }
    }

    /// The spellings of the keys whose values a report shows (`rol`, `organisatie`).
    static let shownSpellings = [role, organisation].flatMap { [$0.rawValue] + $0.aliases }
}

extension FrontMatterKey {
    /// A key that nearly spells `deelnemers` (`deelnemrs`): its value may hold names all the same.
    static func isNearParticipants(_ spelling: String) -> Bool {
        // `nearest` decides on the spelling's key alone: for every key of the front matter (what nearly all
        // notes use) the answer is worked out once.
        nearParticipantsByKnownKey[Names.key(spelling)] ?? isNearParticipantsWorkedOut(spelling)
    }

    private static func isNearParticipantsWorkedOut(_ spelling: String) -> Bool {
        Names.nearest(to: spelling, in: [participants.rawValue] + participants.aliases) != nil
    }

    private static let nearParticipantsByKnownKey = Dictionary(
        allSpellings.map { spelling in (Names.key(spelling), isNearParticipantsWorkedOut(spelling)) },
        uniquingKeysWith: { first, _ in first })
}
