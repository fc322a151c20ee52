import BegeleidModel
import BegeleidPipeline
import Foundation

/// What the proposals take from the sessions, as far as the live preview needs to know whether to make
/// them again after a save: which sessions there are (a profile's `vergelijkbaar` is weighed against
/// them) and which of them may be cited (public and definitief: Comparables). Proposals are not what the
/// room watches, so a rebuild leaves them as they are unless a profile, the offer or a template changed,
/// or one of these did, or the notes of a session that may be cited, or of one with errors, were saved. (Made again only when a
/// profile changed, they went on citing a session whose `openbaar` had just been set to false, until the
/// next `build`: found by `scripts/incremental_diff.py --watch`.)
struct ProposalInputs: Sendable, Equatable {
    /// Every session built without errors, by slug.
    let sessions: Set<String>
    /// The file names of the notes of the sessions that may be cited. (Names, not paths: notes lie in one
    /// folder, and a name alike elsewhere costs at most proposals made once more. Standardizing a thousand
    /// paths at every save would cost more than that.)
    let citable: Set<String>
    /// The file names of the notes with errors: an earlier proposal may cite such a session, and is withdrawn
    /// once its notes no longer allow it (EarlierProposal), which a save of them may change.
    let failing: Set<String>

    init(_ checking: Checking.Result) {
        sessions = Set(checking.series.nodes.keys)
        citable = Set(checking.series.nodes.values.filter(\.isPublished).map { ($0.path as NSString).lastPathComponent })
        failing = Set(checking.failed.map { ($0.path as NSString).lastPathComponent })
    }

    /// Whether proposals made when `last` held may show something else now that `changed` were saved.
    func differ(from last: ProposalInputs?, changed: Set<String>) -> Bool {
        guard let last, last == self else { return true }
        return changed.contains { path in
            let name = (path as NSString).lastPathComponent
            return citable.contains(name) || failing.contains(name)
        }
    }
}

/// The proposal inputs of the last rebuild of a preview.
actor LastProposalInputs {
    private var last: ProposalInputs?

    /// Keeps `inputs` and returns what was kept before.
    func swap(_ inputs: ProposalInputs) -> ProposalInputs? {
        defer { last = inputs }
        return last
    }

    /// After proposals that could not be made.
    func forget() {
        last = nil
    }
}
