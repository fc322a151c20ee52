import Foundation

/// The folders begeleid reads and writes, named in this one place
/// (docs/FORMAT.md for the input, README for the output).
public enum Layout {
    // The input folder (`Input/`).
    public static let sessions = "sessies"
    public static let profiles = "organisaties"
    public static let offer = "aanbod.yaml"
    public static let synonyms = "waarden.yaml"

    // The output folder (`Output/`), relative to it.
    public static let index = "index.html"
    public static let overview = "overzicht.html"
    public static let proposals = "voorstellen"
    /// begeleid's own files: the marker, the lock, the cache (never served by the preview).
    public static let state = ".begeleid"

    /// A session's folder (`sessies/<slug>`), or a file in it.
    public static func session(_ slug: String, _ file: String? = nil) -> String {
        file.map { "\(sessions)/\(slug)/\($0)" } ?? "\(sessions)/\(slug)"
    }

    /// A file of a series' progress pages (`reeksen/<slug>/<file>`).
    public static func series(_ slug: String, _ file: String) -> String { "reeksen/\(slug)/\(file)" }

    /// A file of the data folder (`data/<file>`).
    public static func data(_ file: String) -> String { "data/\(file)" }

    /// `folder/name`, as the file system spells it.
    public static func join(_ folder: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }
}
