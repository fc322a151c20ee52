import BegeleidModel

extension Series {
    /// A progress page for each series of two sessions or more among
    /// `sessions` (those built: a public build has only public ones).
    /// Concepts are left out (never counted); the page is named after the
    /// first session shown.
    public func progress(among sessions: [Session]) -> [SeriesProgress] {
        let details = Dictionary(sessions.map { ($0.slug, $0.meta) }, uniquingKeysWith: { first, _ in first })
        return progress(among: Set(details.keys)) { details[$0] }
    }

    /// The same, from the slugs of the sessions built and a way to their metadata (a build does not
    /// hold the sessions; it is asked only of the first session of each series).
    public func progress(among built: Set<String>, meta details: (String) -> SessionMeta?) -> [SeriesProgress] {
        // Only a session that follows one or is followed can share a series with another: the rest (in most
        // builds every session) are passed over without walking to their first session.
        let followed = Set(nodes.values.compactMap(\.follows))
        // A session counts when it and every session before it in its chain are built and definitief: a public build
        // shows nothing of a session not public, not even the statuses it gave (a public page said “nog niet
        // besproken” of an option a private session between two public ones had closed, against the public report).
        let included = nodes.values.filter { node in
            (followed.contains(node.slug) || node.follows.map { nodes[$0] != nil } == true)
                && chain(from: node.slug).allSatisfy { $0.status == .final && built.contains($0.slug) }
        }
        var groups: [String: [SeriesNode]] = [:]
        for node in included { groups[root(of: node.slug), default: []].append(node) }
        return groups.compactMap { root, group -> SeriesProgress? in
            // A series whose first session has errors now (or is gone, or a loop) has no page: its earlier page
            // stays, marked as out of date (SeriesPages). Without this, its follow-ups made a series of their own,
            // under the slug of the second session, left behind once the first was mended.
            guard group.count > 1, nodes[root]?.follows == nil else { return nil }
            let ordered = group.sorted { ($0.date, $0.slug) < ($1.date, $1.slug) }
            let slugs = Set(ordered.map(\.slug))
            let refs = Dictionary(uniqueKeysWithValues: ordered.map {
                ($0.slug, SeriesProgress.SessionRef(slug: $0.slug, title: $0.title, date: $0.date))
            })
            var history: [OptionKey: [SeriesProgress.Step]] = [:]
            for record in records where slugs.contains(record.session) && slugs.contains(record.option.session) {
                guard let status = record.option.status, let ref = refs[record.session] else { continue }
                history[OptionKey(session: record.option.session, option: record.option.option), default: []].append(
                    SeriesProgress.Step(session: ref, status: status, explanation: record.option.explanation))
            }
            var entries: [(SeriesProgress.Entry, Int, Int)] = []
            for (sessionIndex, node) in ordered.enumerated() {
                for (optionIndex, option) in node.options.enumerated() {
                    let steps = (history[OptionKey(session: node.slug, option: option.id)] ?? [])
                        .sorted { ($0.session.date, $0.session.slug) < ($1.session.date, $1.session.slug) }
                    let entry = SeriesProgress.Entry(option: node.reviewed(option, status: steps.last?.status), history: steps)
                    entries.append((entry, sessionIndex, optionIndex))
                }
            }
            let last = ordered[ordered.count - 1].date
            entries.sort { ($0.0.rank(asOf: last), $0.1, $0.2) < ($1.0.rank(asOf: last), $1.1, $1.2) }
            let first = ordered[0]
            let meta = details(first.slug)
            return SeriesProgress(
                slug: first.slug, title: first.title, technology: meta?.technology ?? "", language: meta?.language ?? .dutch,
                sessions: ordered.map { refs[$0.slug]! }, entries: entries.map(\.0))
        }.sorted { $0.slug < $1.slug }
    }

    /// Whether the session `slug` and every session before it in its chain are public and definitief: only
    /// then may a public report of a session that follows it show its follow-up (statuses given by a session
    /// not public, between two public ones, showed through: an option it closed was missing, one it gave
    /// “loopt” said so).
    public func chainIsPublished(from slug: String) -> Bool {
        nodes[slug] != nil && chain(from: slug).allSatisfy(\.isPublished)
    }

    /// `slug`'s node and those before it, following `vervolg_op` back while it names a node (a loop ends the walk).
    func chain(from slug: String) -> [SeriesNode] {
        var chain: [SeriesNode] = []
        var current: String? = slug
        var seen: Set<String> = []
        while let next = current, let node = nodes[next], seen.insert(next).inserted {
            chain.append(node)
            current = node.follows
        }
        return chain
    }

    /// The first session reached by following `vervolg_op` back (a broken or looping link ends the walk).
    func root(of slug: String) -> String {
        FollowChain.last(from: slug) { nodes[$0]?.follows.flatMap { nodes[$0] == nil ? nil : $0 } }
    }
}
