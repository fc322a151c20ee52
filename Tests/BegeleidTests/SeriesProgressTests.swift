@testable import BegeleidChecks
import BegeleidModel
import Testing

/// Issue 18: the progress pages of series pass over the sessions that follow none and that none follows (in most
/// builds all of them) without walking each to the first session of its series. Which series get a page, and with
/// which sessions, is what the walk over every session gave (`reference`), on generated sets of sessions with links
/// that hold, links to sessions that do not exist, loops, links to themselves, concepts and sessions not built.
struct SeriesProgressTests {
    /// The grouping as first written: every definitief session built walked to its first session; no page for a
    /// series whose first session follows another (the session it follows has errors, or a loop). A session counts
    /// only when every session before it is definitief and built too (a blind tester: a private session between two
    /// public ones showed through the public page).
    private func reference(_ series: Series, among built: Set<String>) -> [[String]] {
        let counts = { (node: SeriesNode) in node.status == .final && built.contains(node.slug) }
        let included = series.nodes.values.filter { node in
            var seen: Set<String> = []
            var current: SeriesNode? = node
            while let each = current, seen.insert(each.slug).inserted {
                guard counts(each) else { return false }
                current = each.follows.flatMap { series.nodes[$0] }
            }
            return true
        }
        var groups: [String: [SeriesNode]] = [:]
        for node in included { groups[series.root(of: node.slug), default: []].append(node) }
        // (A series whose first session follows one that is not there, or a loop, has no page.)
        return groups.filter { $0.value.count > 1 && series.nodes[$0.key]?.follows == nil }.values
            .map { $0.sorted { ($0.date, $0.slug) < ($1.date, $1.slug) }.map(\.slug) }
            .sorted { $0[0] < $1[0] }
    }

    @Test func theSeriesAreThoseOfTheWalkOverEverySession() {
        var random = SeededRandom(seed: 42)
        var paged = 0
        for round in 0..<1_500 {
            let count = 1 + random.next(below: 12)
            let slugs = (0..<count).map { "s\($0)" }
            let nodes = slugs.map { slug -> SeriesNode in
                var node = SeriesNode(slug: slug, path: "/in/\(slug).md", title: slug.uppercased(),
                                      date: "2024-0\(1 + random.next(below: 9))-01",
                                      status: random.next(below: 5) == 0 ? .draft : .final, isPublic: false)
                switch random.next(below: 4) {
                case 0: node.follows = slugs[random.next(below: count)]
                case 1: node.follows = random.next(below: 3) == 0 ? "missing" : slugs[random.next(below: count)]
                default: break
                }
                return node
            }
            let built = Set(slugs.filter { _ in random.next(below: 6) != 0 })
            let series = Series(nodes: nodes, slugs: Set(slugs), failed: [])
            let expected = reference(series, among: built)
            #expect(series.progress(among: built) { _ in nil }.map { $0.sessions.map(\.slug) } == expected, "round \(round)")
            paged += expected.count
        }
        #expect(paged > 500, "the generated sessions make series (\(paged) pages)")
    }

    /// Found by a blind tester: after `cam-2.md` was renamed `cam-2b.md`, the session following it was asked whether
    /// it meant `cam-1`; and a follow-up checked on its own was offered its own name.
    @Test func anUnknownSessionSuggestsTheRenamedOneNotItself() {
        let node = { (slug: String, follows: String?) -> SeriesNode in
            var node = SeriesNode(slug: slug, path: "/in/\(slug).md", title: slug, date: "2026-01-01", status: .final, isPublic: false)
            node.follows = follows
            return node
        }
        let series = Series(nodes: [node("cam-1", nil), node("cam-2b", "cam-1"), node("cam-3", "cam-2")],
                            slugs: ["cam-1", "cam-2b", "cam-3"], failed: [])
        #expect(series.findings["/in/cam-3.md"]?.map(\.suggestion) == ["cam-2b"])
        // Found by the second blind tester: `cam-1.md` renamed `camera-1.md`; `cam-2` was asked whether it meant `cam-3`,
        // which follows it and is later.
        var later = node("cam-3", "cam-2")
        later.date = "2026-06-01"
        let renamed = Series(nodes: [node("camera-1", nil), node("cam-2", "cam-1"), later],
                             slugs: ["camera-1", "cam-2", "cam-3"], failed: [])
        #expect(renamed.findings["/in/cam-2.md"]?.first?.suggestion != "cam-3", "\(renamed.findings)")
        let alone = Series(nodes: [node("cam-2", "cam-3")], slugs: ["cam-2"], failed: [])
        #expect(alone.findings["/in/cam-2.md"]?.first?.suggestion == nil, "not its own name")
        // `Cam 1.md` beside `cam-1.md` has an error (the same name): the follow-up of `cam-1` is not told it has errors.
        let twice = Series(nodes: [node("cam-1", nil), node("cam-2", "cam-1")], slugs: ["cam-1", "cam-2"], failed: ["cam-1"])
        #expect(twice.findings.isEmpty, "\(twice.findings)")
        #expect(twice.reviews["cam-2"] != nil)
    }
}
