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
                // Woken by the first event (waiting on a thread of its own, never one of the shared pool).
                guard await events.next(milliseconds: 200) else {
                    try Task.checkCancellation()
                    continue
                }
                var saved = events.drain()
                // A save is whole when a file written is closed, moved into place or removed: until one of those
                // arrives (at most 20 ms), a half-written file is not read.
                var waited = 0
                while !saved, waited < 20 {
                    if await events.next(milliseconds: 2) { saved = events.drain() }
                    waited += 2
                }
                // An editor's save by renaming is a burst of events: read once the burst is over (2 ms of quiet).
                var burst = 0
                while burst < 25, await events.next(milliseconds: 2) {
                    _ = events.drain()
                    burst += 1
                }
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
final class FileEvents: @unchecked Sendable {
    private let descriptor: Int32

    init?(directories: [String]) {
        // The descriptor is this object's only once every watch is set: an object not made is not deinitialised,
        // so it is closed here once. (Closed here and again by `deinit`, the second close could take a descriptor
        // another thread had opened meanwhile: the preview server's socket.)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_CREATE)
            | UInt32(IN_DELETE) | UInt32(IN_MODIFY)
        for directory in directories where inotify_add_watch(descriptor, directory, mask) < 0 {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    /// Whether an event arrived within the time.
    func wait(milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, milliseconds) > 0
    }

    /// `wait` on a queue of its own, so a task can wait without holding a thread of Swift's shared pool.
    func next(milliseconds: Int32) async -> Bool {
        await withCheckedContinuation { continuation in
            Self.queue.async { continuation.resume(returning: self.wait(milliseconds: milliseconds)) }
        }
    }

    private static let queue = DispatchQueue(label: "begeleid.inotify")

    /// Reads the events that arrived; whether one of them ends a save (a file closed after writing,
    /// moved into the folder, or removed; a file moved away is where an editor starts a save by renaming).
    func drain() -> Bool {
        let ends = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_DELETE)
        var saved = false
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { return saved }
            // struct inotify_event: wd (4 bytes), mask (4), cookie (4), len (4), then `len` bytes of name.
            var offset = 0
            while offset + 16 <= count {
                let mask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self) }
                let length = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) }
                if mask & ends != 0 { saved = true }
                offset += 16 + Int(length)
            }
        }
    }

    deinit { close(descriptor) }
}
#endif
