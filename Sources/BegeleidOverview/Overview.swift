import BegeleidModel

/// What many sessions said, value by value: how often each value comes back
/// (as a value, as a core value), by phase, technology label and
/// organisation; which directions its options fall in; the options
/// themselves with their session. Names are merged by `Names.key` and the
/// synonyms of `Input/waarden.yaml`.
public struct Overview: Sendable {
    public struct ValueSummary: Sendable {
        public var key: String
        /// The canonical name, else the spelling used most (first seen on a tie).
        public var name: String
        /// Slugs of the sessions that name this value, in session order.
        public var sessions: [String]
        /// The sessions where it was core, worked out (options, not core), parked, or only named: each session in one.
        public var coreIn: [String]
        public var workedOutIn: [String] = []
        public var parkedIn: [String]
        public var namedOnlyIn: [String] = []
        /// The same four counts per technology (as first written) and per technology and label.
        public var byTechnology: [String: InvolvementCounts] = [:]
        public var byTechnologyLabel: [TechnologyLabel: InvolvementCounts] = [:]
        public var byPhase: [Phase: Int]
        public var byLabel: [String: Int]
        public var byOrganisation: [String: Int]
        public var directions: [Direction: Int]
        /// The first `keptOptions` options proposed for it, in the sessions' order
        /// (the rest are in the CSV); `optionCount` counts them all.
        public var options: [ProposedOption]
        public var optionCount: Int
        /// Every spelling met, for the record (`Privacy`, `privacy`, `Persoonlijke levenssfeer`).
        public var spellings: [String]
    }

    /// An option proposed for a value, with where it came from.
    public struct ProposedOption: Sendable {
        public var session: String
        public var sessionTitle: String
        public var option: SessionDigest.Option
    }

    /// What the page says of each session counted: slug, date, language (in the order added).
    public struct SessionInfo: Sendable {
        public var slug: String
        public var date: String
        public var language: Language
    }

    public var sessions: [SessionInfo]
    /// Most frequent first, then most often core, then by name.
    public var values: [ValueSummary]
    /// Technology labels and organisations in the collection, sorted.
    public var labels: [String]
    public var organisations: [String]
    /// In how many sessions each label (as listed in `labels`) and each
    /// organisation occurs: counted once, in one pass over the sessions.
    public var sessionsPerLabel: [String: Int]
    public var sessionsPerOrganisation: [String: Int]
    /// Technologies (`technologie`, merged like names, written as first met), sorted;
    /// the labels of each technology's sessions, sorted; how many sessions each has.
    public var technologies: [String] = []
    public var labelsPerTechnology: [String: [String]] = [:]
    public var sessionsPerTechnology: [String: Int] = [:]
    public var sessionsPerTechnologyLabel: [TechnologyLabel: Int] = [:]

    /// Options kept per value: a page shows some, the CSV holds them all
    /// (ten thousand sessions propose some 150,000).
    public static let keptOptions = 100

    public init(sessions: [Session], synonyms: ValueSynonyms = ValueSynonyms()) {
        var builder = Builder(synonyms: synonyms)
        for session in sessions { builder.add(session) }
        self = builder.overview()
    }

    /// The overview as it stands after `Builder.add`: made by `Builder.overview()`.
    init(sessions: [SessionInfo], values: [ValueSummary], labels: [String], organisations: [String],
         sessionsPerLabel: [String: Int], sessionsPerOrganisation: [String: Int]) {
        self.sessions = sessions
        self.values = values
        self.labels = labels
        self.organisations = organisations
        self.sessionsPerLabel = sessionsPerLabel
        self.sessionsPerOrganisation = sessionsPerOrganisation
    }
}
