import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files atomically: a temporary file beside the target, then
/// a rename, so a reader (or a build killed half-way) only ever sees the
/// complete old file or the complete new one.
struct OutputWriter {
    let root: String

    func write(_ data: Data, to relative: String) throws(Building.Failure) {
        let target = (root as NSString).appendingPathComponent(relative)
        let folder = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw failure(folder, nl: "map kan niet worden gemaakt", en: "folder cannot be created")
        }
        if FileManager.default.contents(atPath: target) == data { return }
        let temporary = Self.temporaryPath(for: target)
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw failure(target, nl: "bestand kan niet worden geschreven", en: "file cannot be written")
        }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            throw failure(target, nl: "bestand kan niet worden vervangen", en: "file cannot be replaced")
        }
    }

    /// The temporary name of `target` while this process writes it.
    static func temporaryPath(for target: String) -> String {
        (target as NSString).deletingLastPathComponent + "/.\((target as NSString).lastPathComponent).\(getpid()).tmp"
    }

    /// Removes what a build killed half-way left behind: temporary files of
    /// processes that no longer run. The files they were to replace are whole.
    static func sweepLeftovers(in root: String) {
        guard let names = FileManager.default.enumerator(atPath: root) else { return }
        for case let name as String in names where name.hasSuffix(".tmp") {
            let file = (name as NSString).lastPathComponent
            let parts = file.dropLast(4).split(separator: ".")
            guard file.hasPrefix("."), parts.count >= 2, let pid = Int32(parts[parts.count - 1]), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink((root as NSString).appendingPathComponent(name))
        }
    }

    private func failure(_ path: String, nl: String, en: String) -> Building.Failure {
        Building.Failure(path: path, message: .init(nl: nl, en: en))
    }
}
