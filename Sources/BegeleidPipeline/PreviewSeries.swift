import BegeleidChecks
import BegeleidModel
import BegeleidReader

extension Pipeline {
    /// What the live preview of a follow-up session (`vervolg_op`) needs of the last build: the
    /// sessions of every series as that build read them, every session's slug, and those with errors.
    /// With it, the notes as they stand are reviewed against the earlier sessions as a build reviews
    /// them (`Series`): the report gets its follow-up part and the panel the series' findings.
    public struct PreviewSeries: Sendable {
        private let nodes: [String: SeriesNode]
        private let slugs: Set<String>
        private let failed: Set<String>
        private let kept: KeptSessions
        /// The file of each session's slug (those with errors too).
        private let paths: [String: String]

        public init(_ checking: Checking.Result) {
            nodes = checking.series.nodes
            failed = Set(checking.failed.map(\.slug))
            slugs = Set(checking.kept.entries.map(\.slug)).union(failed)
            kept = checking.kept
            var paths = Dictionary(checking.kept.entries.map { ($0.slug, $0.path) }, uniquingKeysWith: { first, _ in first })
            for file in checking.failed where paths[file.slug] == nil { paths[file.slug] = file.path }
            self.paths = paths
        }

        /// No build yet: a follow-up is reviewed against nothing (its `vervolg_op` names no session).
        public init() {
            nodes = [:]
            slugs = []
            failed = []
            kept = KeptSessions()
            paths = [:]
        }

        /// `session` (as it stands) reviewed against the earlier sessions of its series: the review
        /// its report shows (or what is wrong with its `vervolg_op`), and the findings a build would give it. Nothing for a session that follows none.
        public func review(_ session: Session) -> (review: FollowUpReview?, problem: FollowsProblem?, findings: [Diagnostic]) {
            guard let follows = session.meta.follows else { return (nil, nil, []) }
            // Only the chain of earlier sessions counts for this one; a session no other followed was kept
            // without its options (SeriesNode(_:light:)) and is made again in full.
            var chain = [SeriesNode(session)]
            var current: String? = follows
            while let slug = current, slug != session.slug, !chain.contains(where: { $0.slug == slug }),
                  let node = nodes[slug] {
                chain.append(node.isLight ? full(node) : node)
                current = node.follows
            }
            var slugs = self.slugs
            slugs.insert(session.slug)
            let series = Series(nodes: chain, slugs: slugs, failed: failed.subtracting([session.slug]))
            let findings = (series.findings[session.path] ?? []).lenient(for: session.meta.status)
            return (series.reviews[session.slug], series.problems[session.slug], findings)
        }

        /// The participants with a name of the earlier sessions of the series of the notes at `path`, whose names their
        /// text may not hold either (Checking.earlierParticipants); none when they follow none.
        func earlierParticipants(path: String, policy: InputPolicy) -> [SessionReader.EarlierParticipant] {
            Checking.earlierParticipants(path: path, policy: policy) { paths[$0] }
        }

        /// `light` with its options, from the session the last build kept (the notes read again
        /// when its outline cannot be); as it was when nothing can be read.
        private func full(_ light: SeriesNode) -> SeriesNode {
            guard let entry = kept.entries.first(where: { $0.slug == light.slug }),
                  let session = kept.session(entry) else { return light }
            return SeriesNode(session)
        }
    }
}
