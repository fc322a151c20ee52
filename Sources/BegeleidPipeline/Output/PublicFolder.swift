import BegeleidModel
import Foundation

/// The output of `build --public` goes to a folder of its own, marked with a
/// `.openbaar` file: a folder that holds anything else (such as the full
/// build in `Output/`) is refused, so that no report of a non-public
/// session can be left lying in what goes onto a website.
enum PublicFolder {
    static let marker = ".openbaar"

    /// Returns whether the folder was marked before (see `OutputFolder.claim`).
    static func prepare(_ folder: String, input: String) throws(Building.Failure) -> Bool {
        try OutputFolder.refuseOverlap(output: folder, input: input)
        let manager = FileManager.default
        let contents = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        let markerPath = (folder as NSString).appendingPathComponent(marker)
        if !contents.isEmpty, !manager.fileExists(atPath: markerPath) {
            throw Building.Failure(path: folder, message: LocalizedText(
                nl: "deze map bevat al andere uitvoer; kies voor --public een lege map (standaard Openbaar/)",
                en: "this folder already holds other output; choose an empty folder for --public (default Openbaar/)"))
        }
        let wasMarked = manager.fileExists(atPath: markerPath)
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try OutputWriter(root: folder).write(Data("begeleid build --public\n".utf8), to: marker)
            return wasMarked
        } catch {
            throw Building.Failure(path: folder, message: LocalizedText(
                nl: "map kan niet worden gemaakt", en: "folder cannot be created"))
        }
    }

    /// After a public build: the reports of sessions that are no longer public
    /// (or no longer exist) leave the folder; `keep` are the slugs listed now.
    static func prune(_ folder: String, keep: Set<String>) {
        let sessions = Layout.join(folder, Layout.sessions)
        for slug in (try? FileManager.default.contentsOfDirectory(atPath: sessions)) ?? [] where !keep.contains(slug) {
            try? FileManager.default.removeItem(atPath: (sessions as NSString).appendingPathComponent(slug))
        }
    }
}
