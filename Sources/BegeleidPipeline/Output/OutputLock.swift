import BegeleidModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One build at a time per output folder: an exclusive `flock` on
/// `.begeleid/slot`, held from reading the cache until the cache is written
/// again, so the cache never describes files another process wrote. The
/// proposals take it again for their own writing. The kernel lets go when
/// the process ends, however it ends (a killed build blocks no one).
enum OutputLock {
    static let file = Layout.state + "/slot"

    /// Runs `body` holding the lock of `output`.
    static func holding<T>(
        _ output: String, access: OutputFolder.Access, _ body: () throws(Building.Failure) -> T
    ) throws(Building.Failure) -> T {
        let descriptor = try acquire((output as NSString).appendingPathComponent(file), output: output, access: access)
        defer { close(descriptor) }
        return try body()
    }

    private static func acquire(_ path: String, output: String, access: OutputFolder.Access) throws(Building.Failure) -> Int32 {
        guard OutputWriter.makeFolder((path as NSString).deletingLastPathComponent, below: output) else {
            throw Building.Failure(path: output, message: LocalizedText(nl: "map kan niet worden gemaakt", en: "folder cannot be created"))
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw Building.Failure(path: path, message: LocalizedText(
                nl: "het slot van de uitvoermap kan niet worden geopend", en: "the output folder's lock cannot be opened"))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK, access.wait else {
                close(descriptor)
                throw Building.Failure(path: output, message: LocalizedText(
                    nl: "een andere build schrijft nu in deze map; probeer het zo weer (zonder --no-wait wacht begeleid erop)",
                    en: "another build is writing into this folder; try again shortly (without --no-wait begeleid waits for it)"))
            }
            access.onWait?(LocalizedText(
                nl: "wacht tot een andere build in \(output) klaar is …", en: "waiting for another build into \(output) to finish …"))
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    throw Building.Failure(path: path, message: LocalizedText(
                        nl: "het slot van de uitvoermap kan niet worden genomen", en: "the output folder's lock cannot be taken"))
                }
            }
        }
        return descriptor
    }
}
