import BegeleidModel

/// What the series pass needs of one session read without errors: small, so
/// that it can be kept for every session of a large build.
public struct SeriesNode: Sendable {
    public struct OptionInfo: Sendable {
        public var id: String
        public var text: String
        /// `Names.key` of the text without Markdown markup, for matching: made when asked (only
        /// the options of a series are), not kept for every option of every session.
        var key: String { Names.key(SeriesNode.unmarked(text)) }
        public var direction: Direction?
        public var isPriority: Bool
        public var owners: [String]
        public var due: String?
    }

    public var slug: String
    public var path: String
    public var title: String
    public var date: String
    public var status: SessionStatus
    public var isPublic: Bool
    public var follows: String?
    var followsLocation: SourceLocation
    /// The `## Opvolging` heading, where "niet besproken" is reported.
    var followUpHeading: SourceLocation?
    public var options: [OptionInfo]
    var followUp: [FollowUpItem]
    /// Made without options and follow-up (`SeriesNode(_:light:)`): what a session that follows
    /// nothing is kept as until some session turns out to follow it.
    public private(set) var isLight = false

    /// Public and definitief: what a public report or page may show.
    public var isPublished: Bool { isPublic && status == .final }

    /// `light`: without options and follow-up (not even made), for a session that follows no other
    /// (ten thousand sessions' options were a fifth of a build's memory); the series pass needs them
    /// only of a session that another one follows, and makes that node again in full.
    public init(_ session: Session, light: Bool = false) {
        slug = session.slug
        path = session.path
        title = session.meta.title
        date = session.meta.date
        status = session.meta.status
        isPublic = session.meta.isPublic
        follows = session.meta.follows
        followsLocation = session.meta.followsLocation ?? session.outline.bodyStart
        followUpHeading = session.outline.sections.first { $0.kind == .followUp }?.heading.location
        isLight = light
        guard !light else {
            options = []
            followUp = []
            return
        }
        let actorNames = Dictionary(session.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        options = session.options.map { option in
            OptionInfo(
                id: option.id, text: option.text.markdown,
                direction: option.direction, isPriority: option.isPriority,
                owners: option.actors.compactMap(\.target).compactMap { actorNames[$0] }, due: option.due?.date)
        }
        followUp = session.followUp
    }

    /// The light node of a session that follows nothing, from what a build's cache keeps of it
    /// (BuildCache.Summary): the same as `SeriesNode(session, light: true)`, without reading the session.
    public init(slug: String, path: String, title: String, date: String, status: SessionStatus, isPublic: Bool) {
        self.slug = slug
        self.path = path
        self.title = title
        self.date = date
        self.status = status
        self.isPublic = isPublic
        follows = nil
        // Where a link would be reported: this session has none.
        followsLocation = SourceLocation(line: 1, column: 1)
        followUpHeading = nil
        options = []
        followUp = []
        isLight = true
    }

    /// Inline Markdown markup left out (`*model*` → `model`, `[a](b)` → `a`), as the co-moderator would retype it.
    static func unmarked(_ markdown: String) -> String {
        var result = ""
        var skippingDestination = false
        var previous: Character?
        for character in markdown {
            defer { previous = character }
            if skippingDestination {
                if character == ")" { skippingDestination = false }
                continue
            }
            if character == "(", previous == "]" {
                skippingDestination = true
                continue
            }
            if "*_`~[]\\".contains(character) { continue }
            result.append(character)
        }
        return result
    }

    func reviewed(_ option: OptionInfo, status: FollowUpStatus? = nil, explanation: String? = nil) -> ReviewedOption {
        ReviewedOption(
            session: slug, sessionTitle: title, sessionDate: date, sessionPublished: isPublished, option: option.id,
            text: option.text, direction: option.direction, isPriority: option.isPriority, owners: option.owners,
            due: option.due, status: status, explanation: explanation)
    }
}
