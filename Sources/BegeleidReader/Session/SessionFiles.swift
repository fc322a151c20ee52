import BegeleidModel
import Foundation

/// Finding session files and naming them.
public enum SessionFiles {
    /// The slug of an input file (notes, a profile): its stem, made a slug if
    /// it is not one; `fallback` when nothing of the stem is left.
    public static func slug(forPath path: String, fallback: String = "sessie") -> String {
        let slug = Names.slug(Layout.stem(path))
        return slug.isEmpty ? fallback : slug
    }

    /// The `.md` files among `paths` (files as given; folders searched, not
    /// recursively, and an input folder holding `sessies/` searched there),
    /// sorted by path; and the paths that do not exist.
    public static func collect(_ paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            if isDirectory.boolValue {
                var folder = path
                let sessions = Layout.join(path, Layout.sessions)
                var sessionsIsDirectory: ObjCBool = false
                if manager.fileExists(atPath: sessions, isDirectory: &sessionsIsDirectory), sessionsIsDirectory.boolValue {
                    folder = sessions
                }
                let names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
                for name in names where isNotes(name) {
                    files.append((folder as NSString).appendingPathComponent(name))
                }
            } else {
                files.append(path)
            }
        }
        return (files.sorted(), missing)
    }

    /// A notes file: `.md` in any case, not hidden, not a README.
    static func isNotes(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".md") && !name.hasPrefix(".") && lower != "readme.md"
    }
}
