/// An organisation that asked for a proposal, read from
/// `Input/organisaties/<slug>.yaml`.
public struct OrganisationProfile: Sendable, Equatable {
    public var slug: String
    public var path: String
    public var name: String
    public var kind: OrganisationKind?
    public var contact: Contact?
    public var technologies: [ProfileTechnology]
    /// What is asked for; nil when the profile does not say (a single session is assumed).
    public var form: ProposalForm?
    /// The number of sessions of a series.
    public var sessionCount: Int?
    /// Participants per session, or people to train for a training.
    public var participantCount: Int?
    /// Cooperating institutions of a joint training.
    public var partners: [String]
    public var language: Language
    /// The proposal's date, ISO `YYYY-MM-DD`; planning and validity count from it.
    public var date: String?
    /// When a session starts, overriding the offer's default.
    public var startTime: ClockTime?
    /// Words to find comparable earlier sessions by, beside the technologies.
    public var labels: [String]
    /// The name as it reads mid-sentence (`de provincie Utrecht`); nil: derived from `name`.
    public var nameInSentence: String?
    /// Whose public and school holidays the planning avoids.
    public var country: Country
    /// Sessions to cite, by slug, in this order; nil: chosen by technology and labels; empty: none (`geen`).
    public var comparables: [String]?
    /// Sessions never to cite, by slug.
    public var notComparable: [String]
    /// Where each slug of `vergelijkbaar` and `niet_vergelijkbaar` was written.
    public var slugLocations: [String: SourceLocation]
    /// Where each key (by its Dutch name) was written, for the profile rules.
    public var keyLocations: [String: SourceLocation]

    public init(
        slug: String, path: String, name: String = "", kind: OrganisationKind? = nil, contact: Contact? = nil,
        technologies: [ProfileTechnology] = [], form: ProposalForm? = nil, sessionCount: Int? = nil,
        participantCount: Int? = nil, partners: [String] = [], language: Language = .dutch, date: String? = nil,
        startTime: ClockTime? = nil, labels: [String] = [], keyLocations: [String: SourceLocation] = [:],
        nameInSentence: String? = nil, country: Country = .netherlands, comparables: [String]? = nil,
        notComparable: [String] = [], slugLocations: [String: SourceLocation] = [:]
    ) {
        self.nameInSentence = nameInSentence
        self.country = country
        self.comparables = comparables
        self.notComparable = notComparable
        self.slugLocations = slugLocations
        self.slug = slug
        self.path = path
        self.name = name
        self.kind = kind
        self.contact = contact
        self.technologies = technologies
        self.form = form
        self.sessionCount = sessionCount
        self.participantCount = participantCount
        self.partners = partners
        self.language = language
        self.date = date
        self.startTime = startTime
        self.labels = labels
        self.keyLocations = keyLocations
    }

    /// The form the proposal offers: the one asked for, else one session.
    public var effectiveForm: ProposalForm { form ?? .session }
}

/// The country whose public and school holidays a planning avoids (`land`).
public enum Country: String, Sendable, CaseIterable, Codable {
    case netherlands = "nl"
    case belgium = "be"
}

/// The kind of organisation (`soort`), for matching earlier sessions.
public enum OrganisationKind: String, Sendable, CaseIterable, Codable {
    case municipality = "gemeente"
    case province = "provincie"
    case centralGovernment = "rijk"
    case agency = "uitvoeringsorganisatie"
    case waterBoard = "waterschap"
    case care = "zorg"
    case education = "onderwijs"
    case other = "anders"
}

/// What an organisation can ask for: the forms of the offer.
public enum ProposalForm: String, Sendable, CaseIterable, Codable {
    /// One session about one technology.
    case session = "sessie"
    /// Sessions over the phases of an implementation.
    case series = "reeks"
    /// Training the organisation's own moderators.
    case training = "training"

    /// Its name in English, as a profile may write it (`rawValue` is the Dutch).
    public var english: String {
        switch self {
        case .session: "session"
        case .series: "series"
        case .training: "training"
        }
    }
}

/// The person a proposal is addressed to.
public struct Contact: Sendable, Equatable {
    public var name: String?
    public var email: String?
    /// The letter's opening as the consultant wrote it (`Geachte mevrouw Van den Berg,`).
    public var salutation: String?

    public init(name: String? = nil, email: String? = nil, salutation: String? = nil) {
        self.name = name
        self.email = email
        self.salutation = salutation
    }
}

/// A technology the organisation works on, and where it stands.
public struct ProfileTechnology: Sendable, Equatable {
    public var name: String
    public var description: String?
    public var phase: Phase?

    public init(name: String, description: String? = nil, phase: Phase? = nil) {
        self.name = name
        self.description = description
        self.phase = phase
    }
}
