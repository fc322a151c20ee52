import BegeleidModel

/// The check that needs more than one file: each `vervolg_op` and its
/// `## Opvolging` against the earlier sessions of the series (FORMAT.md,
/// *Follow-up across a series*). Runs once over all sessions, after the
/// per-file checks.
public struct Series: Sendable {
    /// One status a follow-up gave an earlier option.
    public struct Record: Sendable, Equatable {
        /// The follow-up session that gave it.
        public var session: String
        public var option: ReviewedOption
    }

    /// Findings by the path of the follow-up session they concern.
    public private(set) var findings: [String: [Diagnostic]] = [:]
    /// The review of each follow-up session, by slug.
    public private(set) var reviews: [String: FollowUpReview] = [:]
    /// Every status given, in the order of the follow-ups' chains.
    public private(set) var records: [Record] = []
    /// The follow-ups whose `vervolg_op` itself is wrong (no such session, a loop, a later one), by slug: no waiting
    /// mends them.
    public private(set) var problems: [String: FollowsProblem] = [:]
    public let nodes: [String: SeriesNode]

    /// The options still open after each session: (session, option id) → last status and explanation.
    typealias State = [OptionKey: (status: FollowUpStatus?, explanation: String?)]
    struct OptionKey: Hashable { var session: String; var option: String }

    private var states: [String: State] = [:]
    private var broken: Set<String> = []
    /// Follow-ups waiting for a concept on the way (by slug: the concept), a kind of `broken`.
    private var waiting: [String: String] = [:]

    /// `nodes`: every session read without errors; `slugs`: every session file's slug; `failed`: those with errors.
    public init(nodes: [SeriesNode], slugs: Set<String>, failed: Set<String>) {
        var bySlug: [String: SeriesNode] = [:]
        bySlug.reserveCapacity(nodes.count)
        for node in nodes where bySlug.index(forKey: node.slug) == nil { bySlug[node.slug] = node }
        self.nodes = bySlug
        // (Only the follow-ups sorted, not every session: paths are unique, so the order is the same.)
        let followUps = nodes.filter { $0.follows != nil }
        for node in followUps.sorted(by: { $0.path < $1.path }) {
            checkLink(node, slugs: slugs, failed: failed)
        }
        for node in followUps.sorted(by: { ($0.date, $0.path) < ($1.date, $1.path) }) {
            _ = state(after: node.slug)
        }
    }

    private mutating func add(_ diagnostic: Diagnostic) {
        findings[diagnostic.path, default: []].append(diagnostic)
    }

    /// `vervolg_op` itself: a slug that exists, no loop, not later than the follow-up.
    private mutating func checkLink(_ node: SeriesNode, slugs: Set<String>, failed: Set<String>) {
        guard let target = node.follows else { return }
        let at = node.followsLocation
        if !slugs.contains(target) {
            // Not the session itself nor one it could not follow (later, or following it); a name that only adds to
            // the one written first (a file renamed `cam-2b`).
            let others = slugs.subtracting([node.slug]).filter { slug in
                guard let other = nodes[slug] else { return true }
                return !(other.date > node.date && !node.date.isEmpty) && !follows(slug, node.slug)
            }.sorted()
            let longer = others.first { $0.hasPrefix(target) && $0.count <= target.count + 3 }
            add(SeriesFindings.unknownSlug(node, target, suggestion: longer ?? Names.nearest(to: target, in: others), at: at))
            broken.insert(node.slug)
            problems[node.slug] = .unknown
            return
        }
        if let loop = loop(from: node.slug) {
            add(SeriesFindings.loop(node, loop, at: at))
            broken.insert(node.slug)
            problems[node.slug] = .loop
            return
        }
        // (A session of that name read without errors stands: another file giving the same name, refused for it, is
        // not the one followed.)
        if failed.contains(target), nodes[target] == nil {
            add(SeriesFindings.targetHasErrors(node, target, at: at))
            broken.insert(node.slug)
            return
        }
        if let earlier = nodes[target], !earlier.date.isEmpty, !node.date.isEmpty, earlier.date > node.date {
            add(SeriesFindings.later(node, earlier, at: at))
            broken.insert(node.slug)
            problems[node.slug] = .later
            return
        }
        // A concept counts for no one after it (“Concepten tellen niet mee”): a follow-up of one waits for it to be
        // definitief (its report without the follow-up part, nothing in `data/`), as for a session with errors. (It
        // took the concept's options and statuses, which the progress page and `data/` leave out: three answers.)
        if nodes[target]?.status == .draft {
            add(SeriesFindings.targetIsConcept(node, target, at: at))
            broken.insert(node.slug)
            waiting[node.slug] = target
        }
    }

    /// Whether `slug`'s `vervolg_op` leads to `earlier`, one session after another.
    private func follows(_ slug: String, _ earlier: String) -> Bool {
        var current = nodes[slug]?.follows
        var seen: Set<String> = [slug]
        while let next = current, seen.insert(next).inserted {
            if next == earlier { return true }
            current = nodes[next]?.follows
        }
        return false
    }

    /// The sessions of a loop through `slug`, in order, or nil when following `vervolg_op` ends.
    private func loop(from slug: String) -> [String]? {
        var path = [slug]
        var current = slug
        while let next = nodes[current]?.follows {
            if next == slug { return path }
            if path.contains(next) || path.count > nodes.count { return nil }
            path.append(next)
            current = next
        }
        return nil
    }

    /// The options after `slug` (its own and those of earlier sessions still open), working out its follow-up once.
    private mutating func state(after slug: String) -> State {
        if let known = states[slug] { return known }
        guard let node = nodes[slug] else { return [:] }
        // Written down first, so a loop (already reported) ends here.
        states[slug] = [:]
        var current: State = [:]
        if let target = node.follows, !broken.contains(slug), nodes[target] != nil {
            let earlier = state(after: target).filter { $0.value.status?.isOpen ?? true }
            if let concept = waiting[target] {
                // An earlier link of the chain waits for a concept: so does this one.
                add(SeriesFindings.targetIsConcept(node, concept, at: node.followsLocation))
                broken.insert(slug)
                waiting[slug] = concept
            } else if broken.contains(target) {
                // An earlier link of the chain has errors: what is still open cannot be known.
                add(SeriesFindings.targetHasErrors(node, target, at: node.followsLocation))
                broken.insert(slug)
            } else {
                current = review(node, earlier: earlier)
            }
        }
        for option in node.options { current[OptionKey(session: slug, option: option.id)] = (nil, nil) }
        states[slug] = current
        return current
    }

    /// Matches each `Opvolging` item of `node` against the open options before it.
    private mutating func review(_ node: SeriesNode, earlier: State) -> State {
        var state = earlier
        let candidates = earlier.keys.compactMap { key in
            nodes[key.session].flatMap { origin in origin.options.first { $0.id == key.option }.map { (key, origin, $0) } }
        }.sorted { ($0.1.date, $0.1.slug, order($0.2.id)) < ($1.1.date, $1.1.slug, order($1.2.id)) }
        var review = FollowUpReview()
        var mentioned: Set<OptionKey> = []
        // The line of the item that gave each option its status: a second one is reported and left out.
        var given: [OptionKey: Int] = [:]
        for item in node.followUp {
            // An item without a colon has no status to give (FollowUpStatusRule says so): its text is no option's name
            // (“- loopt Optie beta” was also told that “loopt Optie beta” is no open option).
            if item.status == nil, item.statusWritten.isEmpty { continue }
            let key = Names.key(SeriesNode.unmarked(item.optionText))
            guard !key.isEmpty else {
                // (No status either: “- ” alone, reported as an item without status by the reader.)
                if item.status != nil { add(SeriesFindings.empty(node, item)) }
                continue
            }
            let exact = candidates.filter { $0.2.key == key }
            let matches = exact.isEmpty ? candidates.filter { $0.2.key.hasPrefix(key) } : exact
            if matches.isEmpty {
                add(SeriesFindings.noOption(node, item, closed: closedMatch(key, before: node), suggestion: nearest(key, in: candidates.map(\.2)), at: item.textLocation))
                continue
            }
            if matches.count > 1 {
                add(SeriesFindings.ambiguous(node, item, matches.map(\.2.text), at: item.textLocation))
                continue
            }
            let (optionKey, origin, option) = matches[0]
            if let line = given[optionKey] {
                add(SeriesFindings.twice(node, item, firstLine: line, option.text))
                continue
            }
            // (An item whose status cannot be read leaves its option among those not discussed: else it was in
            // neither list of the report.)
            guard let status = item.status else { continue }
            mentioned.insert(optionKey)
            given[optionKey] = item.location.line
            let explanation = item.explanation?.markdown
            state[optionKey] = (status, explanation)
            let reviewed = origin.reviewed(option, status: status, explanation: explanation)
            review.discussed.append(reviewed)
            records.append(Record(session: node.slug, option: reviewed))
        }
        review.notDiscussed = candidates.filter { !mentioned.contains($0.0) }.map { $0.1.reviewed($0.2, status: earlier[$0.0]?.status) }
        if !review.notDiscussed.isEmpty {
            add(SeriesFindings.notDiscussed(node, review.notDiscussed.map(\.text), at: node.followUpHeading ?? node.followsLocation))
        }
        reviews[node.slug] = review
        return state
    }

    /// An option of an earlier session in the chain that the item names but that was closed before.
    private func closedMatch(_ key: String, before node: SeriesNode) -> (String, FollowUpStatus)? {
        var current = node.follows
        var seen: Set<String> = []
        while let slug = current, seen.insert(slug).inserted, let earlier = nodes[slug] {
            for (optionKey, entry) in states[slug] ?? [:] {
                guard let status = entry.status, !status.isOpen, let origin = nodes[optionKey.session],
                      let option = origin.options.first(where: { $0.id == optionKey.option }),
                      option.key == key || option.key.hasPrefix(key) else { continue }
                return (option.text, status)
            }
            current = earlier.follows
        }
        return nil
    }

    private func nearest(_ key: String, in options: [SeriesNode.OptionInfo]) -> String? {
        // Compared with as much of each option as was written: a beginning with a typo still finds its option.
        let beginnings = options.map { String($0.key.prefix(key.count)) }
        guard let found = Names.nearest(to: key, in: beginnings), let index = beginnings.firstIndex(of: found) else { return nil }
        return options[index].text
    }

    /// `o12` sorts after `o2`.
    private func order(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }
}
