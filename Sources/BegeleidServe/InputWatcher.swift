import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices saved files. On Linux inotify wakes it the moment a file is
/// written (what makes save-to-page quick); elsewhere, or when inotify is
/// not available, it compares sizes and modification times a few times a
/// second. Either way editors that save by renaming are caught.
struct InputWatcher: Sendable {
    let folders: [String]

    typealias Snapshot = [String: String]

    func snapshot() -> Snapshot {
        var result: Snapshot = [:]
        let manager = FileManager.default
        for folder in folders {
            guard let enumerator = manager.enumerator(atPath: folder) else { continue }
            for case let name as String in enumerator where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let path = (folder as NSString).appendingPathComponent(name)
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[path] = "\(modified):\(attributes[.size] ?? 0)"
            }
        }
        return result
    }

    /// The folders and every folder below them (not hidden ones).
    func directories() -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            result.append(folder)
            for case let name as String in manager.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator()
            where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let path = (folder as NSString).appendingPathComponent(name)
                if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { result.append(path) }
            }
        }
        return result
    }

    /// Waits until something changed, then returns the new snapshot.
    func nextChange(after previous: Snapshot) async throws -> Snapshot {
        #if canImport(Glibc)
        if let events = FileEvents(directories: directories()) {
            while true {
                // Never block a thread of the shared pool: look, then sleep a moment.
                guard events.wait(milliseconds: 0) else {
                    try await Task.sleep(for: .milliseconds(15))
                    continue
                }
                // An editor's write-then-rename arrives as several events: let them settle.
                try await Task.sleep(for: .milliseconds(10))
                events.drain()
                let current = snapshot()
                if current != previous { return current }
            }
        }
        #endif
        while true {
            try await Task.sleep(for: .milliseconds(150))
            let current = snapshot()
            if current != previous {
                try await Task.sleep(for: .milliseconds(50))
                return snapshot()
            }
        }
    }
}

#if canImport(Glibc)
/// inotify watches on a set of directories.
final class FileEvents {
    private let descriptor: Int32

    init?(directories: [String]) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_CREATE)
            | UInt32(IN_DELETE) | UInt32(IN_MODIFY)
        for directory in directories where inotify_add_watch(descriptor, directory, mask) < 0 {
            close(descriptor)
            return nil
        }
    }

    /// Whether an event arrived within the time.
    func wait(milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, milliseconds) > 0
    }

    func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }

    deinit { close(descriptor) }
}
#endif
