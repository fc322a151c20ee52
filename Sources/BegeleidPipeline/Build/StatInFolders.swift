import BegeleidModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `stat` of many paths, on every core, each asked in its parent folder, opened once: the kernel walked the whole
/// path of each before (a thousand notes, or report folders, share one or two parents). The parent is opened
/// with `O_PATH`, which like `stat` of the path needs only search permission; links are followed, as by `stat`.
/// A path this cannot split into a plain parent and name (no name, `.` or `..`) is asked whole.
enum StatInFolders {
    /// What `stat` says of each of `paths`, in their order (nil where it fails).
    static func of(_ paths: [String]) -> [stat?] {
        var parents: [Substring: Int32] = [:]
        for path in paths where parents.count < openAtMost {
            if let (parent, _) = split(path), parents[parent] == nil {
                parents[parent] = open(String(parent), pathOnly | O_DIRECTORY | O_CLOEXEC)
            }
        }
        defer { for descriptor in parents.values where descriptor >= 0 { close(descriptor) } }
        return Parallel.map(paths) { [parents] path in
            var info = stat()
            let found: Int32
            if let (parent, name) = split(path), let descriptor = parents[parent] {
                found = descriptor >= 0 ? fstatat(descriptor, String(name), &info, 0) : -1
            } else {
                found = stat(path, &info)
            }
            return found == 0 ? info : nil
        }
    }

    /// The parents held open at once; the paths in any others are asked whole (notes in thousands of folders
    /// would otherwise hold as many descriptors while the cache is read beside them).
    static let openAtMost = 64

    /// Linux's `O_PATH` (Glibc's Swift module leaves it out: it is defined only with `_GNU_SOURCE`).
    #if os(Linux)
    private static let pathOnly: Int32 = 0o10_000_000
    #else
    private static let pathOnly: Int32 = 0
    #endif

    /// A path's parent folder and last name, when both are plain.
    private static func split(_ path: String) -> (parent: Substring, name: Substring)? {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let parent = path[..<slash], name = path[path.utf8.index(after: slash)...]
        guard !parent.isEmpty, !name.isEmpty, name != ".", name != ".." else { return nil }
        return (parent, name)
    }
}
