import BegeleidModel

/// Chooses up to three earlier sessions to cite in a proposal: only sessions
/// whose organisation consented to publishing (`openbaar: true`), ranked by
/// technology, then shared labels, then the kind of organisation.
public enum Comparables {
    public static let limit = 3

    struct Score: Comparable {
        var technology: Int
        var labels: Int
        var kind: Int

        var isRelevant: Bool { technology + labels + kind > 0 }

        static func < (lhs: Score, rhs: Score) -> Bool {
            (lhs.technology, lhs.labels, lhs.kind) < (rhs.technology, rhs.labels, rhs.kind)
        }
    }

    public static func choose(for profile: OrganisationProfile, from sessions: [Session]) -> [ComparableSession] {
        // Only what happened before the proposal's date counts as earlier.
        let earlier = sessions.filter { session in profile.date.map { session.meta.date <= $0 } ?? true }
        let scored = earlier.filter { $0.meta.isPublic && $0.meta.status == .final }.map { (session: $0, score: score($0, for: profile)) }
            .filter(\.score.isRelevant)
        let ranked = scored.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.session.meta.date != $1.session.meta.date { return $0.session.meta.date > $1.session.meta.date }
            return $0.session.slug < $1.session.slug
        }
        return ranked.prefix(limit).map { summary(of: $0.session.publishable()) }
    }

    static func score(_ session: Session, for profile: OrganisationProfile) -> Score {
        let technologies = profile.technologies.map(\.name)
        var technology = 0
        for name in technologies {
            if Names.key(name) == Names.key(session.meta.technology) {
                technology = max(technology, 3)
            } else if !words(name).isDisjoint(with: words(session.meta.technology)) {
                technology = max(technology, 2)
            } else if !words(name).isDisjoint(with: words(session.meta.title)) {
                technology = max(technology, 1)
            }
        }
        let wanted = (profile.labels + technologies).map(Names.key)
        let labels = session.meta.labels.map(Names.key).filter { label in wanted.contains { sameWord(label, $0) } }.count
        let kinds = session.meta.organisations.compactMap(OrganisationKind.guess(from:))
        let kind = profile.kind.map { kinds.contains($0) ? 1 : 0 } ?? 0
        return Score(technology: technology, labels: labels, kind: kind)
    }

    /// Equal, or one the other with a short ending (`algorithm`, `algorithms`; `sensor`, `sensoren`).
    static func sameWord(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short == long || (short.count >= 4 && long.hasPrefix(short) && long.count - short.count <= 2)
    }

    /// The significant words of a name: four letters or more, no common small words.
    static func words(_ text: String) -> Set<String> {
        let stop: Set<String> = ["voor", "over", "door", "naar", "with", "from", "bij", "and", "the", "van", "een", "het"]
        return Set(Names.key(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { $0.count >= 4 && !stop.contains($0) })
    }

    /// Core values, and per direction one option: the first that secures a
    /// core value, else the first.
    static func summary(of session: Session) -> ComparableSession {
        let core = session.values.filter { $0.status == .core }
        let coreIDs = Set(core.map(\.id))
        var options: [Option] = []
        for direction in Direction.allCases {
            let candidates = session.options.filter { $0.direction == direction }
            if let option = candidates.first(where: { $0.values.contains { coreIDs.contains($0.target ?? "") } }) ?? candidates.first {
                options.append(option)
            }
        }
        return ComparableSession(session: session, coreValues: core.map(\.name), options: options)
    }
}

extension OrganisationKind {
    /// The kind an organisation's name suggests (`Gemeente Zwolle` → municipality), if any.
    public static func guess(from name: String) -> OrganisationKind? {
        let key = Names.key(name)
        let words = Set(key.split(whereSeparator: { !$0.isLetter }).map(String.init))
        let table: [(OrganisationKind, [String])] = [
            (.municipality, ["gemeente", "municipality", "city"]),
            (.province, ["provincie", "province"]),
            (.centralGovernment, ["ministerie", "ministry", "rijksoverheid", "rijkswaterstaat"]),
            (.waterBoard, ["waterschap", "hoogheemraadschap", "wetterskip"]),
            (.agency, ["rdw", "uwv", "belastingdienst", "svb", "duo", "cjib", "agency", "dienst"]),
            (.care, ["ziekenhuis", "ggd", "zorg", "umc", "hospital", "zorggroep"]),
            (.education, ["universiteit", "hogeschool", "school", "university", "college", "mbo"]),
        ]
        return table.first { !words.isDisjoint(with: $0.1) }?.0
    }
}
