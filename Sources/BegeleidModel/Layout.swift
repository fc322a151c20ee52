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

    /// The last component of `path` (`Input/sessies/x.md` → `x.md`), as NSString's `lastPathComponent`
    /// says it; by hand for the plain case (a thousand notes' names a build: NSString's was a tenth of a one-file rebuild).
    public static func fileName(_ path: String) -> String {
        guard let slash = path.utf8LastOffset(of: UInt8(ascii: "/")) else { return path }
        let start = path.utf8.index(path.utf8.startIndex, offsetBy: slash + 1)
        return start == path.endIndex ? (path as NSString).lastPathComponent : String(path[start...])
    }

    /// The last component without its extension (`Input/sessies/x.md` → `x`), as NSString's
    /// `deletingPathExtension` says it; by hand when the name has one dot, inside it.
    public static func stem(_ path: String) -> String {
        let name = fileName(path)
        let byBytes = name.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0, dot < bytes.count - 1,
                  bytes.firstIndex(of: UInt8(ascii: ".")) == dot else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<dot]), as: UTF8.self)
        }
        return (byBytes ?? nil) ?? (name as NSString).deletingPathExtension
    }

    /// `folder/name`, as NSString's `appendingPathComponent` spells it (held to it in PathNameTests): a slash
    /// between the two unless the folder ends with one; an empty side gives the other. (By hand: bridged to
    /// NSString, the join of each kept session's outline path was a millisecond of a one-file rebuild.)
    public static func join(_ folder: String, _ name: String) -> String {
        if name.isEmpty { return folder }
        if folder.isEmpty { return name }
        var joined = folder
        if folder.utf8.last != UInt8(ascii: "/") { joined.append("/") }
        joined.append(name)
        return joined
    }
}
