import Foundation

/// Progress pages of earlier builds (`reeksen/<slug>/`) that this build did
/// not write again: kept and listed as out of date while their first session
/// is still there and in no series built (a follow-up of the series has errors
/// now, say), removed otherwise, and never kept in a public build (which fails closed).
enum SeriesPages {
    static let folder = "reeksen"

    /// The slugs of the pages kept from earlier builds, sorted; the others are removed.
    /// `members`: the sessions of the series built; the page of one of them (left by a build that took it for the
    /// first session of a series, its first one having errors then) is no series' page any more. `concepts`: a
    /// session made a concept again has no page (concepts are not counted), not one marked as out of date. `heads`:
    /// the sessions some note still follows, one `vervolg_op` after another: the page of any other has no series.
    static func leftovers(
        in output: String, built: Set<String>, heads: Set<String>, sessions: Set<String>, members: Set<String>, concepts: Set<String>,
        publicOnly: Bool
    ) -> [String] {
        let root = (output as NSString).appendingPathComponent(folder)
        var kept: [String] = []
        for slug in ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted() where !built.contains(slug) {
            let page = (root as NSString).appendingPathComponent(slug)
            if !publicOnly, sessions.contains(slug), heads.contains(slug), !members.contains(slug), !concepts.contains(slug),
               FileManager.default.fileExists(atPath: (page as NSString).appendingPathComponent("voortgang.html")) {
                kept.append(slug)
            } else {
                try? FileManager.default.removeItem(atPath: page)
            }
        }
        // (No page left: the folder goes too, as a full build makes none.)
        if built.isEmpty, kept.isEmpty { rmdir(root) }
        return kept
    }
}
