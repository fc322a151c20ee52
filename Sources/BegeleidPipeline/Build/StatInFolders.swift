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
    /// (Each path's parent found once, before: a path in the same parent as the one before is compared with it, not
    /// hashed; hashing and splitting each path on the workers was a third of `stat`-ing a thousand notes.)
    static func of(_ paths: [String]) -> [stat?] {
        var parents: [Substring: Int32] = [:]
        var last: (parent: Substring, descriptor: Int32)?
        let asked = paths.map { path -> (path: String, in: (descriptor: Int32, name: Substring)?) in
            guard let (parent, name) = split(path) else { return (path, nil) }
            if let last, last.parent == parent { return (path, (last.descriptor, name)) }
            let descriptor: Int32
            if let known = parents[parent] {
                descriptor = known
            } else if parents.count < openAtMost {
                descriptor = open(String(parent), pathOnly | O_DIRECTORY | O_CLOEXEC)
                parents[parent] = descriptor
            } else {
                return (path, nil)
            }
            last = (parent, descriptor)
            return (path, (descriptor, name))
        }
        defer { for descriptor in parents.values where descriptor >= 0 { close(descriptor) } }
        return Parallel.map(asked) { path, place in
            var info = stat()
            let found: Int32
            if let place {
                found = place.descriptor >= 0 ? fstatat(place.descriptor, String(place.name), &info, 0) : -1
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
        guard let offset = path.utf8LastOffset(of: UInt8(ascii: "/")) else { return nil }
        let slash = path.utf8.index(path.utf8.startIndex, offsetBy: offset)
        let parent = path[..<slash], name = path[path.utf8.index(after: slash)...]
        guard !parent.isEmpty, !name.isEmpty, name != ".", name != ".." else { return nil }
        return (parent, name)
    }
}
