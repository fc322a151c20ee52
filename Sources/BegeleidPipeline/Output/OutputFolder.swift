import BegeleidModel
import Foundation

/// The folder a build writes into must be begeleid's own: it carries a
/// marker (`.begeleid/uitvoer`) written on the first build. A folder that is
/// new, empty, or holds only a README or `.gitkeep` (as the repository's own
/// `Output/` does) is adopted; any other folder without the marker is refused
/// unless `--force` says to adopt it, so that a mistyped `--output` never
/// overwrites someone's `index.html` or sweeps their files. An output folder
/// inside the input folder, or holding it, is refused always.
public enum OutputFolder {
    /// Relative to the output folder.
    static let marker = Layout.state + "/uitvoer"
    /// A folder written by a version before the marker: its `.begeleid/` folder is its mark.
    static let legacyMark = Layout.state

    /// How a command may treat the output folder.
    public struct Access: Sendable {
        /// Adopt a non-empty folder without the marker.
        public var force: Bool
        /// Wait for another build into the same folder (false: `--no-wait`, fail at once).
        public var wait: Bool
        /// Told once when the build waits for another one.
        public var onWait: (@Sendable (LocalizedText) -> Void)?

        public init(force: Bool = false, wait: Bool = true, onWait: (@Sendable (LocalizedText) -> Void)? = nil) {
            self.force = force
            self.wait = wait
            self.onWait = onWait
        }
    }

    /// Names a folder may hold and still be adopted as empty.
    static func isHarmless(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == ".gitkeep" || lower == "readme" || lower.hasPrefix("readme.")
    }

    /// Checks `output` and marks it as begeleid's. Returns whether it was
    /// marked before this build (only such a folder may hold leftovers of an
    /// earlier build, so only there are temporary files swept).
    static func claim(_ output: String, input: String, force: Bool, marker: String = OutputFolder.marker) throws(Building.Failure) -> Bool {
        try refuseOverlap(output: output, input: input)
        let manager = FileManager.default
        let markerPath = (output as NSString).appendingPathComponent(marker)
        var info = stat()
        if lstat(markerPath, &info) == 0, info.st_mode & S_IFMT == S_IFREG { return true }
        let contents = (try? manager.contentsOfDirectory(atPath: output)) ?? []
        let legacy = marker == Self.marker && contents.contains(legacyMark)
        if !legacy, !force, !contents.allSatisfy(isHarmless) {
            throw Building.Failure(path: output, message: LocalizedText(
                nl: "deze map bevat al andere bestanden en is geen uitvoermap van begeleid; kies een lege of nieuwe map met --output, of neem deze map over met --force",
                en: "this folder already holds other files and is not a begeleid output folder; choose an empty or new folder with --output, or adopt this one with --force"))
        }
        guard OutputWriter.makeFolder((markerPath as NSString).deletingLastPathComponent, below: output) else {
            throw Building.Failure(path: output, message: LocalizedText(nl: "map kan niet worden gemaakt", en: "folder cannot be created"))
        }
        try OutputWriter(root: output).write(Data("begeleid \(BegeleidVersion.current)\n".utf8), to: marker)
        return legacy
    }

    /// Output into the input folder would be read back as input (and a cleanup there could delete notes);
    /// input inside the output folder would be overwritten.
    static func refuseOverlap(output: String, input: String) throws(Building.Failure) {
        let out = resolved(output)
        let into = resolved(input)
        guard out == into || out.hasPrefix(into + "/") || into.hasPrefix(out + "/") || out == "/" else { return }
        throw Building.Failure(path: output, message: LocalizedText(
            nl: "de uitvoermap mag niet in de invoermap “\(input)” liggen, er niet gelijk aan zijn en hem niet bevatten; kies een andere map met --output",
            en: "the output folder may not lie inside the input folder “\(input)”, be it, or contain it; choose another folder with --output"))
    }

    /// The absolute path with links resolved, as far as it exists (the rest appended as given).
    static func resolved(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL.path
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing), existing != "/" {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        let real = URL(fileURLWithPath: existing).resolvingSymlinksInPath().path
        return rest.reduce(real) { ($0 as NSString).appendingPathComponent($1) }
    }
}
