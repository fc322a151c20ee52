import BegeleidModel
import BegeleidReader
import Foundation

/// What `check` was pointed at, sorted into the three kinds of input:
/// session notes (`.md`), organisation profiles (`.yaml` in `organisaties/`
/// or named), and the offer (`aanbod.yaml`).
public struct InputFiles: Sendable {
    public var sessions: [String] = []
    public var profiles: [String] = []
    public var offer: String?
    /// `waarden.yaml`: synonyms of values for the overview.
    public var synonyms: String?
    public var missing: [String] = []

    public var isEmpty: Bool { sessions.isEmpty && profiles.isEmpty && offer == nil && synonyms == nil }

    /// The input folder `folder` is part of: its parent for its `sessies/` or `organisaties/`, else itself.
    /// (`check Input/organisaties` weighs the profiles against `Input/aanbod.yaml` and `Input/sessies/`.)
    public static func inputFolder(of folder: String) -> String {
        let name = (folder as NSString).standardizingPath.split(separator: "/").last.map(String.init) ?? ""
        guard name == Layout.sessions || name == Layout.profiles else { return folder }
        let parent = ((folder as NSString).standardizingPath as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// The input folder of a profile (`Input/organisaties/x.yaml` → `Input`), as its offer is looked up.
    public static func inputFolder(ofProfile profile: String) -> String {
        ((profile as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
    }

    /// Sorts `paths`: a file by its extension; an input folder by its
    /// `sessies/`, `organisaties/` and `aanbod.yaml`; any other folder by the
    /// notes and profiles directly in it.
    public static func classify(_ paths: [String]) -> InputFiles {
        var result = InputFiles()
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                let lower = path.lowercased()
                if (path as NSString).lastPathComponent.lowercased() == Layout.offer {
                    result.offer = path
                } else if (path as NSString).lastPathComponent.lowercased() == Layout.synonyms {
                    result.synonyms = path
                } else if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
                    result.profiles.append(path)
                } else {
                    result.sessions.append(path)
                }
                continue
            }
            let child = { (name: String) in (path as NSString).appendingPathComponent(name) }
            let hasParts = [Layout.sessions, Layout.profiles, Layout.offer, Layout.synonyms].contains { manager.fileExists(atPath: child($0)) }
            if hasParts {
                result.sessions += SessionFiles.collect([path]).files
                result.profiles += Proposing.profileFiles(in: child(Layout.profiles))
                if manager.fileExists(atPath: child(Layout.offer)) { result.offer = child(Layout.offer) }
                if manager.fileExists(atPath: child(Layout.synonyms)) { result.synonyms = child(Layout.synonyms) }
            } else {
                result.sessions += SessionFiles.collect([path]).files
                result.profiles += Proposing.profileFiles(in: path)
            }
        }
        result.sessions.sort()
        result.profiles.sort()
        return result
    }
}
