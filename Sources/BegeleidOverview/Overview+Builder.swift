import BegeleidModel

extension Overview {
    /// The overview made one session at a time (`add`, in the sessions' order), so that a build
    /// streams its sessions through it instead of holding them all: what it keeps is the summaries.
    public struct Builder: Sendable {
        let synonyms: ValueSynonyms
        private var sessions: [SessionInfo] = []
        // Summaries live in one array and are changed in place (no copies of growing lists).
        private var summaries: [ValueSummary] = []
        private var index: [String: Int] = [:]
        private var spellingCounts: [String: [String: Int]] = [:]
        // Per session: an option naming two synonyms of one value counts once for it.
        private var seenOptions: [Int: Set<String>] = [:]
        // A label is written as it was first met (`mobiliteit` and `Mobiliteit` are one).
        private var labelNames: [String: String] = [:]
        private var perLabel: [String: Int] = [:]
        private var perOrganisation: [String: Int] = [:]
        private var technologyNames: [String: String] = [:]
        private var perTechnology: [String: Int] = [:]
        private var perTechnologyLabel: [TechnologyLabel: Int] = [:]
        private var technologyLabels: [String: Set<String>] = [:]

        public init(synonyms: ValueSynonyms = ValueSynonyms()) { self.synonyms = synonyms }

        public mutating func add(_ session: Session) {
            add(SessionDigest(session))
        }

        /// Adds a session as the build keeps it for the pages across sessions (all the overview needs).
        public mutating func add(_ session: SessionDigest) {
            let meta = session.meta
            sessions.append(SessionInfo(slug: session.slug, date: meta.date, language: meta.language))
            // Met first in this session or in one before it: the same spelling as a first pass over all would give.
            for label in meta.labels where labelNames[Names.key(label)] == nil { labelNames[Names.key(label)] = label }
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
            let secured = Set(session.options.flatMap(\.values))
            // The strongest involvement per value of this session (two synonyms: counted once).
            var involvements: [Int: Involvement] = [:]
            let organisations = Set(meta.organisations)
            for label in sessionLabels { perLabel[label, default: 0] += 1 }
            for organisation in organisations { perOrganisation[organisation, default: 0] += 1 }
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
                    for label in sessionLabels { summaries[at].byLabel[label, default: 0] += 1 }
                    for organisation in organisations { summaries[at].byOrganisation[organisation, default: 0] += 1 }
                }
                let involvement = Involvement(value.status, id: value.id, secured: secured)
                involvements[at] = max(involvements[at] ?? involvement, involvement)
                // An option naming two synonyms of one value counts once for it.
                for option in session.options where option.values.contains(value.id)
                    && seenOptions[at, default: []].insert(option.id).inserted {
                    if let direction = option.direction { summaries[at].directions[direction, default: 0] += 1 }
                    summaries[at].optionCount += 1
                    if summaries[at].options.count < Overview.keptOptions {
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

        public func overview() -> Overview {
            var summaries = summaries
            for at in summaries.indices where synonyms.resolve(summaries[at].name).name == nil {
                // No canonical name: the spelling used most, the first one on a tie.
                let counts = spellingCounts[summaries[at].key] ?? [:]
                let spellings = summaries[at].spellings
                if let best = spellings.enumerated().max(by: { ((counts[$0.element] ?? 0), -$0.offset) < ((counts[$1.element] ?? 0), -$1.offset) }) {
                    summaries[at].name = best.element
                }
            }
            let values = summaries.sorted {
                ($0.sessions.count, $0.coreIn.count) != ($1.sessions.count, $1.coreIn.count)
                    ? ($0.sessions.count, $0.coreIn.count) > ($1.sessions.count, $1.coreIn.count)
                    : Names.key($0.name) < Names.key($1.name)
            }
            // Sorted by key, each key made once (not twice per comparison).
            var overview = Overview(
                sessions: sessions, values: values, labels: labelNames.sorted { $0.key < $1.key }.map(\.value),
                organisations: perOrganisation.keys.sorted { (Names.key($0), $0) < (Names.key($1), $1) },
                sessionsPerLabel: perLabel, sessionsPerOrganisation: perOrganisation)
            overview.technologies = technologyNames.sorted { $0.key < $1.key }.map(\.value)
            overview.labelsPerTechnology = technologyLabels.mapValues { $0.sorted { Names.key($0) < Names.key($1) } }
            overview.sessionsPerTechnology = perTechnology
            overview.sessionsPerTechnologyLabel = perTechnologyLabel
            return overview
        }
    }
}
