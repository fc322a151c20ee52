import BegeleidModel
import BegeleidPipeline
import BegeleidReader
import Foundation

/// The folders the editor opened, and the input folder each session file
/// belongs to: what cross-file findings (a series' `vervolg_op`, the values of
/// `waarden.yaml`) are checked against.
struct Workspace: Sendable {
    var roots: [String] = []

    /// Whether `path` lies in one of the workspace folders.
    func contains(_ path: String) -> Bool {
        roots.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    /// The input folder of a session file: the folder above `sessies/`, or the file's own folder.
    static func inputFolder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return (folder as NSString).lastPathComponent == "sessies" ? (folder as NSString).deletingLastPathComponent : folder
    }

    /// The session files of an input folder, as `check` collects them.
    static func sessionFiles(in input: String) -> [String] {
        InputFiles.classify([input]).sessions.map { ($0 as NSString).standardizingPath }
    }

    /// A file path from a `file:` URI; nil for other schemes.
    static func path(fromURI uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return (url.path as NSString).standardizingPath
    }
}
