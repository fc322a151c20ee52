import BegeleidModel
import Foundation

/// Maps a request path onto a file inside the output folder, and nothing
/// outside it: percent-decoding first, then refusing `..`, hidden names,
/// NUL and backslashes, then checking the resolved path (symlinks followed)
/// still lies in the folder.
struct OutputFiles: Sendable {
    let root: String

    init(root: String) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The file for `requestPath` (`/`, `/sessies/x/rapport.html`, `/sessies/x/`), or nil.
    func file(for requestPath: String) -> String? {
        let rawPath = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard var path = rawPath.removingPercentEncoding, !path.contains("\0"), !path.contains("\\") else { return nil }
        // Decoded twice (`%252e%252e`) still must not climb out.
        if let again = path.removingPercentEncoding, again != path {
            if again.split(separator: "/").contains(where: { $0 == ".." }) { return nil }
        }
        if path.isEmpty || path.hasSuffix("/") { path += Layout.index }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return nil }
        let candidate = URL(fileURLWithPath: root).appendingPathComponent(parts.joined(separator: "/"))
            .standardizedFileURL.resolvingSymlinksInPath().path
        guard candidate.hasPrefix(root + "/") else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            let index = Layout.join(candidate, Layout.index)
            return FileManager.default.fileExists(atPath: index) ? index : nil
        }
        return candidate
    }

    /// The path relative to the folder, as the build names its outputs (`sessies/x/rapport.html`).
    func relative(_ file: String) -> String {
        String(file.dropFirst(root.count + 1))
    }

    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "md": return "text/markdown; charset=utf-8"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}
