/// The front matter of a session.
public struct SessionMeta: Sendable, Equatable, Codable {
    public var title: String
    public var organisations: [String]
    public var technology: String
    /// ISO date `YYYY-MM-DD`, validated.
    public var date: String
    public var phase: Phase?
    public var moderator: String?
    public var coModerator: String?
    public var location: String?
    public var language: Language
    public var participants: [Participant]
    public var names: NamesPolicy
    public var isPublic: Bool
    public var labels: [String]
    /// A concept is checked leniently and never published, cited or counted.
    public var status: SessionStatus
    /// Who asked for the session (`opdrachtgever`).
    public var commissioner: String?
    /// `vervolg_op`: the slug of the earlier session this one follows up.
    public var follows: String?
    /// Where `vervolg_op` stands, for findings about the series.
    public var followsLocation: SourceLocation?

    public init(
        title: String = "", organisations: [String] = [], technology: String = "", date: String = "",
        phase: Phase? = nil, moderator: String? = nil, coModerator: String? = nil, location: String? = nil,
        language: Language = .dutch, participants: [Participant] = [], names: NamesPolicy = .anonymous,
        isPublic: Bool = false, labels: [String] = [], status: SessionStatus = .final, commissioner: String? = nil
    ) {
        self.title = title
        self.organisations = organisations
        self.technology = technology
        self.date = date
        self.phase = phase
        self.moderator = moderator
        self.coModerator = coModerator
        self.location = location
        self.language = language
        self.participants = participants
        self.names = names
        self.isPublic = isPublic
        self.labels = labels
        self.status = status
        self.commissioner = commissioner
    }
}

/// Whether the notes are still being written (`concept`) or done (`definitief`).
public enum SessionStatus: String, Sendable, Codable {
    /// Typed live or not yet checked: completeness findings are warnings,
    /// gaps show in the report, and the session is never published.
    case draft
    /// Checked in full; the default when `status` is absent.
    case final
}

/// When in the implementation of the technology the session took place.
public enum Phase: String, Sendable, Codable, CaseIterable {
    case before, during, after
}

/// Whether participants' names may be printed (Chatham House rules by default).
public enum NamesPolicy: String, Sendable, Codable {
    case anonymous, `public`
}

/// Someone at the table, by role; the name only counts when names are public.
public struct Participant: Sendable, Hashable, Codable {
    public var role: String
    public var organisation: String?
    public var name: String?

    public init(role: String, organisation: String? = nil, name: String? = nil) {
        self.role = role
        self.organisation = organisation
        self.name = name
    }
}
