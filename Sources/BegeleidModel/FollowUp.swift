/// What became of an earlier option, as a follow-up session records it.
public enum FollowUpStatus: String, Sendable, Codable, CaseIterable {
    case open
    case inProgress = "in-progress"
    case done
    case rejected

    /// Every spelling accepted in `## Opvolging`, Dutch first.
    public var spellings: [String] {
        switch self {
        case .open: return ["open"]
        case .inProgress: return ["loopt", "in progress", "in uitvoering", "bezig", "in-progress"]
        case .done: return ["gedaan", "done", "klaar"]
        case .rejected: return ["afgewezen", "rejected", "vervallen"]
        }
    }

    public static let allSpellings: [String] = allCases.flatMap(\.spellings)

    /// The status a spelling names, compared like other names.
    public init?(spelling: String) {
        let key = Names.key(spelling)
        guard let status = Self.allCases.first(where: { $0.spellings.contains(key) }) else { return nil }
        self = status
    }

    /// Still to be carried out: a later session of the series may report on it again.
    public var isOpen: Bool { self == .open || self == .inProgress }
}

/// One item of `## Opvolging`: `- gedaan: <option text or its beginning> — explanation`.
public struct FollowUpItem: Sendable, Equatable, Codable {
    /// The status as written (before the colon).
    public var statusWritten: String
    /// Nil when the written status is not one of FollowUpStatus's spellings.
    public var status: FollowUpStatus?
    /// The option named, as plain text (its whole text or its beginning).
    public var optionText: String
    public var explanation: RichText?
    public var location: SourceLocation
    /// Where the option's text starts.
    public var textLocation: SourceLocation

    public init(
        statusWritten: String, status: FollowUpStatus?, optionText: String, explanation: RichText?,
        location: SourceLocation, textLocation: SourceLocation
    ) {
        self.statusWritten = statusWritten
        self.status = status
        self.optionText = optionText
        self.explanation = explanation
        self.location = location
        self.textLocation = textLocation
    }
}

/// An option of an earlier session of the series, as a follow-up sees it.
public struct ReviewedOption: Sendable, Equatable, Codable {
    /// The slug, title and date of the session the option comes from.
    public var session: String
    public var sessionTitle: String
    public var sessionDate: String
    /// Whether that session is public and definitief (a public report only shows those).
    public var sessionPublished: Bool
    public var option: String
    public var text: String
    public var direction: Direction?
    public var isPriority: Bool
    /// The names of the actors who take it up.
    public var owners: [String]
    public var due: String?
    /// The status this follow-up gives it (nil: not discussed).
    public var status: FollowUpStatus?
    public var explanation: String?

    public init(
        session: String, sessionTitle: String, sessionDate: String, sessionPublished: Bool, option: String, text: String,
        direction: Direction?, isPriority: Bool, owners: [String], due: String?, status: FollowUpStatus? = nil,
        explanation: String? = nil
    ) {
        self.session = session
        self.sessionTitle = sessionTitle
        self.sessionDate = sessionDate
        self.sessionPublished = sessionPublished
        self.option = option
        self.text = text
        self.direction = direction
        self.isPriority = isPriority
        self.owners = owners
        self.due = due
        self.status = status
        self.explanation = explanation
    }
}

extension ReviewedOption {
    /// Whether the option was due before `date` (ISO) and is neither done nor rejected: over time at a session of that
    /// date (blind tester 37: “uiterlijk 30 juni” still said “loopt” in November, unmarked). Judged against a session's
    /// date, not today: the same notes give the same report on any day.
    public func isOverdue(asOf date: String) -> Bool {
        guard let due, status != .done, status != .rejected else { return false }
        return due < date
    }
}

/// Why a follow-up's `vervolg_op` leads to no review that waiting would bring (set beside `Session.review`, which is then
/// nil): a concept, or the live preview, is shown with the finding, and its report said it waited for the earlier
/// sessions (a session that was not there, or one that followed it).
public enum FollowsProblem: String, Sendable, Codable {
    /// No session of that name.
    case unknown
    /// The series goes round in a loop.
    case loop
    /// The session named is dated after this one.
    case later
}

/// What a follow-up session made of its series, worked out over all sessions:
/// the earlier options it discussed (with their status) and the open ones it did not.
public struct FollowUpReview: Sendable, Equatable, Codable {
    public var discussed: [ReviewedOption]
    public var notDiscussed: [ReviewedOption]

    public init(discussed: [ReviewedOption] = [], notDiscussed: [ReviewedOption] = []) {
        self.discussed = discussed
        self.notDiscussed = notDiscussed
    }

    /// Only options of sessions that are public and definitief (for a public report).
    public var published: FollowUpReview {
        FollowUpReview(discussed: discussed.filter(\.sessionPublished), notDiscussed: notDiscussed.filter(\.sessionPublished))
    }
}
