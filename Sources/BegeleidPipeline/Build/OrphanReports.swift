import BegeleidModel
import Foundation

/// The report folders of notes that are gone (deleted, or renamed to another name) are removed: they stayed in
/// `Output/sessies/` after every build, not in the index but there to be sent on or published (a blind tester renamed
/// a note during `watch`; its old report and that of a deleted copy stayed). Only a folder that holds a `sessie.json`
/// (begeleid's report) goes, and never one whose name a note gives now (its notes may have errors: their earlier report
/// stays, as Aggregates lists it). So does the outline the cache kept of such notes.
enum OrphanReports {
    /// With the last build's cache, the folders of its entries whose notes are not among `files` now (a rebuild looks
    /// at nothing else); without one (or an empty one: none was read), every folder in `Output/sessies/`.
    static func remove(in output: String, cache: BuildCache?, files: [Checking.NamedFile]) {
        let slugs = Set(files.map(\.slug))
        let candidates: [String]
        if let cache, !cache.entries.isEmpty {
            let current = Set(files.map { BuildCache.name($0.path) })
            let gone = cache.entries.filter { !current.contains($0.key) }
            candidates = gone.map(\.value.slug)
            // The outline kept for a next build of notes that are gone stayed in the cache folder too.
            for name in gone.keys { unlink(Layout.join(output, BuildCache.outlinePath(named: name))) }
        } else {
            candidates = (try? FileManager.default.contentsOfDirectory(atPath: Layout.join(output, Layout.sessions))) ?? []
        }
        for slug in Set(candidates).subtracting(slugs).sorted() where !slug.hasPrefix(".") {
            let folder = Layout.join(output, Layout.session(slug))
            guard FileManager.default.fileExists(atPath: Layout.join(folder, "sessie.json")) else { continue }
            try? FileManager.default.removeItem(atPath: folder)
        }
    }
}
