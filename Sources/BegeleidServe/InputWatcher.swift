import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
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
                var info = stat()
                guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                #if canImport(Darwin)
                let modified = info.st_mtimespec
                #else
                let modified = info.st_mtim
                #endif
                var key = "\(modified.tv_sec).\(modified.tv_nsec):\(info.st_size):\(info.st_ino)"
                // Two saves within one tick of the file system's clock, of the same length
                // ("privacy" → "privasy"), look alike: a file touched just now is told by its bytes.
                if Int(time(nil)) - Int(modified.tv_sec) < 3, info.st_size < 4 << 20, let data = manager.contents(atPath: path) {
                    var hasher = Hasher()
                    data.withUnsafeBytes { hasher.combine(bytes: $0) }
                    key += ":\(hasher.finalize())"
                }
                result[path] = key
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
