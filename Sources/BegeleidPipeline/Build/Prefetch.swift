import BegeleidModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a build reads of the last one before it has its templates: `cache.json`
/// parsed and the notes' stamps (StampFile) read, on a worker, while the
/// templates load (the cache's key is made of them; issue 18: waiting for the
/// two after the templates was the longest wait of a one-file rebuild). The
/// build of the same output folder takes it once it holds the folder's lock:
/// the stamps as they are (each one only says what a file held when `stat`
/// said so), the cache only when `cache.json` is still the file that was read
/// (else it reads it again), and its key, format and files are checked then.
public enum Prefetch {
    struct Read: Sendable {
        let output: String
        let cache: BuildCache?
        /// What `stat` said of `cache.json` when it was read (nil: there was none).
        let cacheFile: FileStamp?
        let stamps: [(path: String, stamp: FileStamp, hash: String)]
    }

    private static let started = Slot()

    /// Begins reading what the last build in `output` left.
    public static func start(output: String) {
        started.put(output, Parallel.start {
            let path = Layout.join(output, BuildCache.path)
            let cacheFile = FileStamp.now(path)
            let cache = cacheFile == nil ? nil : FileBytes.contents(of: path).flatMap(BuildCache.init(json:))
            let stamps = FileBytes.contents(of: Layout.join(output, StampFile.path)).map(StampFile.parse) ?? []
            return Read(output: output, cache: cache, cacheFile: cacheFile, stamps: stamps)
        })
    }

    /// What was read for `output`, once (nil when nothing was begun for it).
    static func take(output: String) -> Read? {
        guard let begun = started.take(output) else { return nil }
        return try? begun.result()
    }

    private final class Slot: @unchecked Sendable {
        private let lock = NSLock()
        private var begun: (output: String, read: Parallel.Started<Read>)?

        func put(_ output: String, _ read: Parallel.Started<Read>) {
            lock.lock()
            begun = (output, read)
            lock.unlock()
        }

        func take(_ output: String) -> Parallel.Started<Read>? {
            lock.lock()
            defer { lock.unlock() }
            guard let begun, begun.output == output else { return nil }
            self.begun = nil
            return begun.read
        }
    }
}
