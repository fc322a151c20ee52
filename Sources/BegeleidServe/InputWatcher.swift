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
///
/// Its inotify watches are set when it is made and kept: a save made while the
/// preview rebuilds waits in them for the next `nextChange`. (Set anew at each
/// call, after the rebuild, they missed such a save, and the page showed the
/// save before it until the next one: found by `scripts/incremental_diff.py
/// --watch`.) For the same reason the preview takes its first snapshot before
/// its first build (`markBaseline`).
final class InputWatcher: Sendable {
    let folders: [String]
    #if canImport(Glibc)
    private let events: FileEvents?
    #endif
    private let baseline = LockedValue<Snapshot>(nil)

    /// What a file was when looked at: its `stat`, and for a file written in the last few seconds its bytes' hash.
    struct FileState: Sendable, Equatable {
        let stat: String
        let digest: Int?

        /// Whether the file changed between the two looks. The hash is compared only when both looks took one:
        /// a file looked at just after a save, and again seconds later, did not change (compared whole, every
        /// file saved in the last seconds seemed changed at the next save, which then rebuilt everything and
        /// made the proposals again).
        func differs(from other: FileState) -> Bool {
            if stat != other.stat { return true }
            guard let digest, let other = other.digest else { return false }
            return digest != other
        }
    }

    typealias Snapshot = [String: FileState]

    /// The files added, removed or changed from `previous` to `next`.
    static func changes(from previous: Snapshot, to next: Snapshot) -> Set<String> {
        var changed = Set(next.keys).symmetricDifference(previous.keys)
        for (path, state) in next {
            if let before = previous[path], state.differs(from: before) { changed.insert(path) }
        }
        return changed
    }

    init(folders: [String]) {
        self.folders = folders
        #if canImport(Glibc)
        events = FileEvents()
        events?.watch(directories())
        #endif
    }

    /// The files as they are now, as where the first `nextChange` starts from: taken before the first build.
    func markBaseline() {
        let now = snapshot()
        baseline.set(now)
    }

    /// The snapshot `markBaseline` took (once), or one taken now.
    func takeBaseline() -> Snapshot {
        baseline.take() ?? snapshot()
    }

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
                let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
                #else
                let (modified, changed) = (info.st_mtim, info.st_ctim)
                #endif
                // With the inode's change time, which no program can set back: a file written where it stands
                // and given its size and modification time of before (`touch -r`, a copy keeping times) is
                // seen, as `build` sees it (FileStamp).
                let key = "\(modified.tv_sec).\(modified.tv_nsec):\(changed.tv_sec).\(changed.tv_nsec):\(info.st_size):\(info.st_ino)"
                // Two saves within one tick of the file system's clock, of the same length
                // ("privacy" → "privasy"), look alike: a file touched just now is told by its bytes.
                var digest: Int?
                if Int(time(nil)) - Int(modified.tv_sec) < 3, info.st_size < 4 << 20, let data = manager.contents(atPath: path) {
                    var hasher = Hasher()
                    data.withUnsafeBytes { hasher.combine(bytes: $0) }
                    digest = hasher.finalize()
                }
                result[path] = FileState(stat: key, digest: digest)
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
        if let events {
            // Folders made since the last call are watched too (a folder watched already keeps its watch).
            events.watch(directories())
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
                if !Self.changes(from: previous, to: current).isEmpty { return current }
            }
        }
        #endif
        while true {
            try await Task.sleep(for: .milliseconds(150))
            let current = snapshot()
            if !Self.changes(from: previous, to: current).isEmpty {
                try await Task.sleep(for: .milliseconds(50))
                return snapshot()
            }
        }
    }
}

#if canImport(Glibc)
/// inotify watches on a set of directories, kept for as long as the object lives.
final class FileEvents: @unchecked Sendable {
    private let descriptor: Int32

    init?() {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    /// Watches `directories` (one watched already keeps its watch; one gone meanwhile is left out).
    func watch(_ directories: [String]) {
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_CREATE)
            | UInt32(IN_DELETE) | UInt32(IN_MODIFY)
        for directory in directories { _ = inotify_add_watch(descriptor, directory, mask) }
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

/// A value behind a lock, for a Sendable class.
final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    init(_ value: Value?) {
        self.value = value
    }

    func set(_ new: Value) {
        lock.withLock { value = new }
    }

    /// The value, once: nil after.
    func take() -> Value? {
        lock.withLock {
            defer { value = nil }
            return value
        }
    }
}
