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
        public var option: Option
    }

    public var sessions: [Session]
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
        self.sessions = sessions
        // Summaries live in one array and are changed in place (no copies of growing lists).
        var summaries: [ValueSummary] = []
        var index: [String: Int] = [:]
        var spellingCounts: [String: [String: Int]] = [:]
        // Per session: an option naming two synonyms of one value counts once for it.
        var seenOptions: [Int: Set<String>] = [:]
        // A label is written as it was first met (`mobiliteit` and `Mobiliteit` are one).
        var labelNames: [String: String] = [:]
        for label in sessions.flatMap(\.meta.labels) where labelNames[Names.key(label)] == nil {
            labelNames[Names.key(label)] = label
        }
        var perLabel: [String: Int] = [:]
        var perOrganisation: [String: Int] = [:]
        var technologyNames: [String: String] = [:]
        var perTechnology: [String: Int] = [:]
        var perTechnologyLabel: [TechnologyLabel: Int] = [:]
        var technologyLabels: [String: Set<String>] = [:]
        for session in sessions {
            let meta = session.meta
            seenOptions.removeAll(keepingCapacity: true)
            var seenHere: Set<String> = []
            let labelKeys = Set(meta.labels.map(Names.key))
            let technologyKey = Names.key(meta.technology)
            if technologyNames[technologyKey] == nil { technologyNames[technologyKey] = meta.technology }
            let technology = technologyNames[technologyKey] ?? meta.technology
            perTechnology[technology, default: 0] += 1
            let sessionLabels = labelKeys.map { labelNames[$0] ?? $0 }
            technologyLabels[technology, default: []].formUnion(sessionLabels)
            for label in sessionLabels { perTechnologyLabel[TechnologyLabel(technology: technology, label: label), default: 0] += 1 }
            let secured = Set(session.options.flatMap(\.values).compactMap(\.target))
            // The strongest involvement per value of this session (two synonyms: counted once).
            var involvements: [Int: Involvement] = [:]
            for label in labelKeys { perLabel[labelNames[label] ?? label, default: 0] += 1 }
            for organisation in Set(meta.organisations) { perOrganisation[organisation, default: 0] += 1 }
            for value in session.values {
                let (key, canonical) = synonyms.resolve(value.name)
                spellingCounts[key, default: [:]][value.name, default: 0] += 1
                let at: Int
                if let existing = index[key] {
                    at = existing
                } else {
                    at = summaries.count
                    index[key] = at
                    summaries.append(ValueSummary(
                        key: key, name: canonical ?? value.name, sessions: [], coreIn: [], parkedIn: [], byPhase: [:],
                        byLabel: [:], byOrganisation: [:], directions: [:], options: [], optionCount: 0, spellings: []))
                }
                if !summaries[at].spellings.contains(value.name) { summaries[at].spellings.append(value.name) }
                // A value named twice in one session (under two synonyms) counts once there.
                if seenHere.insert(key).inserted {
                    summaries[at].sessions.append(session.slug)
                    if let phase = meta.phase { summaries[at].byPhase[phase, default: 0] += 1 }
                    for label in labelKeys { summaries[at].byLabel[labelNames[label] ?? label, default: 0] += 1 }
                    for organisation in Set(meta.organisations) { summaries[at].byOrganisation[organisation, default: 0] += 1 }
                }
                let involvement = Involvement(value, in: session, secured: secured)
                involvements[at] = max(involvements[at] ?? involvement, involvement)
                // An option naming two synonyms of one value counts once for it.
                for option in session.options where option.values.contains(where: { $0.target == value.id })
                    && seenOptions[at, default: []].insert(option.id).inserted {
                    if let direction = option.direction { summaries[at].directions[direction, default: 0] += 1 }
                    summaries[at].optionCount += 1
                    if summaries[at].options.count < Self.keptOptions {
                        summaries[at].options.append(ProposedOption(session: session.slug, sessionTitle: meta.title, option: option))
                    }
                }
            }
            for (at, involvement) in involvements.sorted(by: { $0.key < $1.key }) {
                switch involvement {
                case .core: summaries[at].coreIn.append(session.slug)
                case .workedOut: summaries[at].workedOutIn.append(session.slug)
                case .parked: summaries[at].parkedIn.append(session.slug)
                case .namedOnly: summaries[at].namedOnlyIn.append(session.slug)
                }
                summaries[at].byTechnology[technology, default: InvolvementCounts()].add(involvement)
                for label in sessionLabels {
                    summaries[at].byTechnologyLabel[TechnologyLabel(technology: technology, label: label), default: InvolvementCounts()]
                        .add(involvement)
                }
            }
        }
        for at in summaries.indices where synonyms.resolve(summaries[at].name).name == nil {
            // No canonical name: the spelling used most, the first one on a tie.
            let counts = spellingCounts[summaries[at].key] ?? [:]
            let spellings = summaries[at].spellings
            if let best = spellings.enumerated().max(by: { ((counts[$0.element] ?? 0), -$0.offset) < ((counts[$1.element] ?? 0), -$1.offset) }) {
                summaries[at].name = best.element
            }
        }
        values = summaries.sorted {
            ($0.sessions.count, $0.coreIn.count) != ($1.sessions.count, $1.coreIn.count)
                ? ($0.sessions.count, $0.coreIn.count) > ($1.sessions.count, $1.coreIn.count)
                : Names.key($0.name) < Names.key($1.name)
        }
        sessionsPerLabel = perLabel
        sessionsPerOrganisation = perOrganisation
        // Sorted by key, each key made once (not twice per comparison).
        labels = labelNames.sorted { $0.key < $1.key }.map(\.value)
        organisations = Array(Set(sessions.flatMap(\.meta.organisations))).sorted { Names.key($0) < Names.key($1) }
        technologies = technologyNames.sorted { $0.key < $1.key }.map(\.value)
        labelsPerTechnology = technologyLabels.mapValues { $0.sorted { Names.key($0) < Names.key($1) } }
        sessionsPerTechnology = perTechnology
        sessionsPerTechnologyLabel = perTechnologyLabel
    }
}
