import Foundation

/// Progress pages of earlier builds (`reeksen/<slug>/`) that this build did
/// not write again: kept and listed as out of date while their first session
/// is still there (a follow-up of the series has errors now, say), removed
/// when it is gone, and never kept in a public build (which fails closed).
enum SeriesPages {
    static let folder = "reeksen"

    /// The slugs of the pages kept from earlier builds, sorted; the others are removed.
    static func leftovers(in output: String, built: Set<String>, sessions: Set<String>, publicOnly: Bool) -> [String] {
        let root = (output as NSString).appendingPathComponent(folder)
        var kept: [String] = []
        for slug in ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted() where !built.contains(slug) {
            let page = (root as NSString).appendingPathComponent(slug)
            if !publicOnly, sessions.contains(slug),
               FileManager.default.fileExists(atPath: (page as NSString).appendingPathComponent("voortgang.html")) {
                kept.append(slug)
            } else {
                try? FileManager.default.removeItem(atPath: page)
            }
        }
        return kept
    }
}
