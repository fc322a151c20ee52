import BegeleidModel
import Foundation

/// Finding session files and naming them.
public enum SessionFiles {
    /// The slug of a session file: its stem, made a slug if it is not one.
    public static func slug(forPath path: String) -> String {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let slug = Names.slug(stem)
        return slug.isEmpty ? "sessie" : slug
    }

    /// The `.md` files among `paths` (files as given, folders searched, not
    /// recursively), sorted by path; and the paths that do not exist.
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
                let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
                for name in names where name.hasSuffix(".md") && !name.hasPrefix(".") && name.lowercased() != "readme.md" {
                    files.append((path as NSString).appendingPathComponent(name))
                }
            } else {
                files.append(path)
            }
        }
        return (files.sorted(), missing)
    }
}
