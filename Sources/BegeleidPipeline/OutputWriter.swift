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
        let temporary = (folder as NSString).appendingPathComponent(".\((target as NSString).lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw failure(target, nl: "bestand kan niet worden geschreven", en: "file cannot be written")
        }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            throw failure(target, nl: "bestand kan niet worden vervangen", en: "file cannot be replaced")
        }
    }

    private func failure(_ path: String, nl: String, en: String) -> Building.Failure {
        Building.Failure(path: path, message: .init(nl: nl, en: en))
    }
}
