import BegeleidModel

/// Chooses earlier sessions to cite in a proposal: only sessions whose
/// organisation consented to publishing (`openbaar: true`), that are
/// final, and that name no one (`namen: openbaar` lets a session's report name
/// its participants, not a proposal to someone else). The profile may name them (`vergelijkbaar`, in its order, or
/// `geen`) and exclude some (`niet_vergelijkbaar`); otherwise up to three
/// that share the technology or at least two labels, ranked by technology,
/// then shared labels, then the kind of organisation. Each says why.
public enum Comparables {
    public static let limit = 3
    /// Labels a session must share with the profile to be cited for them alone.
    public static let labelsNeeded = 2

    struct Score: Comparable {
        var technology: Int
        var labels: [String]
        var kind: Int
        var technologyName: String

        /// The same technology (equal, or two significant words in common), or two labels.
        var isRelevant: Bool { technology >= 2 || labels.count >= labelsNeeded }

        var reasons: [ComparableSession.Reason] {
            (technology >= 2 ? [.technology(technologyName)] : []) + (labels.isEmpty ? [] : [.labels(labels)])
        }

        static func < (lhs: Score, rhs: Score) -> Bool {
            (lhs.technology, lhs.labels.count, lhs.kind) < (rhs.technology, rhs.labels.count, rhs.kind)
        }
    }

    /// Whether a session may be cited at all. Not one with `namen: openbaar`: its options cited word for word
    /// named its participants and moderators in a proposal (blind tester 45), which their consent, given for the
    /// session's report, does not cover.
    public static func isCitable(_ session: Session) -> Bool {
        session.meta.isPublic && session.meta.status == .final && session.meta.names == .anonymous
    }

    public static func choose(for profile: OrganisationProfile, from sessions: [Session]) -> [ComparableSession] {
        let excluded = Set(profile.notComparable)
        if let chosen = profile.comparables {
            // As the profile lists them; what is not citable the profile rules refuse.
            return chosen.filter { !excluded.contains($0) }.compactMap { slug in
                sessions.first { $0.slug == slug && isCitable($0) }
            }.map { session in
                var summary = summary(of: session.publishable())
                summary.reasons = [.chosen] + score(session, for: profile).reasons
                return summary
            }
        }
        // Only what happened before the proposal's date counts as earlier.
        let earlier = sessions.filter { session in profile.date.map { session.meta.date <= $0 } ?? true }
        let scored = earlier.filter { isCitable($0) && !excluded.contains($0.slug) }
            .map { (session: $0, score: score($0, for: profile)) }
            .filter(\.score.isRelevant)
        let ranked = scored.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.session.meta.date != $1.session.meta.date { return $0.session.meta.date > $1.session.meta.date }
            return $0.session.slug < $1.session.slug
        }
        return ranked.prefix(limit).map { entry in
            var summary = summary(of: entry.session.publishable())
            summary.reasons = entry.score.reasons
            return summary
        }
    }

    static func score(_ session: Session, for profile: OrganisationProfile) -> Score {
        let technologies = profile.technologies.map(\.name)
        var technology = 0
        var technologyName = ""
        for name in technologies {
            let shared = words(name).intersection(words(session.meta.technology)).count
            let level = Names.key(name) == Names.key(session.meta.technology) ? 3 : shared >= 2 ? 2 : shared == 1 ? 1 : 0
            if level > technology { (technology, technologyName) = (level, name) }
        }
        let wanted = (profile.labels + technologies).map(Names.key)
        let labels = session.meta.labels.filter { label in wanted.contains { sameWord(Names.key(label), $0) } }
        let kinds = session.meta.organisations.compactMap(OrganisationKind.guess(from:))
        let kind = profile.kind.map { kinds.contains($0) ? 1 : 0 } ?? 0
        return Score(technology: technology, labels: labels, kind: kind, technologyName: technologyName)
    }

    /// Equal, or one the other with a short ending (`algorithm`, `algorithms`; `sensor`, `sensoren`).
    static func sameWord(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short == long || (short.count >= 4 && long.hasPrefix(short) && long.count - short.count <= 2)
    }

    /// The words of the moderators' names by which a text may name them (`A. de Vries`: `vries`), three letters or more.
    /// An anonymous session's report names its moderators, and its text may too (`Volgens Anna de Vries …`); a
    /// proposal never does (blind tester 46 had an option quoted with the name).
    static func moderatorWords(_ meta: SessionMeta) -> Set<String> {
        Set([meta.moderator, meta.coModerator].compactMap { $0 }.flatMap { name in
            Names.key(name).split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 3 && !["van", "der", "den", "het"].contains($0) }
        })
    }

    /// Whether `text` holds one of `words` as a word of its own (failing closed: a surname that is also a word leaves
    /// that option out).
    static func names(_ words: Set<String>, in text: String) -> Bool {
        !words.isEmpty && Names.key(text).split(whereSeparator: { !$0.isLetter }).contains { words.contains(String($0)) }
    }

    /// The significant words of a name: four letters or more, no common small words.
    static func words(_ text: String) -> Set<String> {
        let stop: Set<String> = ["voor", "over", "door", "naar", "with", "from", "bij", "and", "the", "van", "een", "het"]
        return Set(Names.key(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { $0.count >= 4 && !stop.contains($0) })
    }

    /// Core values, and per direction one option: the first that secures a
    /// core value, else the first; never one that names a moderator.
    static func summary(of session: Session) -> ComparableSession {
        let core = session.values.filter { $0.status == .core }
        let coreIDs = Set(core.map(\.id))
        var options: [Option] = []
        let moderators = moderatorWords(session.meta)
        for direction in Direction.allCases {
            let candidates = session.options.filter { $0.direction == direction && !names(moderators, in: $0.text.markdown) }
            if let option = candidates.first(where: { $0.values.contains { coreIDs.contains($0.target ?? "") } }) ?? candidates.first {
                options.append(option)
            }
        }
        return ComparableSession(session: session, reasons: [], coreValues: core.map(\.name), options: options)
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
