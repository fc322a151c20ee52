import Foundation

/// The pieces of a path the writer asks for with every file, cut from its bytes where the path is
/// plain (every path a build makes: `root/sessies/slug/rapport.html`), and by Foundation otherwise.
/// Foundation's path and URL calls were a third of writing a session's files (issue 18). Held to
/// Foundation in OutputPathTests.
enum OutputPaths {
    /// `deletingLastPathComponent`.
    static func folder(of path: String) -> String {
        guard let (folder, _) = plainParts(path) else { return (path as NSString).deletingLastPathComponent }
        return String(folder)
    }

    /// `lastPathComponent`.
    static func name(of path: String) -> String {
        guard let (_, name) = plainParts(path) else { return (path as NSString).lastPathComponent }
        return String(name)
    }

    /// `folder/name` where every name is neither empty (no `//`, no `/` at the end), `.` nor `..`, and
    /// the folder part is not empty (a `/` may start it): Foundation's two answers are the text before
    /// and after the last `/`.
    private static func plainParts(_ path: String) -> (folder: Substring, name: Substring)? {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash > path.startIndex,
              plainNames(path.utf8.dropFirst(path.utf8.first == UInt8(ascii: "/") ? 1 : 0)) else { return nil }
        return (path[..<slash], path[path.utf8.index(after: slash)...])
    }

    private static func plainNames(_ names: Substring.UTF8View) -> Bool {
        names.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8) }
    }

    /// The folder `mkdir -p` makes before `folder`: the text before its last name, `/` at the end of
    /// either not counted; nil for a single name. Not Foundation's `deletingLastPathComponent`, which
    /// traps on a doubled `/` before a name that is not ASCII (`o//é`) and on a single relative name.
    static func parent(ofFolder folder: String) -> String? {
        let slash = UInt8(ascii: "/")
        var bytes = Array(folder.utf8)
        while bytes.count > 1, bytes.last == slash { bytes.removeLast() }
        guard let cut = bytes.lastIndex(of: slash) else { return nil }
        var parent = Array(bytes[..<cut])
        while parent.count > 1, parent.last == slash { parent.removeLast() }
        return parent.isEmpty ? "/" : String(decoding: parent, as: UTF8.self)
    }

    /// The path of `folder` below `root` ("sessies/slug"), as the standardized URLs of the two give it: empty
    /// when `folder` is `root` itself, nil when it is not inside `root`. Cut from the text when `folder` is
    /// `root/` followed by names that are neither empty, `.` nor `..` (what `standardizedFileURL` would change),
    /// and `root` does not end in `/` (below `/` itself, the standardized URLs find nothing).
    static func relative(_ folder: String, below root: String) -> Substring? {
        if let last = root.utf8.last, last != UInt8(ascii: "/"), folder.utf8.count > root.utf8.count + 1, folder.hasPrefix(root),
           folder.utf8.dropFirst(root.utf8.count).first == UInt8(ascii: "/") {
            let rest = folder.utf8.dropFirst(root.utf8.count + 1)
            if plainNames(rest) { return Substring(rest) }
        }
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let full = URL(fileURLWithPath: folder).standardizedFileURL.path
        if full == base { return "" }
        guard full.hasPrefix(base + "/") else { return nil }
        return full.dropFirst(base.count + 1)
    }
}
