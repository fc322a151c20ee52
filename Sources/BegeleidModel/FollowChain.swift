/// A walk back through a series, one `vervolg_op` after another: the one loop every pass that looks for a series'
/// first session shares (the checks, the series pages, the pages an earlier build left).
public enum FollowChain {
    /// The last session reached from `start` (a slug), `next` giving the session a slug's notes follow; nil, or a
    /// session reached before (a loop), ends the walk. `start` itself when it follows none.
    public static func last(from start: String, next: (String) -> String?) -> String {
        var (current, seen) = (start, Set([start]))
        while let earlier = next(current), seen.insert(earlier).inserted { current = earlier }
        return current
    }
}
